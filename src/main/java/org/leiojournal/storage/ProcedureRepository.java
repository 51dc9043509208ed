package org.leiojournal.storage;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/** Operations and radiotherapy courses, done or planned. Each save or delete is one transaction. */
public final class ProcedureRepository extends Repository {

    private static final List<String> SURGERY_COLUMNS = List.of("day", "procedure", "site", "note");
    private static final List<String> RADIOTHERAPY_COLUMNS = List.of("start_date", "end_date", "fractions", "site",
            "technique", "chest", "note");

    ProcedureRepository(Database db) {
        super(db);
    }

    /** Every operation, latest date first. */
    public List<Surgery> surgeries() {
        return db.read(c -> Sql.list(c, "SELECT id, day, procedure, site, note FROM surgery ORDER BY day DESC, id DESC",
                rs -> new Surgery(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5))));
    }

    /** Inserts a new operation (id 0) or replaces a saved one. */
    public Surgery save(Surgery surgery) {
        return db.inTransaction(c -> surgery.withId(Sql.save(c, "surgery", SURGERY_COLUMNS, surgery.id(),
                surgery.date().toString(), surgery.procedure(), surgery.site(), surgery.note())));
    }

    public Deleted deleteSurgery(long id) {
        return Deleted.delete(db, "surgery", "id = ?", id);
    }

    /** Every radiotherapy course, latest start first. */
    public List<Radiotherapy> radiotherapyCourses() {
        return db.read(c -> Sql.list(c, "SELECT id, start_date, end_date, fractions, site, technique, chest, note "
                + "FROM radiotherapy ORDER BY start_date DESC, id DESC",
                rs -> new Radiotherapy(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        LocalDate.parse(rs.getString(3)), Sql.optionalInt(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getString(8))));
    }

    /** Inserts a new course (id 0) or replaces a saved one. */
    public Radiotherapy save(Radiotherapy course) {
        return db.inTransaction(c -> course.withId(Sql.save(c, "radiotherapy", RADIOTHERAPY_COLUMNS, course.id(),
                course.start().toString(), course.end().toString(), course.fractions().orElse(null), course.site(),
                course.technique(), course.chestOrMediastinal(), course.note())));
    }

    public Deleted deleteRadiotherapy(long id) {
        return Deleted.delete(db, "radiotherapy", "id = ?", id);
    }
}
