package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpInterval;
import org.leiojournal.domain.followup.FollowUpPlan;

/** The one follow-up plan: none at first, saved whole, replaced whole, and kept across reopening. */
class FollowUpPlanRepositoryTest {

    @TempDir
    Path folder;

    private JournalStore store;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

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

        store.close();
        store = JournalStore.open(folder);
        assertEquals(Optional.of(own), store.followUpPlan().load());
    }
}
