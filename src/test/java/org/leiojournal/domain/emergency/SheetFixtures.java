package org.leiojournal.domain.emergency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.EmergencySheetCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportFixtures;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.PriorAnthracycline;

/** Journals for the emergency sheet's tests, all seen at 09:30 on Sun 22 Nov 2026 in London. */
public final class SheetFixtures {

    public static final ZonedDateTime NOW = ZonedDateTime.now(TestClocks.SUNDAY);
    public static final LocalDate TODAY = NOW.toLocalDate();
    public static final Profile PROFILE = new Profile("Sam Example", Recorder.PATIENT, TemperatureUnit.CELSIUS,
            WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, true, 1, Optional.of(LocalDate.of(1968, 3, 3)));
    public static final CareContact HOTLINE = new CareContact(1, "Chemotherapy hotline, St Mary's", "020 7946 0000",
            "24 hours");

    private SheetFixtures() {
    }

    /** A six-cycle course of a bundled template whose cycle 1 day 1 was {@code daysAgo} days before today. */
    public static Course course(String template, int daysAgo) {
        return ReportFixtures.course(template, TODAY.minusDays(daysAgo), 1);
    }

    public static Alert alert(String ruleId, AlertSubject subject, String observed, ZonedDateTime seenAt) {
        return new Alert(1, 1, ruleId, subject, observed, new BigDecimal("37.5"), null, seenAt, null);
    }

    public static EmergencySheet sheet(List<Course> courses, List<CheckIn> checkIns, List<Alert> alerts) {
        return sheet(courses, checkIns, alerts, EmergencySheetCatalog.bundled());
    }

    public static EmergencySheet sheet(List<Course> courses, List<CheckIn> checkIns, List<Alert> alerts,
                                       SheetWording wording) {
        return EmergencySheet.of(new EmergencySheet.Input(PROFILE, List.of(HOTLINE), courses, PriorAnthracycline.NONE,
                List.of(ReportFixtures.PAIN), checkIns, alerts, AlertRuleCatalog.bundled(), wording, NOW));
    }
}
