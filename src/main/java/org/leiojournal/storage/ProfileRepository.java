package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;

/**
 * The single profile row: whose journal, units, the care team's fever threshold, the usual stools a day and the
 * date of birth and the emergency sheet's details (optional).
 */
public final class ProfileRepository {

    private final Database db;

    ProfileRepository(Database db) {
        this.db = db;
    }

    public Profile load() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT patient_name, recorder_role, recorder_name, temperature_unit, "
                    + "weight_unit, fever_threshold_c, welcome_completed, usual_stools_per_day, date_of_birth, line_kind, "
                    + "line_note, allergies, other_medicines FROM profile WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Profile.NEW;
                }
                return new Profile(rs.getString(1),
                        new Recorder(RecorderRole.valueOf(rs.getString(2)), rs.getString(3)),
                        TemperatureUnit.valueOf(rs.getString(4)), WeightUnit.valueOf(rs.getString(5)),
                        Profile.readableThreshold(new BigDecimal(rs.getString(6))), rs.getInt(7) == 1, rs.getInt(8),
                        Optional.ofNullable(rs.getString(9)).map(LocalDate::parse),
                        new EmergencyDetails(LineKind.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                                rs.getString(13)));
            }
        });
    }

    public void save(Profile profile) {
        db.inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE profile SET patient_name = ?, recorder_role = ?, "
                    + "recorder_name = ?, temperature_unit = ?, weight_unit = ?, fever_threshold_c = ?, "
                    + "welcome_completed = ?, usual_stools_per_day = ?, date_of_birth = ?, line_kind = ?, line_note = ?, "
                    + "allergies = ?, other_medicines = ? WHERE id = 1")) {
                s.setString(1, profile.patientName());
                s.setString(2, profile.usualRecorder().role().name());
                s.setString(3, profile.usualRecorder().name());
                s.setString(4, profile.temperatureUnit().name());
                s.setString(5, profile.weightUnit().name());
                s.setString(6, profile.feverThresholdCelsius().toPlainString());
                s.setInt(7, profile.welcomeCompleted() ? 1 : 0);
                s.setInt(8, profile.usualStoolsPerDay());
                s.setString(9, profile.dateOfBirth().map(LocalDate::toString).orElse(null));
                s.setString(10, profile.emergency().line().name());
                s.setString(11, profile.emergency().lineNote());
                s.setString(12, profile.emergency().allergies());
                s.setString(13, profile.emergency().otherMedicines());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes a stored threshold outside 37.5–38.0 °C back as the value the app reads it as, and returns what was
     * stored, so the window can tell the user once: the journal itself then holds the corrected number, so the
     * next opening has nothing to tell, and a copy or import that still holds the old number tells again.
     */
    public Optional<BigDecimal> correctThreshold() {
        return db.inTransaction(c -> {
            BigDecimal stored;
            try (var s = c.prepareStatement("SELECT fever_threshold_c FROM profile WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<BigDecimal>empty();
                }
                stored = new BigDecimal(rs.getString(1));
            }
            BigDecimal readable = Profile.readableThreshold(stored);
            if (readable.compareTo(stored) == 0) {
                return Optional.<BigDecimal>empty();
            }
            try (var s = c.prepareStatement("UPDATE profile SET fever_threshold_c = ? WHERE id = 1")) {
                s.setString(1, readable.toPlainString());
                s.executeUpdate();
            }
            return Optional.of(stored);
        });
    }

    /** This journal's own random id, which calendar exports put in every event's UID. */
    public String calendarUid() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT calendar_uid FROM profile WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }
}
