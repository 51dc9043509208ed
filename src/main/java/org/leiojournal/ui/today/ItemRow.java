package org.leiojournal.ui.today;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.ScoreScale;

/**
 * One symptom on the check-in: its name and meaning, a text field for the keyboard (Tab, type, Tab; arrows step;
 * empty = unanswered) and, for scores, a 0–10 scale for the mouse ({@link ScoreScale}), with the form's anchors
 * under it.
 */
final class ItemRow extends VBox {

    private final TextField field = new TextField();
    private final HBox line = new HBox(10);
    private final HBox answer = new HBox(10);
    /** The field above the scale, when even the two side by side under the name are too wide. */
    private final VBox answerColumn = new VBox(4);
    private final VBox stack = new VBox(4);
    private final VBox titleBox;
    private Region picker;
    private final Arrangement arrangement = new Arrangement(this::arrange);
    private final Arrangement answerArrangement = new Arrangement(this::arrangeAnswer);

    ItemRow(SymptomItem item, StringProperty value, StringProperty otherName, ObservableMap<FieldId, String> errors,
            FieldId errorField, Messages messages, Runnable onLeave) {
        getStyleClass().add("item-row");
        String id = "item-" + (item.code() != null ? item.code().replace('.', '-') : Long.toString(item.id()));
        setId(id + "-row");

        Label title = new Label(item.displayName());
        title.getStyleClass().add("item-title");
        title.setWrapText(true);
        title.setLabelFor(field);
        titleBox = new VBox(2, title);
        titleBox.getStyleClass().add("item-title-box");
        item.esas().map(EsasItem::definition).ifPresent(d -> titleBox.getChildren().add(small("(" + d + ")")));
        if (otherName != null) {
            TextField name = new TextField();
            name.setId("other-problem-name");
            name.setPromptText(messages.get("checkIn.otherProblem.prompt"));
            name.setAccessibleText(messages.get("checkIn.otherProblem.accessible"));
            name.textProperty().bindBidirectional(otherName);
            titleBox.getChildren().add(name);
        }

        field.setId(id);
        field.getStyleClass().add("item-field");
        field.setMinWidth(Region.USE_PREF_SIZE); // never narrower than the number and its hint
        field.setMaxWidth(Region.USE_PREF_SIZE); // nor wider: above the scale, the scale takes the column's width
        field.setPrefColumnCount(2);
        field.setPromptText("–");
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(accessibleText(item, messages));
        field.textProperty().addListener((obs, old, now) -> errors.remove(errorField));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                onLeave.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                step(item.kind(), value, e.getCode() == KeyCode.UP ? 1 : -1);
                e.consume();
            }
        });

        picker = item.kind() == ItemKind.SCORE ? scoreScale(item, value, messages, id) : countButtons(value, messages);
        line.setAlignment(Pos.CENTER_LEFT);
        answer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(picker, Priority.NEVER);
        getChildren().addAll(line, FieldErrors.errorLabel(id, errorField, errors, field));
        arrangement.fit(false);
    }

    /**
     * The name, the field and the 0–10 scale on one line when they fit; otherwise (large text, narrow column) the
     * field and scale go under the name, so all eleven choices show without a sideways scroll bar.
     */
    @Override
    protected void layoutChildren() {
        boolean below = getWidth() < oneLineWidth();
        arrangement.fit(below);
        if (below) {
            answerArrangement.fit(getWidth() < answerLineWidth());
        }
        super.layoutChildren();
    }

    private void arrange(boolean below) {
        if (below) {
            line.getChildren().clear();
            stack.getChildren().setAll(titleBox, answer);
            arrangeAnswer(answerArrangement.isNarrow());
            getChildren().set(0, stack);
        } else {
            answer.getChildren().clear();
            answerColumn.getChildren().clear();
            stack.getChildren().clear();
            line.getChildren().setAll(titleBox, field, picker);
            getChildren().set(0, line);
        }
    }

    /**
     * Under the name, the field beside the scale when both fit, else the field above the scale: at 200 % text in a
     * 1024×600 window the field and the eleven buttons side by side were wider than the check-in.
     */
    private void arrangeAnswer(boolean column) {
        if (!arrangement.isNarrow()) {
            return; // the answer stands on the name's line
        }
        if (column) {
            answer.getChildren().clear();
            answerColumn.getChildren().setAll(field, picker);
            stack.getChildren().set(1, answerColumn);
        } else {
            answerColumn.getChildren().clear();
            answer.getChildren().setAll(field, picker);
            stack.getChildren().set(1, answer);
        }
    }

    /** True when the field and scale stand under the name. */
    boolean isAnswerUnderName() {
        return arrangement.isNarrow();
    }

    private double oneLineWidth() {
        return snappedLeftInset() + titleBox.prefWidth(-1) + field.prefWidth(-1) + picker.prefWidth(-1)
                + 2 * line.getSpacing() + snappedRightInset();
    }

    private double answerLineWidth() {
        return snappedLeftInset() + field.prefWidth(-1) + answer.getSpacing() + picker.minWidth(-1)
                + snappedRightInset();
    }

    /** The width of one full line, whichever way it stands now: the check-in chooses its columns by it. */
    @Override
    protected double computePrefWidth(double height) {
        return Math.max(super.computePrefWidth(height), oneLineWidth());
    }

    /** Narrow enough for the field and the scale one under the other, under the name. */
    @Override
    protected double computeMinWidth(double height) {
        double column = Math.max(titleBox.minWidth(-1), Math.max(field.prefWidth(-1), picker.minWidth(-1)));
        return snappedLeftInset() + column + snappedRightInset();
    }

    TextField field() {
        return field;
    }

    private static Region scoreScale(SymptomItem item, StringProperty value, Messages messages, String id) {
        ScoreScale scale = new ScoreScale(value, item.displayName(), messages);
        scale.setId(id + "-scale");
        String low = item.esas().map(EsasItem::lowAnchor).orElse(messages.get("checkIn.anchor.none"));
        String high = item.esas().map(EsasItem::highAnchor).orElse(messages.get("checkIn.anchor.worst"));
        // the two ends share the scale's width and wrap when narrow (a BorderPane would hold both at their full
        // length, which at 200 % text was wider than a 1280 px window's page)
        Label lowEnd = small(low);
        Label highEnd = small(high);
        highEnd.setAlignment(Pos.TOP_RIGHT);
        highEnd.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        HBox anchors = new HBox(12, lowEnd, highEnd);
        for (Label end : List.of(lowEnd, highEnd)) {
            end.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(end, Priority.ALWAYS);
        }
        return new VBox(2, scale, anchors);
    }

    private static Region countButtons(StringProperty value, Messages messages) {
        Button minus = new Button("−");
        Button plus = new Button("+");
        for (Button b : new Button[] {minus, plus}) {
            b.getStyleClass().add("score-button");
            b.setFocusTraversable(false);
        }
        minus.setOnAction(e -> step(ItemKind.COUNT, value, -1));
        plus.setOnAction(e -> step(ItemKind.COUNT, value, 1));
        HBox box = new HBox(3, minus, plus, small(messages.get("checkIn.count.unit")));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Arrow keys and +/− step from the current value; from unanswered they start at 0. */
    private static void step(ItemKind kind, StringProperty value, int delta) {
        String text = value.get() == null ? "" : value.get().strip();
        int current;
        try {
            current = text.isEmpty() ? (delta > 0 ? kind.min() - 1 : kind.min() + 1) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return;
        }
        int next = Math.max(kind.min(), Math.min(kind.max(), current + delta));
        value.set(Integer.toString(next));
    }

    private static String accessibleText(SymptomItem item, Messages messages) {
        if (item.kind() == ItemKind.COUNT) {
            return messages.get("checkIn.count.accessible", item.displayName());
        }
        String low = item.esas().map(EsasItem::lowAnchor).orElse(messages.get("checkIn.anchor.none"));
        String high = item.esas().map(EsasItem::highAnchor).orElse(messages.get("checkIn.anchor.worst"));
        return messages.get("checkIn.score.accessible", item.displayName(), low, high);
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("item-hint");
        return label;
    }
}
