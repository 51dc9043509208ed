package org.leiojournal.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * A check-in for each day from the journal's first day to yesterday, as a real journal has them: a few days
 * missed (in hospital, or just forgotten), about one item in fifteen left unanswered, temperature on most days of
 * treatment and some days between, weight now and then. One evening has the story's fever.
 */
final class SampleCheckIns {

    private static final Recorder CAREGIVER = new Recorder(RecorderRole.FAMILY_CAREGIVER, "Sam");
    private static final String FEVER = "38.2";

    private final SampleStory story;
    private final DayBurden burden;
    private final SampleScores scores;
    private final Random random;
    private final ZoneId zone;
    private double weightKg = 72.0;

    SampleCheckIns(SampleStory story, DayBurden burden, ZoneId zone, Random random) {
        this.story = story;
        this.burden = burden;
        this.zone = zone;
        this.random = random;
        this.scores = new SampleScores(burden, random);
    }

    List<CheckIn> all(List<SymptomItem> items, long numbnessItem) {
        List<CheckIn> entries = new ArrayList<>();
        for (LocalDate day = story.firstDay(); day.isBefore(story.today()); day = day.plusDays(1)) {
            trackWeight(day);
            boolean missed = story.daysInHospital().contains(day) || random.nextInt(60) == 0;
            if (!missed) {
                entries.add(checkIn(day, items, numbnessItem));
            }
        }
        return entries;
    }

    private CheckIn checkIn(LocalDate day, List<SymptomItem> items, long numbnessItem) {
        boolean fever = day.equals(story.feverDay());
        Map<Long, Integer> answers = new HashMap<>();
        String otherProblem = "";
        for (SymptomItem item : items) {
            boolean skipped = random.nextInt(15) == 0;
            if (item.id() == numbnessItem) {
                if (burden.docetaxelDoses(day) > 0 && !skipped) {
                    answers.put(item.id(), scores.numbness(day));
                }
            } else if (item.esas().filter(e -> e == EsasItem.OTHER_PROBLEM).isPresent()) {
                if (burden.afterTreatment(day) >= 0.6 && random.nextBoolean()) {
                    answers.put(item.id(), 2 + random.nextInt(3));
                    otherProblem = "Constipation";
                }
            } else if (item.esas().isPresent() && !skipped) {
                answers.put(item.id(), scores.esas(item.esas().get(), day, fever));
            }
        }
        boolean rough = fever || burden.afterTreatment(day) >= 0.8;
        Recorder recorder = rough && random.nextBoolean() ? CAREGIVER : Recorder.PATIENT;
        LocalTime time = fever ? LocalTime.of(19, 40) : LocalTime.of(8, 0).plusMinutes(random.nextInt(180));
        return new CheckIn(0, uid(day), ZonedDateTime.of(day, time, zone), recorder, answers, otherProblem,
                temperature(day, fever), weight(), story.notes().getOrDefault(day, ""));
    }

    /** Mostly every day during treatment, now and then otherwise; always below 37.5 except on the fever day. */
    private Temperature temperature(LocalDate day, boolean fever) {
        if (fever) {
            return Temperature.celsius(FEVER);
        }
        boolean taken = random.nextInt(10) < (burden.inTreatment(day) ? 9 : 3);
        if (!taken) {
            return null;
        }
        double celsius = Math.max(36.1, Math.min(37.2, 36.6 + random.nextGaussian() * 0.2));
        return new Temperature(BigDecimal.valueOf(celsius).setScale(1, RoundingMode.HALF_UP), TemperatureUnit.CELSIUS);
    }

    /** Weight drifts down in the rough days after treatment and the operation, and back up between. */
    private void trackWeight(LocalDate day) {
        double loss = 0.06 * burden.afterTreatment(day) + 0.08 * burden.afterOperation(day);
        weightKg = Math.max(64, Math.min(73, weightKg - loss + (loss == 0 ? 0.015 : 0)));
    }

    private Weight weight() {
        return random.nextInt(10) < 3 ? new Weight(BigDecimal.valueOf(weightKg).setScale(1, RoundingMode.HALF_UP),
                WeightUnit.KILOGRAM) : null;
    }

    /** The same uid for the same day on every run, so two samples written alike are alike. */
    private static String uid(LocalDate day) {
        return UUID.nameUUIDFromBytes(("leio-journal-sample " + day).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
