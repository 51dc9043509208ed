package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
public final class MedicineRepository {

    private static final String COLUMNS = "id, name, dose, schedule_kind, times, start_date, end_date, note";
    private static final String DOSE_COLUMNS = "id, medicine_id, taken_at, zone, scheduled_time, dose";

    private final Database db;

    MedicineRepository(Database db) {
        this.db = db;
    }

    /** Every medicine, by first day, then name. */
    public List<Medicine> all() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM medicine ORDER BY start_date, name, id");
                 ResultSet rs = s.executeQuery()) {
                List<Medicine> medicines = new ArrayList<>();
                while (rs.next()) {
                    medicines.add(read(rs));
                }
                return medicines;
            }
        });
    }

    public Medicine add(Medicine medicine) {
        return db.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO medicine (name, dose, schedule_kind, times, start_date, "
                    + "end_date, note) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(s, medicine);
                s.executeUpdate();
                return medicine.withId(SymptomItemRepository.generatedId(s));
            }
        });
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
            try (var s = c.prepareStatement("INSERT INTO medicine_taken (medicine_id, day, taken_at, zone, "
                    + "scheduled_time, dose) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, dose.medicineId());
                s.setString(2, dose.day().toString());
                s.setString(3, Moments.instant(dose.takenAt()));
                s.setString(4, dose.takenAt().getZone().getId());
                s.setString(5, dose.scheduledTime().map(MedicineRepository::time).orElse(null));
                s.setString(6, dose.doseText());
                s.executeUpdate();
                return dose.withId(SymptomItemRepository.generatedId(s));
            }
        });
    }

    /** Takes a logged dose back out of the log. */
    public Deleted undoDose(long doseId) {
        return Deleted.delete(db, "medicine_taken", "id = ?", doseId);
    }

    /** Doses taken on days from {@code from} to {@code to} inclusive, newest first. */
    public List<MedicineDose> dosesBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT " + DOSE_COLUMNS + " FROM medicine_taken "
                    + "WHERE day BETWEEN ? AND ? ORDER BY taken_at DESC, id DESC")) {
                s.setString(1, from.toString());
                s.setString(2, to.toString());
                return readDoses(s);
            }
        });
    }

    private static Optional<MedicineDose> existingTick(Connection c, MedicineDose dose) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + DOSE_COLUMNS + " FROM medicine_taken "
                + "WHERE medicine_id = ? AND day = ? AND scheduled_time = ? LIMIT 1")) {
            s.setLong(1, dose.medicineId());
            s.setString(2, dose.day().toString());
            s.setString(3, time(dose.scheduledTime().orElseThrow()));
            return readDoses(s).stream().findFirst();
        }
    }

    private static List<MedicineDose> readDoses(PreparedStatement s) throws SQLException {
        List<MedicineDose> doses = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String scheduled = rs.getString(5);
                doses.add(new MedicineDose(rs.getLong(1), rs.getLong(2), Moments.read(rs.getString(3), rs.getString(4)),
                        Optional.ofNullable(scheduled).map(LocalTime::parse), rs.getString(6)));
            }
        }
        return doses;
    }

    private static Optional<Medicine> find(Connection c, long id) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM medicine WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static void update(Connection c, Medicine medicine) throws SQLException {
        try (var s = c.prepareStatement("UPDATE medicine SET name = ?, dose = ?, schedule_kind = ?, times = ?, "
                + "start_date = ?, end_date = ?, note = ? WHERE id = ?")) {
            bind(s, medicine);
            s.setLong(8, medicine.id());
            if (s.executeUpdate() != 1) {
                throw new SQLException("medicine " + medicine.id() + " no longer exists");
            }
        }
    }

    private static void bind(PreparedStatement s, Medicine m) throws SQLException {
        s.setString(1, m.name());
        s.setString(2, m.dose());
        s.setString(3, m.schedule().name());
        s.setString(4, m.times().stream().map(MedicineRepository::time).collect(Collectors.joining(",")));
        s.setString(5, m.start().toString());
        s.setString(6, m.end().map(LocalDate::toString).orElse(null));
        s.setString(7, m.note());
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
