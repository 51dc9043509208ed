package org.leiojournal.ui.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.guidance.GuidanceCategory;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Messages;

/** The Guidance screen's state without the toolkit: live search, grouping by category, and opening by id. */
class GuidanceViewModelTest {

    private final GuidanceViewModel model = new GuidanceViewModel(GuidanceCatalog.bundled(), new Messages(Locale.UK));

    @Test
    void startsWithEveryPanelGroupedByCategoryAndTheFirstShown() {
        List<GuidancePanel> panels = model.panels();
        assertEquals(model.library().all().size(), panels.size());
        for (int i = 1; i < panels.size(); i++) {
            assertTrue(panels.get(i - 1).category().compareTo(panels.get(i).category()) <= 0,
                    panels.get(i).id() + " is listed with its category");
        }
        assertEquals(GuidanceCategory.ABOUT_LMS, model.selectedProperty().get().category());
    }

    @Test
    void typingFiltersTheListAndShowsThePageWhoseTitleMatches() {
        model.queryProperty().set("numb");
        assertTrue(ids().contains("numbness-tingling"));
        assertTrue(ids().contains("docetaxel"), "a page that mentions numbness is found too");
        assertFalse(ids().contains("about-lms"));
        assertEquals("numbness-tingling", model.selectedProperty().get().id(),
                "the page shown belongs to the search, the one titled with the word first");
    }

    @Test
    void aSearchThatFindsNothingShowsNoPageAndShowAllBringsBackThePageBeingRead() {
        model.queryProperty().set("docetaxel");
        model.select(model.library().find("docetaxel").orElseThrow());
        model.queryProperty().set("docetaxel zebra");
        assertEquals(List.of(), ids());
        assertNull(model.selectedProperty().get(), "nothing found: no page unrelated to the search is shown");

        model.showAll();
        assertEquals("", model.queryProperty().get());
        assertEquals(model.library().all().size(), ids().size());
        assertEquals("docetaxel", model.selectedProperty().get().id(), "back to the page read before");
    }

    @Test
    void narrowingTheSearchKeepsThePageTheUserIsReadingWhileItStillMatches() {
        model.queryProperty().set("docetaxel");
        model.select(model.library().find("docetaxel").orElseThrow());
        model.queryProperty().set("docetaxel numb");
        assertEquals("docetaxel", model.selectedProperty().get().id());
    }

    @Test
    void showingAPanelHiddenByTheSearchClearsTheSearch() {
        model.queryProperty().set("numb");
        assertFalse(ids().contains("about-lms"));
        assertTrue(model.show("about-lms"));
        assertEquals("", model.queryProperty().get());
        assertEquals("about-lms", model.selectedProperty().get().id());
        assertTrue(ids().contains("about-lms"));
    }

    @Test
    void showingAPanelTheSearchAlreadyListsKeepsTheSearch() {
        model.queryProperty().set("numb");
        assertTrue(model.show("docetaxel"));
        assertEquals("numb", model.queryProperty().get());
        assertEquals("docetaxel", model.selectedProperty().get().id());
    }

    @Test
    void anUnknownIdChangesNothing() {
        GuidancePanel before = model.selectedProperty().get();
        assertFalse(model.show("no-such-page"));
        assertEquals(before, model.selectedProperty().get());
    }

    @Test
    void everyCategoryHasAName() {
        for (GuidanceCategory category : GuidanceCategory.values()) {
            assertFalse(model.categoryName(category).startsWith("guidance."), category.name());
        }
    }

    private List<String> ids() {
        return model.panels().stream().map(GuidancePanel::id).toList();
    }
}
