package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * The "contact your care team" alerts of the journal. They are written with their check-in (see
 * {@link CheckInRepository#save(CheckIn, org.leiojournal.domain.alert.AlertCheck)}), stay open until the user
 * acknowledges them, and go when their check-in is deleted.
 */
public final class AlertRepository extends Repository {

    private static final String COLUMNS = "id, check_in_id, rule_id, subject_type, subject_code, observed, threshold, "
            + "reference, seen_at, zone, acknowledged_at, acknowledged_note";

    AlertRepository(Database db) {
        super(db);
    }

    /** Every alert not yet acknowledged, oldest first. */
    public List<Alert> open() {
        return query("acknowledged_at IS NULL");
    }

    /** Alerts of the check-ins whose day lies in [from, to], open or not, oldest first: for the Trends markers. */
    public List<Alert> between(LocalDate from, LocalDate to) {
        return query("day BETWEEN ? AND ?", from.toString(), to.toString());
    }

    /**
     * Every alert of the journal, open or not, oldest first: what tests compare with (the Journal reads
     * {@link #checkInsByRule()} instead).
     */
    public List<Alert> all() {
        return query("1 = 1");
    }

    /**
     * For each rule, the ids of the check-ins it raised alerts on (each once), open or not: all the Journal's alert
     * column needs, as a few arrays of numbers instead of 7,269 whole alerts in ten years (issue 21).
     */
    public Map<String, long[]> checkInsByRule() {
        return checkInsByRule("1 = 1", List.of());
    }

    /** As {@link #checkInsByRule()}, for these check-ins only (the Journal's first screenful). */
    public Map<String, long[]> checkInsByRule(List<Long> checkIns) {
        return checkInsByRule("check_in_id IN (" + String.join(", ", java.util.Collections.nCopies(checkIns.size(),
                "?")) + ")", checkIns);
    }

    private Map<String, long[]> checkInsByRule(String where, List<Long> params) {
        // one row a rule (a handful), its check-ins as one list of numbers: one query, so one consistent state
        String sql = "SELECT rule_id, COUNT(*), group_concat(check_in_id) FROM "
                + "(SELECT DISTINCT rule_id, check_in_id FROM alert WHERE " + where + ") GROUP BY rule_id";
        return db.read(c -> {
            Map<String, long[]> byRule = new HashMap<>();
            try (var s = c.prepareStatement(sql)) {
                Sql.bind(s, params.toArray());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byRule.put(rs.getString(1), numbers(rs.getString(3), rs.getInt(2)));
                    }
                }
            }
            return byRule;
        });
    }

    /** "12,7,40" as numbers, read digit by digit: no string a number. */
    private static long[] numbers(String list, int count) {
        long[] numbers = new long[count];
        int next = 0;
        long value = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == ',') {
                numbers[next++] = value;
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        numbers[next] = value;
        return numbers;
    }

    public List<Alert> forCheckIn(long checkInId) {
        return query("check_in_id = ?", checkInId);
    }

    /** Marks an open alert as read, with what the user did; false if it was already read or is gone. */
    public boolean acknowledge(long id, Instant at, String note) {
        Acknowledgement ack = new Acknowledgement(at, note);
        return db.inTransaction(c -> Sql.update(c, "UPDATE alert SET acknowledged_at = ?, acknowledged_note = ? "
                + "WHERE id = ? AND acknowledged_at IS NULL", Moments.instant(ack.at()), ack.note(), id) == 1);
    }

    /**
     * Inside a check-in's save: keeps its acknowledged alerts (moved to the entry's moment, should that have been
     * edited), replaces its open ones with {@code raised}, and leaves out a raised alert the user has already read
     * for the same rule, subject and value. Returns every alert of the entry now.
     */
    static List<Alert> replaceOpen(Connection c, CheckIn entry, List<Alert> raised) throws SQLException {
        Map<String, String> openUids = openUids(c, entry.id());
        Sql.update(c, "DELETE FROM alert WHERE check_in_id = ? AND acknowledged_at IS NULL", entry.id());
        Sql.update(c, "UPDATE alert SET day = ?, seen_at = ?, zone = ? WHERE check_in_id = ?", entry.day().toString(),
                Moments.instant(entry.recordedAt()), entry.recordedAt().getZone().getId(), entry.id());
        List<Alert> read = select(c, "check_in_id = ?", entry.id());
        try (var s = c.prepareStatement("INSERT INTO alert (check_in_id, rule_id, subject_type, subject_code, "
                + "observed, threshold, reference, day, seen_at, zone, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            List<Alert> all = new ArrayList<>(read);
            for (Alert alert : raised) {
                if (read.stream().anyMatch(alert::sameFindingAs)) {
                    continue;
                }
                // The same finding raised again keeps its uid (a new one is given by the trigger when null).
                Sql.bind(s, entry.id(), alert.ruleId(), alert.subject().type().name(), alert.subject().code(),
                        alert.observed(), alert.thresholdValue().map(BigDecimal::toPlainString).orElse(null),
                        alert.referenceValue().map(BigDecimal::toPlainString).orElse(null), entry.day().toString(),
                        Moments.instant(entry.recordedAt()), entry.recordedAt().getZone().getId(),
                        openUids.get(finding(alert.ruleId(), alert.subject().type().name(), alert.subject().code(),
                                alert.observed())));
                s.executeUpdate();
                all.add(new Alert(Sql.generatedId(s), entry.id(), alert.ruleId(), alert.subject(),
                        alert.observed(), alert.threshold(), alert.reference(), entry.recordedAt(), null));
            }
            return all;
        }
    }

    /** The uids of a check-in's open alerts, by finding: an edit that raises the same finding again keeps it. */
    private static Map<String, String> openUids(Connection c, long checkInId) throws SQLException {
        Map<String, String> uids = new HashMap<>();
        try (var s = c.prepareStatement("SELECT rule_id, subject_type, subject_code, observed, uid FROM alert "
                + "WHERE check_in_id = ? AND acknowledged_at IS NULL")) {
            s.setLong(1, checkInId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    uids.put(finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            rs.getString(5));
                }
            }
        }
        return uids;
    }

    private static String finding(String rule, String subjectType, String subjectCode, String observed) {
        return String.join("\u0000", rule, subjectType, subjectCode, observed);
    }

    private List<Alert> query(String where, Object... params) {
        return db.read(c -> select(c, where, params));
    }

    private static List<Alert> select(Connection c, String where, Object... params) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM alert WHERE " + where + " ORDER BY seen_at, id",
                AlertRepository::read, params);
    }

    private static Alert read(ResultSet rs) throws SQLException {
        return alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

    /**
     * An alert from its stored values, as every read builds it; an import checks its rows with this too, before
     * writing them ({@link ReadableRows}).
     */
    static Alert alert(long id, long checkInId, String ruleId, String subjectType, String subjectCode, String observed,
                       String threshold, String reference, String seenAt, String zone, String acknowledgedAt,
                       String acknowledgedNote) {
        return new Alert(id, checkInId, ruleId, new AlertSubject(AlertSubject.Type.valueOf(subjectType), subjectCode),
                observed, threshold == null ? null : new BigDecimal(threshold),
                reference == null ? null : new BigDecimal(reference), Moments.read(seenAt, zone),
                acknowledgedAt == null ? null : new Acknowledgement(Moments.parse(acknowledgedAt), acknowledgedNote));
    }
}
