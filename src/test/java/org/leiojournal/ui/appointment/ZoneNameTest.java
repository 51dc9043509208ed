package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D18: time zones are shown by city, "London (Europe/London)", not by a system name alone. */
class ZoneNameTest {

    @Test
    void aZoneReadsAsItsCityFirst() {
        assertEquals("London (Europe/London)", AppointmentFormats.zoneName(ZoneId.of("Europe/London")));
        assertEquals("New York (America/New_York)", AppointmentFormats.zoneName(ZoneId.of("America/New_York")));
        assertEquals("UTC (Etc/UTC)", AppointmentFormats.zoneName(ZoneId.of("Etc/UTC")));
        assertEquals("UTC", AppointmentFormats.zoneName(ZoneId.of("UTC")));
    }

    @Test
    void theListIsInCityOrder() {
        List<String> names = AppointmentFormats.zonesByCity().stream().map(AppointmentFormats::zoneName).toList();
        assertTrue(names.indexOf("London (Europe/London)") < names.indexOf("Madrid (Europe/Madrid)"));
        assertTrue(names.indexOf("Lisbon (Europe/Lisbon)") < names.indexOf("London (Europe/London)"));
    }
}
