package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;

/**
 * Supportive medicines and the log of doses taken. A medicine is ended, never deleted, so its log keeps its meaning;
 * a logged dose can be taken back (undo). Each change is one transaction.
 */
public final class MedicineRepository extends Repository {

    private static final String COLUMNS = "id, name, dose, schedule_kind, times, start_date, end_date, note";
    private static final String DOSE_COLUMNS = "id, medicine_id, taken_at, zone, scheduled_time, dose";

    MedicineRepository(Database db) {
        super(db);
    }

    /** Every medicine, by first day, then name. */
    public List<Medicine> all() {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM medicine ORDER BY start_date, name, id",
                MedicineRepository::read));
    }

    public Medicine add(Medicine medicine) {
        return db.inTransaction(c -> medicine.withId(Sql.insert(c, "INSERT INTO medicine (name, dose, schedule_kind, "
                + "times, start_date, end_date, note) VALUES (?, ?, ?, ?, ?, ?, ?)", values(medicine))));
    }

    /** Replaces a saved medicine's details. Doses already logged keep the dose text they were taken with. */
    public Medicine update(Medicine medicine) {
        return db.inTransaction(c -> {
            update(c, medicine);
            return medicine;
        });
    }

    /** Sets the medicine's last day; its history stays. */
    public Medicine end(long id, LocalDate lastDay) {
        return db.inTransaction(c -> {
            Medicine ended = find(c, id).orElseThrow(() -> new SQLException("medicine " + id + " no longer exists"))
                    .endedOn(lastDay);
            update(c, ended);
            return ended;
        });
    }

    /**
     * Saves a taken dose. Ticking a scheduled dose that is already ticked returns the existing tick instead of
     * logging it twice.
     */
    public MedicineDose logDose(MedicineDose dose) {
        return db.inTransaction(c -> {
            if (dose.isScheduled()) {
                Optional<MedicineDose> existing = existingTick(c, dose);
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            return dose.withId(Sql.insert(c, "INSERT INTO medicine_taken (medicine_id, day, taken_at, zone, "
                    + "scheduled_time, dose) VALUES (?, ?, ?, ?, ?, ?)", dose.medicineId(), dose.day().toString(),
                    Moments.instant(dose.takenAt()), dose.takenAt().getZone().getId(),
                    dose.scheduledTime().map(MedicineRepository::time).orElse(null), dose.doseText()));
        });
    }

    /** Takes a logged dose back out of the log. */
    public Deleted undoDose(long doseId) {
        return Deleted.delete(db, "medicine_taken", "id = ?", doseId);
    }

    /** Doses taken on days from {@code from} to {@code to} inclusive, newest first. */
    public List<MedicineDose> dosesBetween(LocalDate from, LocalDate to) {
        return db.read(c -> Sql.list(c, "SELECT " + DOSE_COLUMNS + " FROM medicine_taken "
                + "WHERE day BETWEEN ? AND ? ORDER BY taken_at DESC, id DESC", MedicineRepository::readDose,
                from.toString(), to.toString()));
    }

    private static Optional<MedicineDose> existingTick(Connection c, MedicineDose dose) throws SQLException {
        return Sql.first(c, "SELECT " + DOSE_COLUMNS + " FROM medicine_taken "
                + "WHERE medicine_id = ? AND day = ? AND scheduled_time = ? LIMIT 1", MedicineRepository::readDose,
                dose.medicineId(), dose.day().toString(), time(dose.scheduledTime().orElseThrow()));
    }

    private static MedicineDose readDose(ResultSet rs) throws SQLException {
        return new MedicineDose(rs.getLong(1), rs.getLong(2), Moments.read(rs.getString(3), rs.getString(4)),
                Optional.ofNullable(rs.getString(5)).map(LocalTime::parse), rs.getString(6));
    }

    private static Optional<Medicine> find(Connection c, long id) throws SQLException {
        return Sql.first(c, "SELECT " + COLUMNS + " FROM medicine WHERE id = ?", MedicineRepository::read, id);
    }

    private static void update(Connection c, Medicine medicine) throws SQLException {
        Object[] values = values(medicine);
        Object[] withId = Arrays.copyOf(values, values.length + 1);
        withId[values.length] = medicine.id();
        if (Sql.update(c, "UPDATE medicine SET name = ?, dose = ?, schedule_kind = ?, times = ?, "
                + "start_date = ?, end_date = ?, note = ? WHERE id = ?", withId) != 1) {
            throw new SQLException("medicine " + medicine.id() + " no longer exists");
        }
    }

    /** A medicine's stored values, in the order of the insert's and the update's columns. */
    private static Object[] values(Medicine m) {
        return new Object[] {m.name(), m.dose(), m.schedule().name(),
                m.times().stream().map(MedicineRepository::time).collect(Collectors.joining(",")), m.start().toString(),
                m.end().map(LocalDate::toString).orElse(null), m.note()};
    }

    private static Medicine read(ResultSet rs) throws SQLException {
        String times = rs.getString(5);
        String end = rs.getString(7);
        return new Medicine(rs.getLong(1), rs.getString(2), rs.getString(3), MedicineSchedule.valueOf(rs.getString(4)),
                times.isEmpty() ? List.of() : Arrays.stream(times.split(",")).map(LocalTime::parse).toList(),
                LocalDate.parse(rs.getString(6)), Optional.ofNullable(end).map(LocalDate::parse), rs.getString(8));
    }

    /** "08:00": hours and minutes, the same width for every time, so they compare as text. */
    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
