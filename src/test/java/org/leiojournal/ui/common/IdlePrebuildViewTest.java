package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 21: the screens built at idle come one at a time, hidden, in their order; the next is begun only once the
 * last is complete (its parts built, nothing loading); a key press means nothing new is begun until the window has
 * been idle again; a screen already opened is not built again; nothing is begun while the window lays something out.
 */
@Tag("ui")
class IdlePrebuildViewTest extends IdleWindowTest {

    private static final Duration IDLE = Duration.seconds(5);
    private static final Duration BETWEEN = Duration.millis(10);

    private final HandPauses pauses = new HandPauses();
    private final List<Screen> built = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    /** Screens the user opened before the prebuild came to them. */
    private Set<Screen> opened = Set.of();
    /** The next screen built still has a part to build (a placeholder of {@link PartsAfterFrame}). */
    private boolean withAPartLeft;
    /** The next screen built still reads its data: a "Loading…" line shown and a table still reading more rows. */
    private boolean withItsDataComing;
    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty loadingMore =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private IdlePrebuild prebuild;
    private final List<Screen> setAside = new ArrayList<>();

    @AfterEach
    void stopIt() {
        if (prebuild != null) {
            interact(prebuild::stop);
        }
    }

    private void startWith(List<Screen> order) {
        prebuild = new IdlePrebuild(scene, new IdlePrebuild.Screens() {
            @Override
            public boolean isBuilt(Screen screen) {
                return built.contains(screen) || opened.contains(screen);
            }

            @Override
            public Node buildHidden(Screen screen) {
                StackPane made = new StackPane(new Label(screen.name()));
                if (withAPartLeft) {
                    made.getChildren().add(PartsAfterFrame.placeholder());
                }
                if (withItsDataComing) {
                    Label saying = new Label("Loading…");
                    saying.getStyleClass().add(Loading.STYLE_CLASS);
                    saying.visibleProperty().bind(loading);
                    javafx.scene.control.TableView<String> table = new javafx.scene.control.TableView<>();
                    Loading.markMore(table, loadingMore);
                    made.getChildren().addAll(saying, table);
                }
                made.setVisible(false);
                made.setManaged(false);
                root.getChildren().add(made);
                built.add(screen);
                nodes.add(made);
                return made;
            }

            @Override
            public void setAside(Screen screen) {
                root.getChildren().remove(nodes.get(built.indexOf(screen)));
                setAside.add(screen);
            }
        }, order, IDLE, BETWEEN, pauses);
        interact(prebuild::start);
    }

    /** Ends the pauses running, then lets the frames that follow run. */
    private void endPauses() {
        interact(pauses::endAll);
        FxSettle.settle();
    }

    @Test
    void leftAloneItBuildsTheScreensInTheirOrderOneAtATimeHidden() {
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        assertEquals(IDLE, pauses.last(), "first the window is left alone a moment");
        assertEquals(List.of(), built);

        endPauses();
        assertEquals(List.of(Screen.TREATMENT), built, "one screen");
        assertEquals(BETWEEN, pauses.last(), "complete, the next after a short pause");
        endPauses();
        assertEquals(List.of(Screen.TREATMENT, Screen.SETTINGS), built);
        endPauses();
        assertTrue(prebuild.isFinished());
        assertEquals(0, pauses.running());
        assertTrue(nodes.stream().noneMatch(Node::isVisible), "all hidden");
    }

    @Test
    void aKeyPressedMeansNothingNewIsBegunUntilTheWindowHasBeenIdleAgain() {
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        endPauses();
        assertEquals(BETWEEN, pauses.last());
        type(KeyCode.SHIFT);
        assertEquals(1, pauses.running(), "the short pause cancelled, the idle pause begun again");
        assertEquals(IDLE, pauses.last());
        assertEquals(List.of(Screen.TREATMENT), built, "nothing begun meanwhile");
        assertFalse(prebuild.isFinished(), "paused, not stopped");

        endPauses();
        assertEquals(List.of(Screen.TREATMENT, Screen.SETTINGS), built, "left alone again, it goes on");
    }

    @Test
    void aScreenStillBuildingItsPartsHoldsTheNextBackAndAKeyMeanwhileMeansTheIdlePauseAfterIt() {
        withAPartLeft = true;
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        endPauses();
        assertEquals(List.of(Screen.TREATMENT), built);
        assertEquals(0, pauses.running(), "waiting for the screen's part, no pause running");
        type(KeyCode.SHIFT);
        assertEquals(0, pauses.running(), "the screen finishes its own frames first");

        interact(() -> ((StackPane) nodes.get(0)).getChildren().removeIf(n -> n.getStyleClass()
                .contains(PartsAfterFrame.PLACEHOLDER))); // its part built
        FxSettle.settle();
        assertEquals(1, pauses.running());
        assertEquals(IDLE, pauses.last(), "a key came while it was built: the idle pause before the next");
        assertEquals(List.of(Screen.TREATMENT), built);
    }

    /** Its data still coming holds the next screen back as its parts do: "Loading…" shown, then older rows. */
    @Test
    void aScreenStillReadingItsDataHoldsTheNextBack() {
        withItsDataComing = true;
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        endPauses();
        assertEquals(List.of(Screen.TREATMENT), built);
        assertEquals(0, pauses.running(), "\"Loading…\" shown: waiting for its data, no pause running");

        interact(() -> loading.set(false)); // its first rows in
        FxSettle.settle();
        assertEquals(0, pauses.running(), "its table still reading more rows");

        interact(() -> loadingMore.set(false)); // all in
        FxSettle.settle();
        assertEquals(BETWEEN, pauses.last(), "complete, the next after a short pause");
        endPauses();
        assertEquals(List.of(Screen.TREATMENT, Screen.SETTINGS), built);
    }

    @Test
    void aScreenTheUserOpensWhileAnotherIsHalfBuiltComesFirstTheOtherSetAsideTillIdle() {
        withAPartLeft = true;
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        endPauses();
        assertEquals(List.of(Screen.TREATMENT), built);
        interact(() -> prebuild.opened(Screen.GUIDANCE)); // a link, with no key or click in the window
        assertEquals(List.of(Screen.TREATMENT), setAside, "out of the window: its parts wait");
        assertEquals(IDLE, pauses.last(), "nothing new until idle again");
        assertEquals(1, pauses.running());

        interact(() -> prebuild.opened(Screen.SETTINGS));
        assertEquals(List.of(Screen.TREATMENT), setAside, "nothing else half built");
    }

    @Test
    void aScreenTheUserOpensWhileItIsHalfBuiltIsNotSetAside() {
        withAPartLeft = true;
        startWith(List.of(Screen.TREATMENT));
        endPauses();
        interact(() -> prebuild.opened(Screen.TREATMENT));
        assertEquals(List.of(), setAside);
    }

    @Test
    void aScreenTheUserOpenedFirstIsNotBuiltAgain() {
        opened = Set.of(Screen.TREATMENT);
        startWith(List.of(Screen.TREATMENT, Screen.SETTINGS));
        endPauses();
        assertEquals(List.of(Screen.SETTINGS), built);
    }

    @Test
    void nothingIsBegunWhileTheWindowHasSomethingToLayOut() {
        startWith(List.of(Screen.TREATMENT));
        interact(() -> {
            root.getChildren().add(new Label("a screen the user opened, being built"));
            pauses.endAll();
        });
        assertEquals(List.of(), built, "that screen first");
        assertEquals(BETWEEN, pauses.last(), "tried again a moment later");
        FxSettle.settle();
        endPauses();
        assertEquals(List.of(Screen.TREATMENT), built);
    }
}
