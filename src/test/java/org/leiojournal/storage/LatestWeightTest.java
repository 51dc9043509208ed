package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;

/** M15: the journal's last recorded weight, which a course's body-surface weight is compared with. */
class LatestWeightTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private CheckIn entry(int day, Weight weight) {
        return store.checkIns().save(new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(2026, 11, day, 9, 0, 0, 0,
                LONDON), Recorder.PATIENT, Map.of(), "", null, weight, ""));
    }

    @Test
    void theMostRecentEntryWithAWeightCountsNotTheMostRecentEntry() {
        assertEquals(Optional.empty(), store.checkIns().latestWeight());
        entry(10, new Weight(new BigDecimal("70.5"), WeightUnit.KILOGRAM));
        entry(12, new Weight(new BigDecimal("150"), WeightUnit.POUND));
        entry(14, null);
        entry(11, new Weight(new BigDecimal("80"), WeightUnit.KILOGRAM));
        assertEquals(Optional.of(new Weight(new BigDecimal("150"), WeightUnit.POUND)), store.checkIns().latestWeight());
    }
}
