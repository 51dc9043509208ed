package org.leiojournal.storage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;

/**
 * Blood tests with their values, each kept as the text entered in the unit the lab printed, and the care team's
 * levels, one per measure. A test and its values are saved in one transaction.
 */
public final class BloodTestRepository extends Repository {

    BloodTestRepository(Database db) {
        super(db);
    }

    /** Every blood test, earliest draw first. */
    public List<BloodTest> all() {
        return read("");
    }

    /**
     * The tests drawn on the days from {@code first} to {@code last}, earliest first: a report reads its weeks, not
     * ten years of a journal. (Draw times are stored as ISO text, so text order is time order.)
     */
    public List<BloodTest> between(LocalDate first, LocalDate last) {
        return read(" WHERE drawn_at >= ? AND drawn_at < ?", first.toString(), last.plusDays(1).toString());
    }

    /** The tests {@code where} picks (a clause on {@code blood_test}), each with its values. */
    private List<BloodTest> read(String where, Object... bounds) {
        return db.read(c -> {
            Map<Long, List<LabResult>> values = Sql.byParent(c, "SELECT blood_test_id, test, value, unit, lab_low, "
                    + "lab_high FROM blood_test_value" + (where.isEmpty() ? ""
                    : " WHERE blood_test_id IN (SELECT id FROM blood_test" + where + ")")
                    + " ORDER BY blood_test_id, test", rs -> new LabResult(rs.getString(2), rs.getString(3),
                    rs.getString(4), decimal(rs.getString(5)), decimal(rs.getString(6))), bounds);
            return Sql.list(c, "SELECT id, drawn_at, lab FROM blood_test" + where + " ORDER BY drawn_at, id",
                    rs -> new BloodTest(rs.getLong(1), LocalDateTime.parse(rs.getString(2)), rs.getString(3),
                            values.getOrDefault(rs.getLong(1), List.of())), bounds);
        });
    }

    /** Inserts a new test (id 0) or replaces a saved one and all its values. */
    public BloodTest save(BloodTest test) {
        return db.inTransaction(c -> {
            long id = Sql.save(c, "blood_test", List.of("drawn_at", "lab"), test.id(), test.drawnAt().toString(),
                    test.lab());
            Sql.update(c, "DELETE FROM blood_test_value WHERE blood_test_id = ?", id);
            for (LabResult r : test.results()) {
                Sql.update(c, "INSERT INTO blood_test_value (blood_test_id, test, value, unit, lab_low, lab_high) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, r.testId(), r.value(), r.unit(),
                        r.labLow().map(BigDecimal::toPlainString).orElse(null),
                        r.labHigh().map(BigDecimal::toPlainString).orElse(null));
            }
            return test.withId(id);
        });
    }

    /** Deletes a test with its values; the result can put them back (undo). */
    public Deleted delete(long id) {
        return Deleted.delete(db, "blood_test", "id = ?", id);
    }

    /** The care team's levels, by measure. */
    public List<TeamLevel> levels() {
        return db.read(c -> Sql.list(c, "SELECT measure, direction, value, unit FROM team_level ORDER BY measure",
                rs -> new TeamLevel(rs.getString(1), LevelDirection.valueOf(rs.getString(2)),
                        new BigDecimal(rs.getString(3)), rs.getString(4))));
    }

    public Optional<TeamLevel> level(String measure) {
        return levels().stream().filter(l -> l.measure().equals(measure)).findFirst();
    }

    /** Sets the level of a measure, replacing the one it had (keeping that row's uid). */
    public void setLevel(TeamLevel level) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO team_level (measure, direction, value, unit) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (measure) DO UPDATE SET direction = excluded.direction, "
                + "value = excluded.value, unit = excluded.unit", level.measure(), level.direction().name(),
                level.value().toPlainString(), level.unit()));
    }

    /** Sets or clears several measures' levels together (a level, or empty to clear it), all or none. */
    public void setLevels(Map<String, Optional<TeamLevel>> levels) {
        db.inTransaction(c -> {
            levels.forEach((measure, level) -> level.ifPresentOrElse(this::setLevel, () -> clearLevel(measure)));
            return null;
        });
    }

    /** Removes the level of a measure: the app then says none is set. */
    public void clearLevel(String measure) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM team_level WHERE measure = ?", measure));
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
