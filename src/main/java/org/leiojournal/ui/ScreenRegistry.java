package org.leiojournal.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Loading;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Mnemonics;
import org.leiojournal.ui.common.Screen;

/**
 * How to build each screen, and the screens built so far. A screen is built on its first visit only (Today before
 * the window first shows); each screen's view model then reads its data on the journal's worker and says
 * "Loading…" until it is back. Also holds what each screen focuses and refreshes whenever it is shown.
 */
final class ScreenRegistry {

    private final Map<Screen, Supplier<Node>> makers = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, Runnable> focus = new EnumMap<>(Screen.class);
    private final Map<Screen, Runnable> onShow = new EnumMap<>(Screen.class);
    private final Set<Screen> loadingFirst = EnumSet.noneOf(Screen.class);

    /** How to build {@code screen} on its first visit. */
    void add(Screen screen, Supplier<Node> maker) {
        makers.put(screen, maker);
    }

    /**
     * {@code screen}'s build and first frame take too long to answer a key press: its first visit draws its title and
     * "Loading…" in a frame of their own first. The other screens answer with their own first frame, which shows
     * their own placeholders: a frame of "Loading…" before it cost them a frame and its painting (issue 21).
     */
    void loadingFirst(Screen screen) {
        loadingFirst.add(screen);
    }

    boolean drawsLoadingFirst(Screen screen) {
        return loadingFirst.contains(screen);
    }

    /** What gets the keyboard focus each time {@code screen} is shown (set by its maker once it has the nodes). */
    void focusWith(Screen screen, Runnable focusFirst) {
        focus.put(screen, focusFirst);
    }

    /** What {@code screen} brings up to date each time it is shown, after it is in the window. */
    void refreshOnShow(Screen screen, Runnable refresh) {
        onShow.put(screen, refresh);
    }

    boolean isBuilt(Screen screen) {
        return built.containsKey(screen);
    }

    /** The screen, built now if this is its first visit. */
    Node screen(Screen screen) {
        return built.computeIfAbsent(screen, s -> {
            Node made = makers.get(s).get();
            if (made instanceof Parent parent) {
                Mnemonics.keepWorking(parent); // Alt+letter keeps working after the screen comes back (D3)
            }
            return made;
        });
    }

    Runnable focus(Screen screen) {
        return focus.getOrDefault(screen, () -> { });
    }

    /** Call once {@code screen} is in the window. */
    void shown(Screen screen) {
        onShow.getOrDefault(screen, () -> { }).run();
    }

    /** What a screen's first visit shows while it is built: its title where the title goes, and "Loading…". */
    static Node loading(Screen screen, Messages messages) {
        Label title = new Label(messages.get(screen.messageKey()));
        title.getStyleClass().add("screen-title");
        Label loading = new Label(messages.get("screen.loading"));
        loading.setId("screen-loading");
        loading.getStyleClass().add(Loading.STYLE_CLASS);
        VBox placeholder = new VBox(10, title, loading);
        placeholder.getStyleClass().add("screen");
        return placeholder;
    }
}
