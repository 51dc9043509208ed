package org.leiojournal.transfer.fhir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.storage.JournalStore;

/**
 * Writes a journal as one FHIR R4 Bundle (type collection), whole or not at all: the Patient, the ESAS-r form and
 * each check-in's answers to it, measurements as vital-signs Observations, blood tests as laboratory Observations,
 * home blood pressure and pulse as vital-signs Observations, treatment as MedicationAdministration,
 * MedicationStatement and Procedure, appointments and alerts. docs/fhir.md has the mapping table. JSON written with
 * Jackson: the app carries no FHIR library.
 */
public final class FhirExport {

    /** The earliest and latest days the journal's date queries are asked about (an open range end). */
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private FhirExport() {
    }

    /** Returns how many resources were written, the Patient and the form included. */
    public static int write(JournalStore store, FhirChoices choices, Path file, Clock clock) throws IOException {
        FhirBundle bundle = bundle(store, choices, clock);
        AtomicFile.write(file, bundle::write);
        return bundle.size();
    }

    static FhirBundle bundle(JournalStore store, FhirChoices choices, Clock clock) {
        DateSpan range = choices.range();
        LocalDate from = range.first().isBefore(FIRST) ? FIRST : range.first();
        LocalDate to = range.last().isAfter(LAST) ? LAST : range.last();
        FhirIds ids = new FhirIds(store.profile().calendarUid());
        Mapping mapping = new Mapping(ids, ids.id("Patient", "patient"), LocalDate.now(clock));
        FhirBundle bundle = new FhirBundle(ids.id("Bundle", "journal"));
        bundle.add(PatientMapper.patient(mapping, store.profile().load(), choices));
        bundle.add(EsasQuestionnaire.questionnaire());

        Map<Long, SymptomItem> items = store.items().all().stream()
                .collect(Collectors.toMap(SymptomItem::id, Function.identity()));
        List<CheckIn> checkIns = store.checkIns().between(from, to).stream()
                .sorted(Comparator.comparing(CheckIn::recordedAt)).toList();
        for (CheckIn checkIn : checkIns) {
            CheckInMapper.response(mapping, checkIn, items).ifPresent(bundle::add);
            VitalSignsMapper.observations(mapping, checkIn).forEach(bundle::add);
            ItemObservationMapper.observations(mapping, checkIn, items).forEach(bundle::add);
        }
        LabCatalog labs = LabCatalog.bundled();
        for (BloodTest test : store.bloodTests().all()) {
            if (range.contains(test.drawnAt().toLocalDate())) {
                LabMapper.observations(mapping, test, labs, clock.getZone()).forEach(bundle::add);
            }
        }
        for (HomeVital reading : store.homeVitals().all()) {
            if (range.contains(reading.measuredAt().toLocalDate())) {
                HomeVitalMapper.observations(mapping, reading, clock.getZone()).forEach(bundle::add);
            }
        }
        for (Course course : store.courses().all()) {
            CourseMapper.resources(mapping, course, range).forEach(bundle::add);
        }
        List<Medicine> medicines = store.medicines().all();
        Map<Long, Medicine> byId = medicines.stream().collect(Collectors.toMap(Medicine::id, Function.identity()));
        for (Medicine medicine : medicines) {
            if (!medicine.start().isAfter(to) && medicine.end().map(e -> !e.isBefore(from)).orElse(true)) {
                bundle.add(MedicineMapper.statement(mapping, medicine));
            }
        }
        // oldest first, as everything else in the Bundle
        List<MedicineDose> doses = new ArrayList<>(store.medicines().dosesBetween(from, to));
        Collections.reverse(doses);
        for (MedicineDose dose : doses) {
            Medicine medicine = byId.get(dose.medicineId());
            if (medicine != null) {
                bundle.add(MedicineMapper.administration(mapping, medicine, dose));
            }
        }
        for (Surgery surgery : store.procedures().surgeries()) {
            if (range.contains(surgery.date())) {
                bundle.add(ProcedureMapper.surgery(mapping, surgery));
            }
        }
        for (Radiotherapy course : store.procedures().radiotherapyCourses()) {
            if (!course.start().isAfter(to) && !course.end().isBefore(from)) {
                bundle.add(ProcedureMapper.radiotherapy(mapping, course));
            }
        }
        for (Appointment appointment : store.appointments().all()) {
            if (range.contains(appointment.start().toLocalDate())) {
                bundle.add(AppointmentMapper.appointment(mapping, appointment));
            }
        }
        AlertRuleSet rules = AlertRuleCatalog.bundled();
        for (Alert alert : store.alerts().between(from, to)) {
            bundle.add(AlertMapper.flag(mapping, alert, rules, clock.getZone()));
        }
        return bundle;
    }
}
