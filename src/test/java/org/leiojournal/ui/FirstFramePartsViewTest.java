package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 21: a screen's first frame has what the top of it shows, and the rest comes a part or two per frame right
 * after, each in its place, so the window never freezes for the whole screen at once: Settings' first frame has the
 * profile card, then its emergency details with the look card, then the rest in three frames; Appointments' first
 * frame has the header, the tabs and the New button, the list comes next and the form after it; Guidance's has the search and the list, and the page comes next.
 */
class FirstFramePartsViewTest extends JournalUiTest {

    /** One field of each card, in the order Tab reaches them once the screen is complete. */
    private static final List<String> CARDS = List.of("#profile-name", "#profile-emergency", "#contacts-list",
            "#backup-last", "#lock-turn-on", "#look-text-size", "#items-list", "#data-path");

    @Test
    void settingsFirstFrameHasTheProfileCardAndEveryCardIsThereOnceTheScreenSettlesInItsPlace() throws Exception {
        completeWelcome();
        List<String> inFirstFrame = inFirstFrame(KeyCode.DIGIT7, "#settings-view", CARDS);
        assertEquals(List.of("#profile-name"), inFirstFrame, "the first frame has the profile card only");

        partsBuilt();
        List<String> all = CARDS.stream().filter(id -> lookup(id).tryQuery().isPresent()).toList();
        assertEquals(CARDS, all, "every card, none lost");
        assertEquals(CARDS, inTraversalOrder(), "each card in its place: the profile's column first, top down");
    }

    /**
     * Eleventh session: the cards after the profile came in five frames, not seven (each frame costs its pulse and
     * the window's render too). Thirteenth: in four, the care team with the backup and lock cards (the left column
     * below the profile), since the hints are no longer measured again in every frame; none heavier than the
     * profile's frame.
     */
    @Test
    void settingsCardsAfterTheProfileComeInFourFramesTheLeftColumnsRestInOne() throws Exception {
        completeWelcome();
        assertEquals(List.of(List.of("#profile-name"), List.of("#profile-emergency", "#look-text-size"),
                List.of("#items-list"), List.of("#contacts-list", "#backup-last", "#lock-turn-on"),
                List.of("#data-path")), cardsFrameByFrame(KeyCode.DIGIT7, "#settings-view"));
    }

    @Test
    void appointmentsFirstFrameHasTheNewButtonThenTheListAndTheFormReadyForANewAppointment() throws Exception {
        completeWelcome();
        List<String> parts = List.of("#appointment-new", "#upcoming-list", "#appointment-kind", "#appointment-zone",
                "#appointment-save");
        assertEquals(List.of("#appointment-new"), inFirstFrame(KeyCode.DIGIT5, "#appointments-view", parts),
                "twelfth session: the list a frame after the header, the tabs and New");
        partsBuilt();
        assertEquals(parts, parts.stream().filter(id -> lookup(id).tryQuery().isPresent()).toList());
        assertTrue(lookup("#upcoming-list").query().isFocused(), "the list has the keyboard, as before");

        clickOn("#appointment-new");
        assertTrue(lookup("#appointment-kind").query().isFocused(), "New puts the cursor in the form's first field");
    }

    @Test
    void guidanceFirstFrameHasTheSearchAndTheListAndThePageComesNextWithTheKeyboardInTheSearch() throws Exception {
        completeWelcome();
        List<String> parts = List.of("#guidance-search", "#guidance-list", "#guidance-panel-title");
        assertEquals(List.of("#guidance-search", "#guidance-list"),
                inFirstFrame(KeyCode.DIGIT6, "#guidance-view", parts));
        partsBuilt();
        assertEquals(parts, parts.stream().filter(id -> lookup(id).tryQuery().isPresent()).toList());
        assertTrue(lookup("#guidance-search").query().isFocused(), "the cursor is in the search, as before");
    }

    /**
     * Moved from FirstVisitLoadingViewTest, which now mounts the Journal and Trends alone: the "Loading…" frame is the
     * shell's, between the key press and the first build of a screen slow to build (Trends: issue 21).
     */
    @Test
    void aSlowScreensFirstVisitAnswersTheKeyAtOnceWithItsTitleAndLoadingThenTheScreen() throws Exception {
        completeWelcome();
        List<Node> shown = firstVisitShows(KeyCode.DIGIT3, "#trends-view");

        assertEquals(2, shown.size(), "the placeholder, then the screen: " + shown);
        javafx.scene.control.Label loading = (javafx.scene.control.Label) shown.get(0).lookup("#screen-loading");
        assertEquals("Loading…", loading.getText());
        assertEquals("Trends", ((javafx.scene.control.Label) shown.get(0).lookup(".screen-title")).getText());
        assertEquals("trends-view", shown.get(1).getId());
        assertTrue(lookup("#screen-loading").tryQuery().isEmpty(), "gone once the screen is built");

        shown.clear();
        shortcut(KeyCode.DIGIT1);
        shortcut(KeyCode.DIGIT3);
        assertEquals("trends-view", shown.get(shown.size() - 1).getId(), "built once: no placeholder again");
        assertEquals(2, shown.size());
    }

    /**
     * Eighteenth session: a screen built in parts answers the key press with its own first frame (its title and its
     * own placeholders): a "Loading…" frame before it cost every first visit a frame and its painting (issue 21).
     */
    @Test
    void aScreenBuiltInPartsAnswersTheKeyWithItsOwnFirstFrame() throws Exception {
        completeWelcome();
        assertEquals(List.of("treatment-view"), firstVisitShows(KeyCode.DIGIT4, "#treatment-view").stream()
                .map(Node::getId).toList(), "the screen itself, no \"Loading…\" frame before it");
    }

    /** What the window's content shows, in turn, from Ctrl+key (in the app's way) until {@code view} is built. */
    private List<Node> firstVisitShows(KeyCode key, String view) throws Exception {
        interact(window::showLoadingFirst); // as the app does
        javafx.scene.layout.Pane content = (javafx.scene.layout.Pane) lookup("#today-view").query().getParent();
        List<Node> shown = new ArrayList<>();
        interact(() -> content.getChildren().addListener(
                (javafx.collections.ListChangeListener<Node>) c -> shown.add(content.getChildren().get(0))));

        shortcut(key);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(view).tryQuery().isPresent());
        FxSettle.settle();
        return shown;
    }

    /** Presses Ctrl+key and returns which of {@code ids} are in the first frame laid out with {@code view}. */
    private List<String> inFirstFrame(KeyCode key, String view, List<String> ids) throws Exception {
        Scene scene = stage.getScene();
        CompletableFuture<List<String>> firstFrame = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.lookup(view) != null) {
                    scene.removePostLayoutPulseListener(this);
                    firstFrame.complete(ids.stream().filter(id -> scene.lookup(id) != null).toList());
                }
            }
        }));
        push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        return firstFrame.get(60, TimeUnit.SECONDS);
    }

    /** Presses Ctrl+key and returns, for each frame that brought some of the {@link #CARDS}, the ones it brought. */
    private List<List<String>> cardsFrameByFrame(KeyCode key, String view) throws Exception {
        Scene scene = stage.getScene();
        List<List<String>> frames = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        CompletableFuture<List<List<String>>> all = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.lookup(view) == null) {
                    return;
                }
                List<String> added = CARDS.stream().filter(id -> !seen.contains(id) && scene.lookup(id) != null)
                        .toList();
                if (!added.isEmpty()) {
                    frames.add(added);
                    seen.addAll(added);
                }
                if (seen.size() == CARDS.size()) {
                    scene.removePostLayoutPulseListener(this);
                    all.complete(frames);
                }
            }
        }));
        push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        return all.get(60, TimeUnit.SECONDS);
    }

    /** The cards' fields in the order they stand in the scene graph, which is the order Tab follows. */
    private List<String> inTraversalOrder() {
        List<String> order = new ArrayList<>();
        walk(lookup("#settings-view").query(), order);
        return order;
    }

    private void walk(Node node, List<String> order) {
        if (node.getId() != null && CARDS.contains("#" + node.getId())) {
            order.add("#" + node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, order));
        }
    }
}
