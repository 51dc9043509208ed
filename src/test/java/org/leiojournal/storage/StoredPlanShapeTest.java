package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.LowCountWindow;
import org.leiojournal.domain.treatment.MonitoringPlan;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;

/**
 * C3: a course's plan saved before checks and low-count windows were tied to a drug (checks on fixed cycle days, a
 * window labelled "Docetaxel on day 8" on days 14–16) still loads, tied to its drug on exactly the same days, and is
 * written back in the new shape.
 */
class StoredPlanShapeTest {

    static final String OLD_PLAN = """
            {"id":"gemcitabine-docetaxel-hensley","name":"Gemcitabine + docetaxel","cautions":[],"phases":[{
              "name":"Gemcitabine + docetaxel","cycleLengthDays":21,"usualCycles":null,"lengthNote":"",
              "drugs":[
                {"drug":"Gemcitabine","dose":{"amount":900,"unit":"MG_PER_M2"},"route":"INTRAVENOUS","infusion":"",
                 "days":[1,8],"anthracycline":false,"note":"","sources":["s"]},
                {"drug":"Docetaxel","dose":{"amount":100,"unit":"MG_PER_M2"},"route":"INTRAVENOUS","infusion":"",
                 "days":[8],"anthracycline":false,"note":"","sources":["s"]}],
              "support":[],
              "monitoring":[
                {"what":"Blood count before gemcitabine","days":[1,8],"cycles":[],"weeks":[],"months":[],
                 "sources":["s"]},
                {"what":"Blood test the day before docetaxel","days":[7],"cycles":[1,2],"weeks":[],"months":[],
                 "sources":["s"]}],
              "lowCounts":[
                {"drug":"Docetaxel on day 8","fromDay":14,"toDay":16,"sources":["s"]},
                {"drug":"My own note","fromDay":3,"toDay":4,"sources":[]}]}]}
            """;

    @Test
    void anOldPlanIsTiedToItsDrugsOnTheSameDays() {
        Phase phase = CoursePlanJson.read(OLD_PLAN).phases().get(0);
        MonitoringPlan blood = phase.monitoring().get(0);
        assertEquals("Gemcitabine", blood.drug(), "days 1 and 8 are each gemcitabine dose");
        assertEquals(List.of(0), blood.offsets());
        assertEquals(List.of(1, 8), phase.checkDays(blood));
        MonitoringPlan before = phase.monitoring().get(1);
        assertEquals("Docetaxel", before.drug(), "day 7 is the day before docetaxel, the drug given on one day");
        assertEquals(List.of(-1), before.offsets());
        assertEquals(List.of(7), phase.checkDays(before));
        assertEquals(List.of(1, 2), before.cycles(), "its cycles are kept");

        LowCountWindow docetaxel = phase.lowCounts().get(0);
        assertEquals(LowCountWindow.after("Docetaxel", 6, 8, List.of("s")), docetaxel);
        assertArrayEquals(new int[] {14, 16}, phase.lowCountDays(docetaxel).orElseThrow());
        LowCountWindow own = phase.lowCounts().get(1);
        assertFalse(own.tiedToDrug(), "a label that names no drug of the plan keeps its days");
        assertArrayEquals(new int[] {3, 4}, phase.lowCountDays(own).orElseThrow());
    }

    @Test
    void itIsWrittenBackInTheNewShapeAndReadsTheSame() {
        Regimen old = CoursePlanJson.read(OLD_PLAN);
        String written = CoursePlanJson.write(old);
        assertTrue(written.contains("\"fromDaysAfter\":6"), written);
        assertTrue(written.contains("\"drug\":\"Gemcitabine\",\"offsets\":[0]"), written);
        assertEquals(old, CoursePlanJson.read(written));
    }
}
