package org.leiojournal.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leiojournal.settings.Appearance;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.ui.common.TextScale;

/**
 * The text size and theme of the window and of every dialog it opens. The text size is the root font size, so every
 * size in em follows it; a theme is a stylesheet that sets colour tokens only. Each change is saved at once in
 * settings.json, beside the window's size.
 */
public final class Look {

    static final String STYLESHEET = "/org/leiojournal/css/leio.css";

    private final ObjectProperty<Appearance> appearance = new SimpleObjectProperty<>();

    private Look(Scene scene, Appearance saved, SettingsStore settings) {
        scene.getProperties().put(Look.class, this);
        appearance.set(saved);
        appearance.addListener((o, old, now) -> {
            applyTo(scene);
            settings.save(now);
        });
        applyTo(scene);
    }

    /** The look saved in {@code settings} on {@code scene}, with Ctrl+plus, Ctrl+minus and Ctrl+0 for the text size. */
    public static Look install(Scene scene, SettingsStore settings) {
        Look look = new Look(scene, settings.loadAppearance(), settings);
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        for (KeyCode larger : List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD)) {
            scene.getAccelerators().put(new KeyCodeCombination(larger, ctrl), look::larger);
        }
        // Ctrl+plus is typed Ctrl+Shift+= on many keyboards
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_DOWN),
                look::larger);
        for (KeyCode smaller : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(new KeyCodeCombination(smaller, ctrl), look::smaller);
        }
        for (KeyCode usual : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            scene.getAccelerators().put(new KeyCodeCombination(usual, ctrl), look::usual);
        }
        followedByDialogs();
        return look;
    }

    public ObjectProperty<Appearance> appearanceProperty() {
        return appearance;
    }

    public void larger() {
        appearance.set(appearance.get().larger());
    }

    public void smaller() {
        appearance.set(appearance.get().smaller());
    }

    public void usual() {
        appearance.set(appearance.get().withTextSize(100));
    }

    private void applyTo(Scene target) {
        Appearance now = appearance.get();
        Parent root = target.getRoot();
        target.getProperties().put(TextScale.KEY, now.textSize() / 100.0);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;",
                TextScale.BASE_FONT_PX * now.textSize() / 100));
        List<String> sheets = List.of(url(STYLESHEET), url("/org/leiojournal/css/theme-" + now.theme() + ".css"));
        if (!target.getStylesheets().equals(sheets)) {
            target.getStylesheets().setAll(sheets);
        }
    }

    private static String url(String resource) {
        return Look.class.getResource(resource).toExternalForm();
    }

    /** Once per application: a dialog opened over a window with a look takes that look when it is shown. */
    private static boolean following;

    private static void followedByDialogs() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && stage.getOwner() != null && added.getScene() != null
                            && stage.getOwner().getScene() != null
                            && stage.getOwner().getScene().getProperties().get(Look.class) instanceof Look look) {
                        look.applyTo(added.getScene());
                        // its size was worked out before it took the larger text: work it out again
                        added.getScene().getRoot().applyCss();
                        added.getScene().getRoot().lookupAll(".button-bar").forEach(Look::resizeButtons);
                        stage.sizeToScene();
                    }
                }
            }
        });
    }

    /** A button bar sizes its buttons once, at the font of that moment: let them take their size at this one. */
    private static void resizeButtons(javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.ButtonBar bar) {
            for (javafx.scene.Node button : bar.getButtons()) {
                if (button instanceof javafx.scene.layout.Region region) {
                    region.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                    region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }
        }
    }
}
