package org.leiojournal.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * The whole text of a choice box or a text field, wrapped under it, while the control is too narrow and cuts it (a
 * template's long name in the course list's column at 1024×600; a heart-scan check's sentence in the course form at
 * 1366×768): the user reads it in full. It takes no room while the control shows the text whole. Neither control's
 * own text can wrap (a text area would take Tab and Enter from the keyboard user).
 */
public final class FullText {

    private FullText() {
    }

    /** A wrapped hint that follows {@code box}'s shown text and shows only while the box cuts it to "…". */
    public static Label under(ChoiceBox<?> box, String id) {
        Label full = hidden(id);
        box.skinProperty().addListener((o, old, skin) -> {
            if (box.lookup(".label") instanceof Labeled shown) {
                Runnable follow = () -> show(full, shown.getText(), () -> shown.getWidth() + 0.5 < shown.prefWidth(-1));
                shown.widthProperty().addListener(w -> follow.run());
                shown.textProperty().addListener(t -> follow.run());
                follow.run();
            }
        });
        return full;
    }

    /** A wrapped hint that follows {@code field}'s text and shows only while the field is too narrow for it. */
    public static Label under(TextField field, String id) {
        Label full = hidden(id);
        Runnable follow = () -> show(full, field.getText(), () -> wider(field.getText(), field));
        field.widthProperty().addListener(w -> follow.run());
        field.textProperty().addListener(t -> follow.run());
        field.fontProperty().addListener(f -> follow.run());
        follow.run();
        return full;
    }

    /**
     * {@code field}'s hint ("Type a question and press Enter"), wrapped under it instead of in it while the field is
     * too narrow to show it whole (large text in a small window): inside the field it was cut mid-word. The field
     * shows it itself again once it is wide enough.
     */
    public static Label promptUnder(TextField field, String id) {
        String prompt = field.getPromptText();
        Label full = hidden(id);
        full.setText(prompt);
        Runnable follow = () -> {
            boolean cut = wider(prompt, field);
            field.setPromptText(cut ? "" : prompt);
            full.setVisible(cut);
        };
        field.widthProperty().addListener(w -> follow.run());
        field.fontProperty().addListener(f -> follow.run());
        follow.run();
        return full;
    }

    /** True when {@code text} in {@code field}'s font is wider than the room inside the field (once laid out). */
    private static boolean wider(String text, TextField field) {
        Text measured = new Text(text);
        measured.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return room > 0 && measured.getLayoutBounds().getWidth() > room + 0.5;
    }

    private static Label hidden(String id) {
        Label full = Forms.hint("");
        full.setId(id);
        full.setVisible(false);
        full.managedProperty().bind(full.visibleProperty());
        return full;
    }

    private static void show(Label full, String text, BooleanSupplier cut) {
        full.setText(text);
        full.setVisible(text != null && !text.isEmpty() && cut.getAsBoolean());
    }
}
