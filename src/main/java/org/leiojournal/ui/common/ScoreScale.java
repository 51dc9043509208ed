package org.leiojournal.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.leiojournal.domain.symptom.SeverityBand;

/**
 * A 0–10 score as one control: eleven cells drawn on one canvas, so the check-in's thirteen scores cost two nodes
 * each instead of eleven buttons (the first frame's CSS and layout pass was most of Today's start). One click
 * picks a score (a click on the chosen one clears it, as the toggle buttons did); when it has the focus, a digit,
 * "1" then "0", the arrows, Home and End pick one, Delete clears. It edits the same text as the field beside it,
 * so that field shows what was picked and stays the Tab path. Screen readers see a slider: "Pain: 7 of 10".
 * Its height is set in em in the stylesheet, so it grows with the text size; when narrow, cells shrink (never
 * below what "10" needs) and all eleven always show.
 */
public final class ScoreScale extends Region {

    public static final int MAX = 10;
    private static final int CELLS = MAX + 1;
    /** Gap between cells and smallest cell, as fractions of the height: 34 px cells at 14 px text. */
    private static final double GAP = 0.09;
    private static final double MIN_CELL = 0.62;
    private static final long TEN_WINDOW_NANOS = 800_000_000L;

    private final Canvas canvas = new Canvas();
    private final StringProperty value;
    private final String name;
    private final Messages messages;
    private int hovered = -1;
    private long lastOneTyped;

    public ScoreScale(StringProperty value, String name, Messages messages) {
        this.value = value;
        this.name = name;
        this.messages = messages;
        getStyleClass().add("score-scale");
        canvas.setManaged(false);
        getChildren().add(canvas);
        setFocusTraversable(false); // the field beside it is the keyboard path; Tab stays short
        setAccessibleRole(AccessibleRole.SLIDER);
        setCursor(Cursor.HAND);
        value.addListener((obs, old, now) -> {
            updateAccessibleText();
            draw();
        });
        updateAccessibleText();
        for (ObservableValue<Paint> paint : List.of(noneFill, mildFill, moderateFill, severeFill, chosenFill,
                chosenText, textFill, borderColor)) {
            paint.addListener((obs, old, now) -> draw());
        }
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(cellAt(e.getX())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((obs, was, now) -> draw());
        // the widths follow the height set in em: a new text size must measure them again, not keep the old ones
        prefHeightProperty().addListener((obs, old, now) -> requestLayout());
    }

    /** The score chosen, or -1 when unanswered or the text is not a score. */
    public int score() {
        String text = value.get() == null ? "" : value.get().strip();
        try {
            int score = Integer.parseInt(text);
            return score >= 0 && score <= MAX ? score : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The middle of a score's cell in this control's coordinates: where a click picks it. */
    public Point2D cellCenter(int score) {
        double cell = cellWidth();
        double x = snappedLeftInset() + score * (cell + gap()) + cell / 2;
        return new Point2D(x, snappedTopInset() + contentHeight() / 2);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int cell = cellAt(e.getX());
        if (cell >= 0) {
            choose(cell == score() ? -1 : cell);
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        int now = score();
        int next;
        if (code.isDigitKey()) {
            int digit = Character.digit(e.getText().isEmpty() ? '?' : e.getText().charAt(0), 10);
            if (digit < 0) {
                return;
            }
            long time = System.nanoTime(); // a keystroke gap, not the date: no clock to inject
            next = digit == 0 && now == 1 && time - lastOneTyped < TEN_WINDOW_NANOS ? MAX : digit;
            lastOneTyped = digit == 1 ? time : 0;
        } else if (code == KeyCode.RIGHT || code == KeyCode.UP) {
            next = now < 0 ? 0 : Math.min(MAX, now + 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
            next = now < 0 ? 0 : Math.max(0, now - 1);
        } else if (code == KeyCode.HOME) {
            next = 0;
        } else if (code == KeyCode.END) {
            next = MAX;
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            next = -1;
        } else {
            return;
        }
        choose(next);
        e.consume();
    }

    private void choose(int score) {
        value.set(score < 0 ? "" : Integer.toString(score));
    }

    private void hover(int cell) {
        if (cell != hovered) {
            hovered = cell;
            draw();
        }
    }

    private int cellAt(double x) {
        double cell = cellWidth();
        double offset = x - snappedLeftInset();
        if (offset < 0 || cell <= 0) {
            return -1;
        }
        int index = (int) (offset / (cell + gap()));
        boolean inGap = offset - index * (cell + gap()) > cell;
        return index < CELLS && !inGap ? index : -1;
    }

    private void updateAccessibleText() {
        int score = score();
        setAccessibleText(score < 0 ? messages.get("checkIn.scale.unanswered", name)
                : messages.get("checkIn.scale.accessible", name, score, MAX));
    }

    // ----- layout: the height comes from the stylesheet (em); the width follows it -----

    private double contentHeight() {
        return Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
    }

    private double cellSize() {
        double pref = getPrefHeight() > 0 ? getPrefHeight() : 34;
        return pref - snappedTopInset() - snappedBottomInset();
    }

    private double gap() {
        return Math.max(2, Math.round(cellSize() * GAP));
    }

    private double cellWidth() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        return Math.max(0, (width - (CELLS - 1) * gap()) / CELLS);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + CELLS * cellSize() + (CELLS - 1) * gap() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.ceil(CELLS * cellSize() * MIN_CELL) + (CELLS - 1) * gap()
                + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + 34 + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double height = snapSizeY(contentHeight());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
    }

    private void draw() {
        double height = canvas.getHeight();
        double cell = cellWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), height);
        if (cell <= 0 || height <= 0) {
            return;
        }
        int chosen = score();
        double radius = Math.min(10, height * 0.15);
        double fontSize = Math.min(height * 0.42, cell * 0.5);
        String family = Font.getDefault().getFamily();
        Font plain = Font.font(family, FontWeight.NORMAL, fontSize);
        Font bold = Font.font(family, FontWeight.BOLD, fontSize);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int score = 0; score < CELLS; score++) {
            double x = score * (cell + gap());
            boolean isChosen = score == chosen;
            g.setFill(isChosen ? chosenFill.get() : bandFill(SeverityBand.of(score)));
            g.fillRoundRect(x, 0, cell, height, radius, radius);
            double line = isChosen || score == hovered ? 2 : 1;
            g.setLineWidth(line);
            g.setStroke(isChosen ? chosenBorder() : score == hovered ? textFill.get() : borderColor.get());
            g.strokeRoundRect(x + line / 2, line / 2, cell - line, height - line, radius, radius);
            g.setFill(isChosen ? chosenText.get() : textFill.get());
            g.setFont(isChosen ? bold : plain);
            g.fillText(Integer.toString(score), x + cell / 2, height / 2);
        }
        if (isFocused()) {
            g.setStroke(chosenFill.get());
            g.setLineWidth(2);
            g.strokeRect(1, 1, canvas.getWidth() - 2, height - 2);
        }
    }

    private Paint bandFill(SeverityBand band) {
        return switch (band) {
            case NONE -> noneFill.get();
            case MILD -> mildFill.get();
            case MODERATE -> moderateFill.get();
            case SEVERE -> severeFill.get();
        };
    }

    private Paint chosenBorder() {
        return chosenFill.get() instanceof Color c ? c.darker() : chosenFill.get();
    }

    // ----- accessibility: a slider from 0 to 10 -----

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> (double) Math.max(0, score());
            case MIN_VALUE -> 0.0;
            case MAX_VALUE -> (double) MAX;
            case ORIENTATION -> javafx.geometry.Orientation.HORIZONTAL;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> choose(score() < 0 ? 0 : Math.min(MAX, score() + 1));
            case DECREMENT -> choose(score() < 0 ? 0 : Math.max(0, score() - 1));
            case SET_VALUE -> choose((int) Math.max(0, Math.min(MAX, Math.round((Double) parameters[0]))));
            default -> super.executeAccessibleAction(action, parameters);
        }
    }

    // ----- colours from the stylesheet's tokens, so a theme changes them -----

    private static final StyleablePropertyFactory<ScoreScale> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Paint> noneFill = paint("noneFill", "-leio-none-fill", s -> s.noneFill,
            Color.web("#eef1f4"));
    private final StyleableObjectProperty<Paint> mildFill = paint("mildFill", "-leio-mild-fill", s -> s.mildFill,
            Color.web("#fbf4d3"));
    private final StyleableObjectProperty<Paint> moderateFill = paint("moderateFill", "-leio-moderate-fill",
            s -> s.moderateFill, Color.web("#f9dfb8"));
    private final StyleableObjectProperty<Paint> severeFill = paint("severeFill", "-leio-severe-fill",
            s -> s.severeFill, Color.web("#f5c8a6"));
    private final StyleableObjectProperty<Paint> chosenFill = paint("chosenFill", "-leio-chosen-fill",
            s -> s.chosenFill, Color.web("#0a5c8a"));
    private final StyleableObjectProperty<Paint> chosenText = paint("chosenText", "-leio-chosen-text",
            s -> s.chosenText, Color.WHITE);
    private final StyleableObjectProperty<Paint> textFill = paint("textFill", "-leio-text-fill", s -> s.textFill,
            Color.web("#1d2330"));
    private final StyleableObjectProperty<Paint> borderColor = paint("borderColor", "-leio-cell-border",
            s -> s.borderColor, Color.web("#d5d9e0"));

    private StyleableObjectProperty<Paint> paint(String property, String css,
            Function<ScoreScale, StyleableProperty<Paint>> of, Paint initial) {
        return (StyleableObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, property, css, of, initial);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
