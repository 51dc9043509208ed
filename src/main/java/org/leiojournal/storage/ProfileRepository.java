package org.leiojournal.storage;

import java.math.BigDecimal;
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
public final class ProfileRepository extends Repository {

    ProfileRepository(Database db) {
        super(db);
    }

    public Profile load() {
        return db.read(c -> Sql.first(c, "SELECT patient_name, recorder_role, recorder_name, temperature_unit, "
                + "weight_unit, fever_threshold_c, welcome_completed, usual_stools_per_day, date_of_birth, line_kind, "
                + "line_note, allergies, other_medicines FROM profile WHERE id = 1", rs -> new Profile(rs.getString(1),
                new Recorder(RecorderRole.valueOf(rs.getString(2)), rs.getString(3)),
                TemperatureUnit.valueOf(rs.getString(4)), WeightUnit.valueOf(rs.getString(5)),
                Profile.readableThreshold(new BigDecimal(rs.getString(6))), rs.getInt(7) == 1, rs.getInt(8),
                Optional.ofNullable(rs.getString(9)).map(LocalDate::parse),
                new EmergencyDetails(LineKind.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                        rs.getString(13))))).orElse(Profile.NEW);
    }

    public void save(Profile profile) {
        db.inTransaction(c -> Sql.update(c, "UPDATE profile SET patient_name = ?, recorder_role = ?, "
                + "recorder_name = ?, temperature_unit = ?, weight_unit = ?, fever_threshold_c = ?, "
                + "welcome_completed = ?, usual_stools_per_day = ?, date_of_birth = ?, line_kind = ?, line_note = ?, "
                + "allergies = ?, other_medicines = ? WHERE id = 1", profile.patientName(),
                profile.usualRecorder().role().name(), profile.usualRecorder().name(),
                profile.temperatureUnit().name(), profile.weightUnit().name(),
                profile.feverThresholdCelsius().toPlainString(), profile.welcomeCompleted(),
                profile.usualStoolsPerDay(), profile.dateOfBirth().map(LocalDate::toString).orElse(null),
                profile.emergency().line().name(), profile.emergency().lineNote(), profile.emergency().allergies(),
                profile.emergency().otherMedicines()));
    }

    /**
     * Writes a stored threshold outside 37.5–38.0 °C back as the value the app reads it as, and returns what was
     * stored, so the window can tell the user once: the journal itself then holds the corrected number, so the
     * next opening has nothing to tell, and a copy or import that still holds the old number tells again.
     */
    public Optional<BigDecimal> correctThreshold() {
        return db.inTransaction(c -> {
            Optional<BigDecimal> stored = Sql.first(c, "SELECT fever_threshold_c FROM profile WHERE id = 1",
                    rs -> new BigDecimal(rs.getString(1)));
            if (stored.isEmpty()) {
                return stored;
            }
            BigDecimal readable = Profile.readableThreshold(stored.get());
            if (readable.compareTo(stored.get()) == 0) {
                return Optional.<BigDecimal>empty();
            }
            Sql.update(c, "UPDATE profile SET fever_threshold_c = ? WHERE id = 1", readable.toPlainString());
            return stored;
        });
    }

    /** This journal's own random id, which calendar exports put in every event's UID. */
    public String calendarUid() {
        return db.read(c -> Sql.first(c, "SELECT calendar_uid FROM profile WHERE id = 1", rs -> rs.getString(1)))
                .orElse("");
    }
}
