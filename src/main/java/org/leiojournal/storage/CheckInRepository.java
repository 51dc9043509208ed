package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertCheck;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;

/**
 * Check-ins with their answers and ticked warning signs. Each save, edit, delete or restore is one transaction; a
 * save with an alert check also stores the entry's alerts in that same transaction.
 */
public final class CheckInRepository extends Repository {

    private static final String COLUMNS = "id, uid, recorded_at, zone, recorder_role, recorder_name, other_problem, "
            + "temperature_value, temperature_unit, weight_value, weight_unit, note";

    CheckInRepository(Database db) {
        super(db);
    }

    /** Inserts a new entry, or replaces the answers of an existing one while keeping its id and uid. */
    public CheckIn save(CheckIn entry) {
        return db.inTransaction(c -> write(c, entry));
    }

    /**
     * Saves the entry and, in the same transaction, the alerts the check raises on it, judged against each item's
     * previous answer. On an edit, alerts already acknowledged stay; open ones are replaced by the new verdict.
     */
    public SavedCheckIn save(CheckIn entry, AlertCheck check) {
        return db.inTransaction(c -> {
            CheckIn saved = write(c, entry);
            List<Alert> raised = check.evaluate(saved, previousAnswersOfItsItems(c, saved));
            return new SavedCheckIn(saved, AlertRepository.replaceOpen(c, saved, raised));
        });
    }

    /**
     * As {@link #save(CheckIn, AlertCheck)}, with the home blood pressure typed on the entry: kept at the entry's
     * wall-clock time (moved with it when an edit changes the time, from {@code timeBefore}), or removed when the
     * fields were emptied. The check is to judge the same reading.
     */
    public SavedCheckIn save(CheckIn entry, LocalDateTime timeBefore, Optional<HomeVital> bloodPressure,
                             AlertCheck check) {
        return db.inTransaction(c -> {
            CheckIn saved = write(c, entry);
            HomeVitalRepository.attach(c, timeBefore, saved.recordedAt().toLocalDateTime(), bloodPressure);
            List<Alert> raised = check.evaluate(saved, previousAnswersOfItsItems(c, saved));
            return new SavedCheckIn(saved, AlertRepository.replaceOpen(c, saved, raised));
        });
    }

    private static CheckIn write(Connection c, CheckIn entry) throws SQLException {
        if (entry.id() == 0) {
            return insert(c, entry, false);
        }
        try (var s = c.prepareStatement("UPDATE check_in SET day = ?, recorded_at = ?, zone = ?, "
                + "recorder_role = ?, recorder_name = ?, other_problem = ?, temperature_value = ?, "
                + "temperature_unit = ?, weight_value = ?, weight_unit = ?, note = ? WHERE id = ? AND uid = ?")) {
            bindValues(s, 1, entry);
            s.setLong(12, entry.id());
            s.setString(13, entry.uid());
            if (s.executeUpdate() != 1) {
                throw new SQLException("entry " + entry.id() + " no longer exists");
            }
        }
        Sql.update(c, "DELETE FROM check_in_answer WHERE check_in_id = ?", entry.id());
        insertAnswers(c, entry.id(), entry.answers());
        CheckInSigns.write(c, entry.id(), entry.signs());
        return entry;
    }

    /** Deletes the entry with its answers, signs and alerts (acknowledgements too); the result undoes it. */
    public Deleted delete(long id) {
        return Deleted.delete(db, "check_in", "id = ?", id);
    }

    /** Every entry, newest first. */
    public List<CheckIn> all() {
        return query("1 = 1");
    }

    /**
     * The newest {@code count} entries, newest first: a screenful to show while the rest is read (the Journal's
     * first visit, issue 21).
     */
    public List<CheckIn> newest(int count) {
        return query("id IN (SELECT id FROM check_in ORDER BY recorded_at DESC, id DESC LIMIT ?)", count);
    }

    /** Entries whose day lies in [from, to], newest first. */
    public List<CheckIn> between(LocalDate from, LocalDate to) {
        return query("day BETWEEN ? AND ?", from.toString(), to.toString());
    }

    /** The most recent entry recorded before a moment: what "Same as yesterday" copies. */
    public Optional<CheckIn> latestBefore(Instant moment) {
        String sql = "SELECT id FROM check_in WHERE recorded_at < ? ORDER BY recorded_at DESC, id DESC LIMIT 1";
        Optional<Long> id = db.read(c -> Sql.first(c, sql, rs -> rs.getLong(1), Moments.instant(moment)));
        return id.flatMap(this::find);
    }

    /** The weight of the most recent entry that has one: what a body surface area's weight is compared with. */
    public Optional<Weight> latestWeight() {
        String sql = "SELECT weight_value, weight_unit FROM check_in WHERE weight_value IS NOT NULL "
                + "ORDER BY recorded_at DESC, id DESC LIMIT 1";
        return db.read(c -> Sql.first(c, sql, rs -> new Weight(new BigDecimal(rs.getString(1)),
                WeightUnit.valueOf(rs.getString(2)))));
    }

    /** Per item, walk back from the moment along the time index: a few rows, not the whole history. */
    private static final String PREVIOUS_ANSWER = "SELECT i.id, (SELECT a.value FROM check_in c "
            + "JOIN check_in_answer a ON a.check_in_id = c.id AND a.item_id = i.id WHERE c.recorded_at < ? "
            + "ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)";

    /** Each item's latest answer recorded before a moment, by item id: an item never answered is absent. */
    public Map<Long, Integer> previousAnswers(Instant before) {
        return db.read(c -> previousAnswers(c, before));
    }

    private static Map<Long, Integer> previousAnswers(Connection c, Instant before) throws SQLException {
        try (var s = c.prepareStatement(PREVIOUS_ANSWER + " FROM symptom_item i")) {
            s.setString(1, Moments.instant(before));
            return previousAnswers(s);
        }
    }

    /**
     * The previous answers the alert rules can use for a saved entry: those of the items it answers (a rise needs
     * today's answer). An item never answered would walk the whole history back on every save: the ten-year sample
     * spent half its writing time there (two count items it never fills).
     */
    private static Map<Long, Integer> previousAnswersOfItsItems(Connection c, CheckIn saved) throws SQLException {
        try (var s = c.prepareStatement(PREVIOUS_ANSWER + " FROM symptom_item i WHERE i.id IN "
                + "(SELECT item_id FROM check_in_answer WHERE check_in_id = ?)")) {
            s.setString(1, Moments.instant(saved.recordedAt().toInstant()));
            s.setLong(2, saved.id());
            return previousAnswers(s);
        }
    }

    private static Map<Long, Integer> previousAnswers(PreparedStatement s) throws SQLException {
        Map<Long, Integer> previous = new HashMap<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int value = rs.getInt(2);
                if (!rs.wasNull()) {
                    previous.put(rs.getLong(1), value);
                }
            }
        }
        return previous;
    }

    public Optional<CheckIn> find(long id) {
        return query("id = ?", id).stream().findFirst();
    }

    public int count() {
        return db.read(c -> Sql.first(c, "SELECT COUNT(*) FROM check_in", rs -> rs.getInt(1)).orElse(0));
    }

    private List<CheckIn> query(String where, Object... params) {
        return db.read(c -> {
            AnswerRows answers = AnswerRows.read(c, where, params);
            Map<Long, Set<String>> signs = CheckInSigns.read(c, where, params);
            return Sql.list(c, "SELECT " + COLUMNS + " FROM check_in WHERE " + where
                    + " ORDER BY recorded_at DESC, id DESC", rs -> read(rs,
                    answers.of(rs.getLong(1)), signs.getOrDefault(rs.getLong(1), Set.of())), params);
        });
    }

    private static CheckIn read(ResultSet rs, Map<Long, Integer> answers, Set<String> signs) throws SQLException {
        return entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), answers, signs);
    }

    /**
     * An entry from its stored values, as every read builds it; an import checks its rows with this too, before
     * writing them ({@link ReadableRows}), so a row the app could not read is refused by its number.
     */
    static CheckIn entry(long id, String uid, String recordedAt, String zone, String role, String recorderName,
                         String otherProblem, String temperature, String temperatureUnit, String weight,
                         String weightUnit, String note, Map<Long, Integer> answers, Set<String> signs) {
        return new CheckIn(id, uid, Moments.read(recordedAt, zone),
                new Recorder(RecorderRole.valueOf(role), recorderName), answers, otherProblem,
                temperature == null ? null
                        : new Temperature(new BigDecimal(temperature), TemperatureUnit.valueOf(temperatureUnit)),
                weight == null ? null : new Weight(new BigDecimal(weight), WeightUnit.valueOf(weightUnit)),
                note, signs);
    }

    private static CheckIn insert(Connection c, CheckIn entry, boolean keepId) throws SQLException {
        String sql = "INSERT INTO check_in (day, recorded_at, zone, recorder_role, recorder_name, other_problem, "
                + "temperature_value, temperature_unit, weight_value, weight_unit, note, uid, id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (var s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindValues(s, 1, entry);
            s.setString(12, entry.uid());
            if (keepId) {
                s.setLong(13, entry.id());
            } else {
                s.setNull(13, Types.INTEGER);
            }
            s.executeUpdate();
            long id = keepId ? entry.id() : Sql.generatedId(s);
            insertAnswers(c, id, entry.answers());
            CheckInSigns.write(c, id, entry.signs());
            return entry.withId(id);
        }
    }

    private static void bindValues(PreparedStatement s, int first, CheckIn e) throws SQLException {
        s.setString(first, e.day().toString());
        s.setString(first + 1, Moments.instant(e.recordedAt()));
        s.setString(first + 2, e.recordedAt().getZone().getId());
        s.setString(first + 3, e.recorder().role().name());
        s.setString(first + 4, e.recorder().name());
        s.setString(first + 5, e.otherProblem());
        s.setString(first + 6, e.temperatureReading().map(t -> t.value().toPlainString()).orElse(null));
        s.setString(first + 7, e.temperatureReading().map(t -> t.unit().name()).orElse(null));
        s.setString(first + 8, e.weightReading().map(w -> w.value().toPlainString()).orElse(null));
        s.setString(first + 9, e.weightReading().map(w -> w.unit().name()).orElse(null));
        s.setString(first + 10, e.note());
    }

    private static void insertAnswers(Connection c, long checkInId, Map<Long, Integer> answers) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO check_in_answer (check_in_id, item_id, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Integer> answer : answers.entrySet()) {
                s.setLong(1, checkInId);
                s.setLong(2, answer.getKey());
                s.setInt(3, answer.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
