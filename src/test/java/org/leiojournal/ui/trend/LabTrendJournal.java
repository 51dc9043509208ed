package org.leiojournal.ui.trend;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.storage.JournalStore;

/**
 * {@link TrendJournal}'s gemcitabine + docetaxel course (cycles from 4 Oct, 25 Oct and 15 Nov 2026) with blood counts:
 * the day before each cycle and on day 11 of cycles 1 and 2, neutrophils mostly in ×10⁹/L but one draw in /µL with
 * the lab's range kept (1600 /µL, below 2000–7500), and the team's level "neutrophils at least 1.5 ×10⁹/L".
 */
public final class LabTrendJournal {

    /** Neutrophils in ×10⁹/L, in draw order, as the chart draws them. */
    public static final List<Double> NEUTROPHILS = List.of(4.2, 0.9, 1.6, 1.1, 2.1);
    /** The draw whose neutrophils were entered as 1600 /µL with the lab's range 2000–7500 /µL. */
    public static final LocalDateTime PER_MICROLITRE = LocalDateTime.of(2026, 10, 24, 9, 10);

    private LabTrendJournal() {
    }

    public static void fill(JournalStore store) {
        TrendJournal.fill(store);
        save(store, "2026-10-03T09:10", count("4.2"), platelets("250"));
        save(store, "2026-10-14T09:10", count("0.9"), platelets("95"));
        save(store, PER_MICROLITRE.toString(), new LabResult("neutrophils", "1600", "/uL",
                Optional.of(new BigDecimal("2000")), Optional.of(new BigDecimal("7500"))), platelets("180"));
        save(store, "2026-11-04T09:10", count("1.1"), platelets("120"));
        save(store, "2026-11-14T09:10", count("2.1"), platelets("210"));
        store.bloodTests().setLevel(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"),
                "10*9/L"));
    }

    private static LabResult count(String value) {
        return LabResult.number("neutrophils", value, "10*9/L");
    }

    private static LabResult platelets(String value) {
        return LabResult.number("platelets", value, "10*9/L");
    }

    private static void save(JournalStore store, String at, LabResult... results) {
        store.bloodTests().save(new BloodTest(0, LocalDateTime.parse(at), "", List.of(results)));
    }
}
