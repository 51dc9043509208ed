package org.leiojournal.domain.emergency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.AnthracyclineTotal;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.validation.Required;

/**
 * What goes on the one-page emergency sheet, as the journal stands at {@code madeAt}. Name and date of birth are
 * always on it (unlike the clinic report, where they are ticked): the sheet is handed over with the patient.
 * {@code recentAlerts} are those of the last 48 hours, call-now first; {@code latestTemperature} is the last one
 * recorded in the last {@link #TEMPERATURE_DAYS} days; the doxorubicin total is there when any is recorded or
 * planned. {@code rules}, {@code items} and the user's {@code temperatureUnit} word the alerts as the clinic report
 * does. {@code details} are the line, allergies and other medicines from the profile, as far as recorded.
 */
public record EmergencySheet(String name, Optional<LocalDate> dateOfBirth, ZonedDateTime madeAt,
                             ChemotherapyNow chemotherapy, Optional<TemperatureReading> latestTemperature,
                             List<Alert> recentAlerts, LatestBloodCounts bloodCounts,
                             Optional<AnthracyclineTotal> doxorubicin, List<CareContact> contacts, SheetWording wording,
                             AlertRuleSet rules, List<SymptomItem> items, TemperatureUnit temperatureUnit,
                             EmergencyDetails details) {

    /** How far back alerts are shown. */
    public static final Duration ALERT_HOURS = Duration.ofHours(48);
    /** How far back the latest temperature is looked for: an older one says nothing about today. */
    public static final int TEMPERATURE_DAYS = 7;

    public EmergencySheet {
        name = name == null ? "" : name;
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(chemotherapy, "chemotherapy");
        recentAlerts = List.copyOf(recentAlerts);
        contacts = List.copyOf(contacts);
        items = List.copyOf(items);
        Required.all("wording, rules, temperatureUnit", wording, rules, temperatureUnit);
        details = details == null ? EmergencyDetails.NOT_RECORDED : details;
    }

    /** Everything the sheet needs; the check-ins and alerts may cover more days than it shows. */
    public record Input(Profile profile, List<CareContact> contacts, List<Course> courses, PriorAnthracycline prior,
                        List<SymptomItem> items, List<CheckIn> checkIns, List<Alert> alerts, AlertRuleSet rules,
                        SheetWording wording, ZonedDateTime now, List<BloodTest> bloodTests) {

        public Input {
            bloodTests = bloodTests == null ? List.of() : List.copyOf(bloodTests);
        }

        /** A journal without blood tests. */
        public Input(Profile profile, List<CareContact> contacts, List<Course> courses, PriorAnthracycline prior,
                     List<SymptomItem> items, List<CheckIn> checkIns, List<Alert> alerts, AlertRuleSet rules,
                     SheetWording wording, ZonedDateTime now) {
            this(profile, contacts, courses, prior, items, checkIns, alerts, rules, wording, now, List.of());
        }
    }

    public static EmergencySheet of(Input in) {
        ZonedDateTime now = in.now();
        ChemotherapyNow chemo = ChemotherapyNow.on(now.toLocalDate(), in.courses(), in.wording(), in.rules());
        ZonedDateTime temperatureFrom = now.minusDays(TEMPERATURE_DAYS);
        Optional<TemperatureReading> temperature = in.checkIns().stream()
                .filter(c -> c.temperature() != null && within(c.recordedAt(), temperatureFrom, now))
                .max(Comparator.comparing(c -> c.recordedAt().toInstant()))
                .map(c -> new TemperatureReading(c.temperature(), c.recordedAt()));
        ZonedDateTime alertsFrom = now.minus(ALERT_HOURS);
        List<Alert> alerts = in.rules().callNowFirst(in.alerts().stream()
                .filter(a -> within(a.seenAt(), alertsFrom, now))
                .sorted(Comparator.comparing((Alert a) -> a.seenAt().toInstant()).reversed()).toList());
        AnthracyclineTotal total = AnthracyclineTotal.of(in.courses(), in.prior().mgPerSquareMetre());
        boolean planned = in.courses().stream().flatMap(c -> c.plan().phases().stream())
                .flatMap(p -> p.drugs().stream()).anyMatch(d -> d.anthracycline());
        Optional<AnthracyclineTotal> doxorubicin = planned || total.total().signum() > 0 ? Optional.of(total)
                : Optional.empty();
        return new EmergencySheet(in.profile().patientName(), in.profile().dateOfBirth(), now, chemo, temperature,
                alerts, LatestBloodCounts.of(in.bloodTests(), now.toLocalDateTime()), doxorubicin, in.contacts(), in.wording(), in.rules(),
                in.items(), in.profile().temperatureUnit(), in.profile().emergency());
    }

    /** From {@code from} (included) up to {@code now} (included): a moment in the future is a typing slip. */
    private static boolean within(ZonedDateTime at, ZonedDateTime from, ZonedDateTime now) {
        return !at.toInstant().isBefore(from.toInstant()) && !at.toInstant().isAfter(now.toInstant());
    }

    public long callNowAlerts() {
        return recentAlerts.stream().filter(a -> rules.tierOf(a) == AlertTier.CALL_NOW).count();
    }
}
