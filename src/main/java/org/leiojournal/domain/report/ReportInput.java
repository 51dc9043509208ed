package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.validation.Required;

/**
 * Everything a clinic report is made from, read from one journal at one moment ({@code now}, whose date is
 * today). The lists may cover more than the report's range; the summary picks its days.
 * {@code alertRules} word the alerts (the rule that raised each, the warning signs' text); {@code labs} holds the
 * blood tests, the team's levels and the catalogue that names them.
 */
public record ReportInput(Profile profile, List<SymptomItem> items, List<CheckIn> checkIns, List<Course> courses,
                          PriorAnthracycline prior, List<Appointment> appointments, List<Alert> alerts,
                          List<Medicine> medicines, List<MedicineDose> medicineDoses, AlertRuleSet alertRules,
                          ZonedDateTime now, ReportLabs labs) {

    /** A journal without blood tests. */
    public ReportInput(Profile profile, List<SymptomItem> items, List<CheckIn> checkIns, List<Course> courses,
                       PriorAnthracycline prior, List<Appointment> appointments, List<Alert> alerts,
                       List<Medicine> medicines, List<MedicineDose> medicineDoses, AlertRuleSet alertRules,
                       ZonedDateTime now) {
        this(profile, items, checkIns, courses, prior, appointments, alerts, medicines, medicineDoses, alertRules, now,
                ReportLabs.NONE);
    }

    public ReportInput {
        Required.all("profile, prior, alertRules, now, labs", profile, prior, alertRules, now, labs);
        items = List.copyOf(items);
        checkIns = List.copyOf(checkIns);
        courses = List.copyOf(courses);
        appointments = List.copyOf(appointments);
        alerts = List.copyOf(alerts);
        medicines = List.copyOf(medicines);
        medicineDoses = List.copyOf(medicineDoses);
    }

    /** The same journal with these blood tests and levels. */
    public ReportInput withLabs(ReportLabs newLabs) {
        return new ReportInput(profile, items, checkIns, courses, prior, appointments, alerts, medicines,
                medicineDoses, alertRules, now, newLabs);
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The default range of a report made now (see {@link ReportRange#defaultFor}). */
    public ReportRange defaultRange() {
        return ReportRange.defaultFor(appointments, today(), now.getZone());
    }
}
