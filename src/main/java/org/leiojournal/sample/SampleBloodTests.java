package org.leiojournal.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.storage.HomeVitalRepository;

/**
 * The sample's blood tests (issue 22): a count the day before each cycle's day 1, a low one before a cycle that
 * was put back, a low point about ten days into some cycles, liver tests and CK with trabectedin, and liver tests,
 * TSH and home blood pressure with pazopanib. Invented numbers in plausible ranges, from their own seed so the rest
 * of the sample stays as it was.
 */
final class SampleBloodTests {

    private static final long SEED = 20_261_122L;
    private static final LocalTime MORNING = LocalTime.of(9, 10);
    private static final String COUNT = "10*9/L";

    private final BloodTestRepository tests;
    private final HomeVitalRepository vitals;
    private final LocalDate today;
    private final Random random = new Random(SEED);

    SampleBloodTests(BloodTestRepository tests, HomeVitalRepository vitals, LocalDate today) {
        this.tests = tests;
        this.vitals = vitals;
        this.today = today;
    }

    void write(List<Course> courses) {
        tests.setLevel(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"), COUNT));
        tests.setLevel(new TeamLevel("platelets", LevelDirection.AT_LEAST, new BigDecimal("100"), COUNT));
        for (Course course : courses) {
            if (course.plan().continuous()) {
                pazopanib(course);
            } else {
                cycles(course);
            }
        }
    }

    private void cycles(Course course) {
        boolean liver = course.plan().id().contains("trabectedin");
        int hb = 128;
        for (TreatmentDay day : course.calendar().treatmentDays()) {
            if (day.day() != 1 || !day.date().minusDays(1).isBefore(today)) {
                continue;
            }
            if (day.moved()) {
                save(day.plannedDate().minusDays(1), count(between(0.9, 1.3), between(110, 160), hb));
            }
            List<LabResult> before = new ArrayList<>(count(between(2.0, 4.2), between(170, 320), hb));
            if (liver) {
                before.add(LabResult.number("alt", Integer.toString(between(18, 60)), "U/L"));
                before.add(LabResult.number("ast", Integer.toString(between(16, 45)), "U/L"));
                before.add(LabResult.number("bilirubin", Integer.toString(between(6, 16)), "umol/L"));
                before.add(LabResult.number("ck", Integer.toString(between(40, 180)), "U/L"));
            }
            save(day.date().minusDays(1), before);
            LocalDate low = day.date().plusDays(10);
            if (day.cycle() % 2 == 1 && low.isBefore(today)) {
                save(low, count(between(0.3, 0.9), between(70, 140), hb - 6));
            }
            hb = Math.max(98, hb - between(2, 5));
        }
    }

    /** Liver tests every 4 weeks, TSH every 12; home blood pressure every other morning. */
    private void pazopanib(Course course) {
        tests.setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]"));
        tests.setLevel(new TeamLevel("diastolic", LevelDirection.AT_MOST, new BigDecimal("100"), "mm[Hg]"));
        int week = 0;
        for (LocalDate day = course.start(); day.isBefore(today); day = day.plusWeeks(4), week += 4) {
            List<LabResult> results = new ArrayList<>(List.of(
                    LabResult.number("alt", Integer.toString(between(15, 70)), "U/L"),
                    LabResult.number("ast", Integer.toString(between(15, 55)), "U/L"),
                    LabResult.number("bilirubin", Integer.toString(between(5, 18)), "umol/L")));
            if (week % 12 == 0) {
                results.add(LabResult.number("tsh", decimal(0.6 + week / 200.0, 0.6 + week / 200.0 + 1.5, 2),
                        "m[IU]/L"));
            }
            save(day, results);
        }
        for (LocalDate day = course.start(); day.isBefore(today); day = day.plusDays(2)) {
            int systolic = between(122, 152);
            vitals.save(new HomeVital(0, day.atTime(7, 30 + random.nextInt(20)), systolic,
                    Math.min(systolic - 30, between(76, 96)), Optional.of(between(60, 84))));
        }
    }

    private List<LabResult> count(String neutrophils, int platelets, int hb) {
        String wbc = new BigDecimal(neutrophils).add(new BigDecimal(decimal(1.2, 2.4, 1))).toPlainString();
        return List.of(LabResult.number("wbc", wbc, COUNT),
                new LabResult("neutrophils", neutrophils, COUNT, Optional.of(new BigDecimal("2.0")),
                        Optional.of(new BigDecimal("7.5"))),
                LabResult.number("platelets", Integer.toString(platelets), COUNT),
                LabResult.number("haemoglobin", Integer.toString(hb), "g/L"));
    }

    private void save(LocalDate day, List<LabResult> results) {
        tests.save(new BloodTest(0, LocalDateTime.of(day, MORNING), "Sample hospital laboratory", results));
    }

    private String between(double low, double high) {
        return decimal(low, high, 1);
    }

    private String decimal(double low, double high, int scale) {
        double value = low + random.nextDouble() * (high - low);
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
