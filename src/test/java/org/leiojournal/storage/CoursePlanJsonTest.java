package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.Regimen;

/** A plan started from any template is stored with its course and read back unchanged; a damaged plan is refused. */
class CoursePlanJsonTest {

    static Stream<Regimen> templates() {
        return RegimenCatalog.bundled().all().stream();
    }

    @ParameterizedTest(name = "{0}: kept with a course and read back")
    @MethodSource("templates")
    void everyTemplateSurvivesBeingStoredWithACourse(Regimen template) {
        assertEquals(template, CoursePlanJson.read(CoursePlanJson.write(template)));
    }

    @Test
    void aPlanThatIsNotOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CoursePlanJson.read("{\"id\": \"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> CoursePlanJson.read("not json"));
    }
}
