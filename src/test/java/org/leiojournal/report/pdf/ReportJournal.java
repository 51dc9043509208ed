package org.leiojournal.report.pdf;

import static org.leiojournal.domain.report.ReportFixtures.NAUSEA;
import static org.leiojournal.domain.report.ReportFixtures.PAIN;
import static org.leiojournal.domain.report.ReportFixtures.VOMITING;
import static org.leiojournal.domain.report.ReportFixtures.appointment;
import static org.leiojournal.domain.report.ReportFixtures.at;
import static org.leiojournal.domain.report.ReportFixtures.checkIn;
import static org.leiojournal.domain.report.ReportFixtures.course;
import static org.leiojournal.domain.report.ReportFixtures.d;
import static org.leiojournal.domain.report.ReportFixtures.given;
import static org.leiojournal.domain.report.ReportFixtures.reduced;
import static org.leiojournal.domain.report.ReportFixtures.withHistory;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.PriorAnthracycline;

/**
 * A small journal whose report numbers were worked out by hand. Today is Sunday 22 November 2026, 09:30 in
 * London; the last clinic visit attended was on Sunday 1 November, so the default range is 1–22 November.
 *
 * <ul>
 *   <li>Pain on 2, 3, 4, 5 and 20 November: 2, 8, 5, 7, 4 → worst 8, average 5.2, 4 days at 4+, 2 at 7+.</li>
 *   <li>Temperatures 37.8 (2 Nov 21:00), 38.4 (3 Nov 09:00), 37.5 (5 Nov 09:00), 37.1 °C: three at or above
 *       37.5 °C.</li>
 *   <li>Weight 72.0 kg (4 Nov) → 69.3 kg (20 Nov): −2.7 kg, −3.8 %.</li>
 *   <li>Doxorubicin from 1 September, 75 mg/m²: cycles 1–2 given, cycle 3 moved a week to 20 October and reduced to
 *       60, cycle 4 moved a week to 17 November ("holiday") and reduced to 50; 100 before this journal: lifetime
 *       75 + 75 + 60 + 50 + 100 = 360 mg/m², 50 in the range.</li>
 *   <li>One alert (pain 8, 3 November, read: "rang the hotline") and one question for the visit on 4 December.</li>
 * </ul>
 */
final class ReportJournal {

    static final String QUESTION = "Can the next treatment day be on a Monday?";

    private ReportJournal() {
    }

    static ReportInput input(String name) {
        return input(name, checkIns());
    }

    static ReportInput input(String name, List<CheckIn> checkIns) {
        Profile profile = new Profile(name, Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), true, 0);
        Course doxorubicin = withHistory(course("doxorubicin", d("2026-09-01"), 7),
                List.of(new Delay(3, 1, d("2026-10-20"), "neutrophils low"), new Delay(4, 1, d("2026-11-17"),
                        "holiday")),
                List.of(given(1, 1, "Doxorubicin"), given(2, 1, "Doxorubicin"),
                        reduced(3, 1, "Doxorubicin", "60", "after low counts"), reduced(4, 1, "Doxorubicin", "50",
                                "")));
        Alert alert = new Alert(1, 2, "esas-severe", AlertSubject.item("esas.pain"), "8", new BigDecimal("7"), null,
                at("2026-11-03T09:00"), new Acknowledgement(at("2026-11-03T09:20").toInstant(), "rang the hotline"));
        Medicine ondansetron = new Medicine(1, "Ondansetron", "8 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0)), d("2026-11-17"), Optional.of(d("2026-11-19")), "");
        return new ReportInput(profile, List.of(PAIN, NAUSEA, VOMITING), checkIns, List.of(doxorubicin),
                new PriorAnthracycline(new BigDecimal("100"), "earlier cancer"),
                List.of(appointment(1, AppointmentKind.CLINIC_VISIT, "2026-11-01T14:00", AppointmentStatus.ATTENDED,
                                List.of()),
                        appointment(2, AppointmentKind.CLINIC_VISIT, "2026-12-04T14:00", AppointmentStatus.BOOKED,
                                List.of(Question.open(QUESTION)))),
                List.of(alert), List.of(ondansetron),
                List.of(new MedicineDose(1, 1, at("2026-11-17T08:05"), Optional.of(LocalTime.of(8, 0)), "8 mg"),
                        new MedicineDose(2, 1, at("2026-11-18T08:10"), Optional.of(LocalTime.of(8, 0)), "8 mg")),
                AlertRuleCatalog.bundled(), at("2026-11-22T09:30"));
    }

    static List<CheckIn> checkIns() {
        return List.of(
                checkIn("2026-10-30T09:00", Map.of(PAIN.id(), 10), null, null, ""), // before the range
                checkIn("2026-11-02T09:00", Map.of(PAIN.id(), 2, NAUSEA.id(), 1), null, null, ""),
                checkIn("2026-11-02T21:00", Map.of(), Temperature.celsius("37.8"), null, "Shivery in the evening"),
                checkIn("2026-11-03T09:00", Map.of(PAIN.id(), 8, NAUSEA.id(), 3), Temperature.celsius("38.4"), null,
                        ""),
                checkIn("2026-11-04T09:00", Map.of(PAIN.id(), 5, VOMITING.id(), 2), null,
                        new Weight(new BigDecimal("72.0"), WeightUnit.KILOGRAM), ""),
                checkIn("2026-11-05T09:00", Map.of(PAIN.id(), 7), Temperature.celsius("37.5"), null, ""),
                checkIn("2026-11-12T09:00", Map.of(NAUSEA.id(), 0), Temperature.celsius("37.1"), null, ""),
                checkIn("2026-11-20T09:00", Map.of(PAIN.id(), 4), null,
                        new Weight(new BigDecimal("69.3"), WeightUnit.KILOGRAM), ""));
    }
}
