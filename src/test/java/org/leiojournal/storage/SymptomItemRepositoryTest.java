package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;

class SymptomItemRepositoryTest {

    @TempDir
    Path folder;

    private JournalStore store;
    private SymptomItemRepository items;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        items = store.items();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void customItemsComeAfterTheEsasTenAndTheTwoBuiltInCounts() {
        SymptomItem sores = items.add("  Mouth sores ", ItemKind.SCORE);
        SymptomItem swelling = items.add("Swollen ankles", ItemKind.COUNT);

        List<SymptomItem> all = items.all();
        assertEquals(14, all.size());
        assertEquals(List.of(sores, swelling), all.subList(12, 14));
        assertEquals("Mouth sores", sores.name());
        assertEquals(ItemKind.COUNT, all.get(13).kind());
        assertTrue(all.subList(0, 10).stream().allMatch(SymptomItem::isEsas));
        assertEquals(List.of(SymptomItem.LOOSE_STOOLS, SymptomItem.VOMITING),
                all.subList(10, 12).stream().map(SymptomItem::code).toList());
        assertEquals(List.of("Loose stools (times in 24 hours)", "Vomiting (times in 24 hours)"),
                all.subList(10, 12).stream().map(SymptomItem::displayName).toList());
        assertTrue(all.subList(10, 12).stream().allMatch(i -> i.kind() == ItemKind.COUNT && i.isBuiltIn()));
    }

    @Test
    void aBuiltInCountCanBeRetiredAndAskedAgain() {
        SymptomItem vomiting = items.all().get(11);
        items.update(vomiting.withRetired(true));
        assertTrue(items.all().get(11).retired());
        items.update(vomiting);
        assertEquals(vomiting, items.all().get(11));
    }

    @Test
    void renameAndRetireAreSaved() {
        SymptomItem sores = items.add("Mouth sores", ItemKind.SCORE);
        items.update(sores.renamed("Mouth ulcers").withRetired(true));

        SymptomItem found = items.all().get(12);
        assertEquals("Mouth ulcers", found.displayName());
        assertTrue(found.retired());
        assertEquals(sores.id(), found.id());
    }

    @Test
    void retiredItemKeepsItsHistory() {
        SymptomItem sores = items.add("Mouth sores", ItemKind.SCORE);
        CheckIn saved = store.checkIns().save(new CheckIn(0, CheckIn.newUid(),
                java.time.ZonedDateTime.parse("2026-03-01T09:00:00Z[UTC]"), Recorder.PATIENT,
                Map.of(sores.id(), 6), "", null, null, ""));

        items.update(sores.withRetired(true));

        assertTrue(items.all().contains(sores.withRetired(true)), "retired items are still listed");
        assertEquals(6, store.checkIns().find(saved.id()).orElseThrow().answers().get(sores.id()));
    }
}
