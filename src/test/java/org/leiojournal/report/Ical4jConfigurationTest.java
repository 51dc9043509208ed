package org.leiojournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app's ical4j.properties: time zones come from the jar, never from the network; no optional jar is needed. */
class Ical4jConfigurationTest {

    private static final String UPDATE = "net.fortuna.ical4j.timezone.update.enabled";

    @Test
    void timeZoneUpdatesAreOffEvenWhenASystemPropertyAsksForThem() {
        assertEquals(Optional.of("false"), Configurator.getProperty(UPDATE));
        String before = System.getProperty(UPDATE);
        System.setProperty(UPDATE, "true");
        try {
            assertFalse(new TimeZoneUpdater().isEnabled(), "ical4j.properties is read before system properties");
        } finally {
            if (before == null) {
                System.clearProperty(UPDATE);
            } else {
                System.setProperty(UPDATE, before);
            }
        }
    }

    @Test
    void zoneDefinitionsAreCachedInAPlainMap() {
        assertEquals(Optional.of("net.fortuna.ical4j.util.MapTimeZoneCache"),
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"));
    }

    /**
     * ical4j's optional dependencies stay out of the app (they are not inherited; this notices if one creeps in).
     * Caffeine is not listed: the tests' FHIR validator (test scope only) brings it onto the test class path, and
     * the plain-map zone cache above holds whatever is there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"groovy.lang.GroovyObject", "org.jparsec.Parser"})
    void optionalDependenciesAreAbsent(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
