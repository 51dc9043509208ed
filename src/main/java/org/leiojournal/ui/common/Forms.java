package org.leiojournal.ui.common;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The few building blocks every screen shares: cards, labelled rows, buttons with stable ids, a row of buttons, a
 * page that scrolls. Fields bound to a view model, with their problem under them, are in {@link FormFields}.
 */
public final class Forms {

    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        return grid;
    }

    /** A label tied to its field, so screen readers announce it and a click focuses the field. */
    public static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true); // "_Temperature": Alt+T jumps to the field
        label.setLabelFor(target);
        label.getStyleClass().add(Style.FORM_LABEL);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        return label;
    }

    public static VBox card(String title, Node... content) {
        VBox card = new VBox(10, cardTitle(title));
        card.getChildren().addAll(content);
        card.getStyleClass().add(Style.CARD);
        return card;
    }

    /** A card's title, as {@link #card} puts it at the top: at large text it wraps rather than ending in "…". */
    public static Label cardTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Style.CARD_TITLE);
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return title;
    }

    /**
     * A field with its name above it and {@code content} (the field, with its unit or its problem under it) below:
     * a column that {@link #wrapping} keeps whole. {@code label} is tied to {@code target} as {@link #label} ties it.
     */
    public static VBox labelledAbove(String label, Node target, Node content) {
        return new VBox(4, label(label, target), content);
    }

    /**
     * A button lined up with the fields of {@link #labelledAbove} columns beside it: under an empty line where their
     * names are.
     */
    public static VBox besideLabelledFields(Node button) {
        Label noName = new Label("");
        noName.getStyleClass().add(Style.FORM_LABEL);
        return new VBox(4, noName, button);
    }

    /**
     * Columns side by side, each at the width it needs, lined up at the top; when the width runs out the next column
     * goes onto a new line whole, so no field is squeezed to a sliver (a dose at 200 % text).
     */
    public static FlowPane wrapping(Node... columns) {
        FlowPane flow = new FlowPane(12, 8, columns);
        flow.setRowValignment(javafx.geometry.VPos.TOP);
        return flow;
    }

    /** The heading of a part of a card or screen (a group of fields, a day, a list). */
    public static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Style.SECTION_TITLE);
        return title;
    }

    public static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // buttons keep their words ("Save ch…", D11)
        return button;
    }

    /**
     * Puts the cursor in the field {@code id} inside {@code within} once it is laid out: after a button that adds a
     * line, the user types into that line next. Not at once: the new line may not be in the scene yet, and the
     * pressed button (Alt+A, a click) would keep the focus.
     */
    public static void focusWhenLaidOut(javafx.scene.Parent within, String id) {
        if (within.getScene() != null) {
            AfterFrame.afterLayout(within.getScene(), () -> {
                Node field = within.lookup("#" + id);
                if (field != null) {
                    field.requestFocus();
                }
            });
        }
    }

    /** The button that does what the form is for (Save, Add): drawn as the primary one. */
    public static Button primary(String id, String text, Runnable action) {
        Button button = button(id, text, action);
        button.getStyleClass().add(Style.PRIMARY);
        return button;
    }

    /**
     * Buttons side by side, in the order given, lined up with the text beside them; on more lines when the row runs
     * out of width (large text, a small window), rather than past the card's edge.
     */
    public static WrappingRow buttons(Node... buttons) {
        return new WrappingRow(buttons);
    }

    /** {@code content} in a plain scroll pane as wide as the screen: it scrolls up and down, never sideways. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Style.PLAIN_SCROLL);
        return scroll;
    }

    /** A tick box that shows and sets {@code value}. */
    public static CheckBox checkBox(String id, String text, Property<Boolean> value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /**
     * One choice; {@code value} is what choosing it means (its user data). {@link #bindChoice(Property,
     * RadioButton...)} puts the choices of one property in a group.
     */
    public static RadioButton radio(String id, String text, Object value) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setUserData(value);
        radio.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a choice keeps its words, never "…"
        return radio;
    }

    /** The choices of one {@code value}, in a group of their own, kept the same as it both ways. */
    public static <T> void bindChoice(Property<T> value, RadioButton... choices) {
        ToggleGroup group = new ToggleGroup();
        for (RadioButton choice : choices) {
            choice.setToggleGroup(group);
        }
        bindChoice(group, value);
    }

    /**
     * Keeps the choice of {@code group} and {@code value} the same, both ways: each toggle's user data is the value it
     * stands for (as {@link #radio} sets it).
     */
    public static <T> void bindChoice(ToggleGroup group, Property<T> value) {
        Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(),
                value.getValue())));
        value.addListener(o -> sync.run());
        group.selectedToggleProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                @SuppressWarnings("unchecked")
                T meant = (T) chosen.getUserData();
                value.setValue(meant);
            }
        });
        sync.run();
    }

    /** Shows {@code node} only while {@code shown} is true; hidden, it takes no room. */
    public static void shownWhile(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    public static Label hint(String text) {
        Label label = new WrappingLabel(text);
        label.getStyleClass().add(Style.HINT);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto more lines rather than "…"
        return label;
    }

    /** What the last action of a card did ("Backed up to …"), in grey: it takes no room while it says nothing. */
    public static Label outcome(String id, ObservableStringValue text) {
        Label label = hint("");
        label.setId(id);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** Buttons that cannot be pressed while {@code busy}: the card's work is running on the worker. */
    public static void offWhile(ObservableBooleanValue busy, Node... buttons) {
        for (Node button : buttons) {
            button.disableProperty().bind(busy);
        }
    }

    /**
     * A small spinner at the end of {@code row}, shown while {@code busy}, named for screen readers by what is being
     * done. It is made the first time the card is busy: a hidden spinner was still skinned and styled with its
     * card, its segments and animation, in a frame the user waits for (Settings' first visit, issue 21).
     */
    public static void busyIn(Pane row, String id, String doing, ObservableBooleanValue busy) {
        FirstTime.whenTrue(busy, () -> {
            ProgressIndicator progress = new ProgressIndicator();
            progress.setId(id);
            progress.setPrefSize(24, 24);
            progress.visibleProperty().bind(busy);
            progress.setAccessibleText(doing);
            row.getChildren().add(progress);
        });
    }
}
