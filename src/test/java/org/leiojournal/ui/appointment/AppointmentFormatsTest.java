package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.Messages;

/** An appointment's day and time read as the user's clock has them, with the hospital's own time beside it. */
class AppointmentFormatsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final AppointmentFormats formats = new AppointmentFormats(new Messages(Locale.UK));

    private static Appointment at(LocalDateTime start, ZoneId zone) {
        return new Appointment(1, AppointmentKind.CT, "", start, Optional.empty(), zone, "St Mary’s", "", List.of(),
                List.of(), AppointmentStatus.BOOKED, "");
    }

    @Test
    void aTimeInTheUsersOwnZoneIsJustTheTime() {
        Appointment ct = at(LocalDateTime.of(2026, 11, 24, 9, 30), LONDON);
        assertEquals("09:30", formats.time(ct, LONDON));
        assertEquals("Tue 24 Nov 2026, 09:30 — CT scan — St Mary’s", formats.line(ct, LONDON));
    }

    @Test
    void anEveningInNewYorkIsTheNextMorningInLondonAndSaysBoth() {
        Appointment ct = at(LocalDateTime.of(2026, 11, 24, 21, 0), ZoneId.of("America/New_York"));
        assertEquals("02:00 (21:00 in America/New_York)", formats.time(ct, LONDON));
        assertEquals("Wed 25 Nov 2026, 02:00 (21:00 in America/New_York) — CT scan — St Mary’s",
                formats.line(ct, LONDON), "the day and the first time are both London's");
    }

    @Test
    void theZonesAreListedByCityWithoutTheOnesTheCalendarExportRegisters() {
        // ical4j registers zones such as these once the user has exported a calendar; the box must not list them
        assertEquals(List.of("Europe/London", "America/New_York", "UTC"),
                AppointmentFormats.byCity(List.of("UTC", "ical4j-local-52b3a13f-0", "America/New_York",
                        "ical4j-local-52b3a13f-1001", "Europe/London")));
    }
}
