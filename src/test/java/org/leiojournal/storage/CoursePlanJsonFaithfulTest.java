package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.platform.JsonVariants;
import org.leiojournal.platform.LightJson;

/**
 * A course's plan is the user's data: read without databind (issue 21), every plan shape the app wrote reads to the
 * same plan as databind reads it, and every damaged or hand-edited variant of one is read or refused exactly as
 * databind reads or refuses it.
 */
class CoursePlanJsonFaithfulTest {

    /** Each template as the app stores it today, and the plans stored by older versions. */
    static Stream<String> storedPlans() throws Exception {
        List<String> plans = new ArrayList<>();
        for (Regimen template : RegimenCatalog.bundled().all()) {
            plans.add(CoursePlanJson.write(template));
        }
        for (String old : List.of("doxorubicin-ifosfamide", "gemcitabine-docetaxel-hensley", "pazopanib")) {
            plans.add(LegacyCoursePlanTest.legacyPlan(old));
        }
        plans.add(StoredPlanShapeTest.OLD_PLAN);
        return plans.stream();
    }

    @ParameterizedTest
    @MethodSource("storedPlans")
    void everyStoredPlanIsReadPlainlyToWhatDatabindReads(String plan) throws Exception {
        assertEquals(CoursePlanJson.readWithDatabind(JsonVariants.utf8(plan)),
                LightJson.strict().read(Regimen.class, JsonVariants.utf8(plan)));
    }

    @ParameterizedTest
    @MethodSource("storedPlans")
    void everyChangedPlanIsReadOrRefusedAsDatabindDoes(String plan) throws Exception {
        JsonVariants.assertSameOutcomes(plan, CoursePlanJson::read,
                json -> CoursePlanJson.readWithDatabind(JsonVariants.utf8(json)));
    }
}
