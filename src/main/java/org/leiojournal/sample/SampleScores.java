package org.leiojournal.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import org.leiojournal.domain.symptom.EsasItem;

/**
 * The 0–10 score of one item on one day: the patient's usual level plus what the day brings (the days after a drug
 * day hit nausea and tiredness hardest, the low-count window tiredness and wellbeing, a coming scan anxiety), with
 * a little day-to-day noise. Higher is worse, as on the ESAS-r.
 */
final class SampleScores {

    private record Weights(int usual, double afterTreatment, double lowCounts, double operation, double tablets,
                           double scan) {
    }

    private static final Map<EsasItem, Weights> WEIGHTS = Map.of(
            EsasItem.PAIN, new Weights(2, 1, 0, 5, 1, 0),
            EsasItem.TIREDNESS, new Weights(2, 4, 2, 3, 2, 0),
            EsasItem.DROWSINESS, new Weights(1, 2, 1, 2, 0, 0),
            EsasItem.NAUSEA, new Weights(0, 5, 0, 1, 1, 0),
            EsasItem.LACK_OF_APPETITE, new Weights(1, 4, 1, 1, 1, 0),
            EsasItem.SHORTNESS_OF_BREATH, new Weights(1, 1, 1, 0, 0, 0),
            EsasItem.DEPRESSION, new Weights(1, 2, 1, 1, 0, 1),
            EsasItem.ANXIETY, new Weights(2, 1, 1, 1, 0, 3),
            EsasItem.WELLBEING, new Weights(2, 4, 2, 3, 1, 1));

    private final DayBurden burden;
    private final Random random;

    SampleScores(DayBurden burden, Random random) {
        this.burden = burden;
        this.random = random;
    }

    int esas(EsasItem item, LocalDate day, boolean fever) {
        Weights w = WEIGHTS.get(item);
        double score = w.usual() + w.afterTreatment() * burden.afterTreatment(day)
                + w.lowCounts() * (burden.lowCounts(day) ? 1 : 0) + w.operation() * burden.afterOperation(day)
                + w.tablets() * (burden.onDailyTablets(day) ? 1 : 0) + w.scan() * (burden.scanComing(day) ? 1 : 0)
                + (fever && (item == EsasItem.TIREDNESS || item == EsasItem.WELLBEING) ? 3 : 0);
        return clamp(score + random.nextGaussian() * 0.7);
    }

    /**
     * Numbness or tingling: none before docetaxel, then creeping up with each dose; after the last one it fades by
     * a point every four months, to a little that stays.
     */
    int numbness(LocalDate day) {
        int doses = burden.docetaxelDoses(day);
        long since = ChronoUnit.DAYS.between(burden.lastDocetaxel(day), day);
        double level = Math.min(6, 0.6 + 1.5 * (doses - 1) + 0.04 * Math.min(since, 21));
        if (since > 21) {
            level = Math.max(1, level - (since - 21) / 120.0);
        }
        int noise = random.nextInt(4) == 0 ? random.nextInt(3) - 1 : 0;
        return clamp(level + noise);
    }

    private static int clamp(double score) {
        return (int) Math.max(0, Math.min(10, Math.round(score)));
    }
}
