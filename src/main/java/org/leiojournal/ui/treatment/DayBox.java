package org.leiojournal.ui.treatment;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One day of the course calendar: a box (style class {@code strip-day}) with the day's number and letters centred
 * in it, in the colour of its {@code -fx-text-fill}. The calendar has hundreds of days, and styling them was most of
 * Treatment's first visit (issue 21), so a box is made cheap to style: a region with a bare text rather than a
 * {@code Label} (no skin; no style class on the text, whose match against every class rule is the costly part), and
 * no id: JavaFX keeps the styles it matched for nodes of the same kind, classes and id, so an id for each day made
 * every box match the whole stylesheet afresh. Find a day by {@link #cycle()} and {@link #day()} instead.
 */
public final class DayBox extends Region {

    private static final StyleablePropertyFactory<DayBox> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Paint> textFill =
            STYLES.createStyleablePaintProperty(this, "textFill", "-fx-text-fill", box -> box.textFill, Color.BLACK);
    private final int cycle;
    private final int day;
    private final Text text;
    private Tooltip tooltip;

    DayBox(int cycle, int day, String words) {
        this.cycle = cycle;
        this.day = day;
        text = new Text(words);
        text.setTextAlignment(TextAlignment.CENTER);
        text.fillProperty().bind((ObservableValue<Paint>) textFill); // the factory makes an object property
        getStyleClass().add("strip-day");
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(text);
        // the tooltip (the accessible text) is made when the pointer first comes over the box: one for each of a
        // course's hundreds of days, made at once, was most of the first visit before (issue 21)
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null) {
                tooltip = new Tooltip(getAccessibleText());
                Tooltip.install(this, tooltip);
            }
        });
    }

    /** The cycle's number, from 1. */
    public int cycle() {
        return cycle;
    }

    /** The day of the cycle, from 1. */
    public int day() {
        return day;
    }

    /** The words in the box: the day of the cycle, then a line of letters if it has any. */
    public String getText() {
        return text.getText();
    }

    /** The tooltip, made when the pointer first came over the box; null before. */
    public Tooltip getTooltip() {
        return tooltip;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        layoutInArea(text, in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                getHeight() - in.getTop() - in.getBottom(), 0, HPos.CENTER, VPos.CENTER);
    }
}
