package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpInterval;
import org.leiojournal.domain.followup.FollowUpPlan;

/** The one follow-up plan: none at first, saved whole, replaced whole, and kept across reopening. */
class FollowUpPlanRepositoryTest extends OpenJournalTest {


    @Test
    void aPlanIsSavedReplacedAndKeptAcrossReopening() throws Exception {
        assertEquals(Optional.empty(), store.followUpPlan().load(), "no plan before the first save");
        FollowUpPlan esmo = new FollowUpPlan(LocalDate.of(2024, 2, 29), List.of(new FollowUpInterval(0, 36, 3),
                new FollowUpInterval(36, 60, 6), new FollowUpInterval(60, 120, 12)), Optional.of(AppointmentKind.CT),
                Optional.of("esmo-intermediate-high-grade"));
        store.followUpPlan().save(esmo);
        assertEquals(Optional.of(esmo), store.followUpPlan().load());

        FollowUpPlan own = new FollowUpPlan(LocalDate.of(2025, 11, 30), List.of(new FollowUpInterval(0, 24, 4)),
                Optional.empty(), Optional.empty());
        store.followUpPlan().save(own);
        assertEquals(Optional.of(own), store.followUpPlan().load(), "fewer lines: the old ones are gone");

        reopen();
        assertEquals(Optional.of(own), store.followUpPlan().load());
    }
}
