package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;

/**
 * Courses of treatment: the plan (kept as JSON, so it is the plan the user saw, whatever later templates say)
 * and, in rows of their own, what happened. Saving a changed plan never touches the recorded delays or doses.
 */
public final class CourseRepository extends Repository {

    CourseRepository(Database db) {
        super(db);
    }

    /** Every course with its history, oldest start first. */
    public List<Course> all() {
        return select("");
    }

    public Optional<Course> find(long id) {
        return select("WHERE id = ? ", id).stream().findFirst();
    }

    private List<Course> select(String where, Object... params) {
        return db.read(c -> Sql.list(c, "SELECT id, plan_json, start_date, planned_cycles, bsa_m2, height_cm, "
                + "weight_kg, note, stop_date, stop_reason FROM course " + where + "ORDER BY start_date, id",
                rs -> course(c, rs), params));
    }

    private static Course course(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String height = rs.getString(6);
        BodySurfaceArea bsa = new BodySurfaceArea(new BigDecimal(rs.getString(5)),
                Optional.ofNullable(height).map(BigDecimal::new),
                Optional.ofNullable(rs.getString(7)).map(BigDecimal::new));
        List<Integer> cycles = Arrays.stream(rs.getString(4).split(",")).map(Integer::valueOf).toList();
        String stopDate = rs.getString(9);
        String stopReason = rs.getString(10);
        Optional<CourseStop> stop = Optional.ofNullable(stopDate)
                .map(d -> new CourseStop(LocalDate.parse(d), stopReason));
        return new Course(id, CoursePlanJson.read(rs.getString(2)), LocalDate.parse(rs.getString(3)), cycles, bsa,
                rs.getString(8), new CourseHistory(delays(c, id), doses(c, id), stop, oralDays(c, id)));
    }

    private static List<Delay> delays(Connection c, long course) throws SQLException {
        return Sql.list(c, "SELECT cycle, day, new_date, reason FROM course_delay WHERE course_id = ? "
                + "ORDER BY cycle, day", rs -> new Delay(rs.getInt(1), rs.getInt(2), LocalDate.parse(rs.getString(3)),
                rs.getString(4)), course);
    }

    private static List<DoseRecord> doses(Connection c, long course) throws SQLException {
        return Sql.list(c, "SELECT cycle, day, drug, outcome, amount, note FROM course_dose "
                + "WHERE course_id = ? ORDER BY cycle, day, drug", rs -> new DoseRecord(rs.getInt(1), rs.getInt(2),
                rs.getString(3), DoseOutcome.valueOf(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)).map(BigDecimal::new), rs.getString(6)), course);
    }

    /** Inserts a new course (id 0) or updates the plan of an existing one; returns it with its id and history. */
    public Course save(Course course) {
        long id = db.inTransaction(c -> Sql.save(c, "course", List.of("plan_json", "start_date", "planned_cycles",
                "bsa_m2", "height_cm", "weight_kg", "note"), course.id(), CoursePlanJson.write(course.plan()),
                course.start().toString(),
                course.plannedCycles().stream().map(String::valueOf).collect(Collectors.joining(",")),
                course.bsa().squareMetres().toPlainString(),
                course.bsa().heightCm().map(BigDecimal::toPlainString).orElse(null),
                course.bsa().weightKg().map(BigDecimal::toPlainString).orElse(null), course.note()));
        return find(id).orElseThrow();
    }

    public void recordDelay(long course, Delay delay) {
        update("INSERT OR REPLACE INTO course_delay (course_id, cycle, day, new_date, reason) VALUES (?, ?, ?, ?, ?)",
                course, delay.cycle(), delay.day(), delay.newDate().toString(), delay.reason());
    }

    public Deleted removeDelay(long course, int cycle, int day) {
        return Deleted.delete(db, "course_delay", "course_id = ? AND cycle = ? AND day = ?", course, cycle, day);
    }

    public void recordDose(long course, DoseRecord dose) {
        update("INSERT OR REPLACE INTO course_dose (course_id, cycle, day, drug, outcome, amount, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", course, dose.cycle(), dose.day(), dose.drug(),
                dose.outcome().name(), dose.amount().map(BigDecimal::toPlainString).orElse(null), dose.note());
    }

    public Deleted removeDose(long course, int cycle, int day, String drug) {
        return Deleted.delete(db, "course_dose", "course_id = ? AND cycle = ? AND day = ? AND drug = ?",
                course, cycle, day, drug);
    }

    public void stop(long course, CourseStop stop) {
        update("UPDATE course SET stop_date = ?, stop_reason = ? WHERE id = ?", stop.date().toString(),
                stop.reason(), course);
    }

    public void resume(long course) {
        update("UPDATE course SET stop_date = NULL, stop_reason = '' WHERE id = ?", course);
    }

    /** Marks a day's oral dose as taken, at the moment the user ticked it. */
    public void markOralDoseTaken(long course, LocalDate day, ZonedDateTime at) {
        update("INSERT OR REPLACE INTO oral_dose_taken (course_id, day, taken_at, zone) VALUES (?, ?, ?, ?)", course,
                day.toString(), Moments.instant(at), at.getZone().getId());
    }

    public Deleted unmarkOralDoseTaken(long course, LocalDate day) {
        return Deleted.delete(db, "oral_dose_taken", "course_id = ? AND day = ?", course, day.toString());
    }

    public Set<LocalDate> oralDosesTaken(long course) {
        return db.read(c -> oralDays(c, course));
    }

    private static Set<LocalDate> oralDays(Connection c, long course) throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT day FROM oral_dose_taken WHERE course_id = ?",
                rs -> LocalDate.parse(rs.getString(1)), course));
    }

    private void update(String sql, Object... args) {
        db.inTransaction(c -> Sql.update(c, sql, args));
    }
}
