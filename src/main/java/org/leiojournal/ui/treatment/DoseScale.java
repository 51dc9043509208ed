package org.leiojournal.ui.treatment;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.leiojournal.ui.common.TextScale;

/**
 * A 0–700 mg/m² rule as wide as its card: the label's 300–500 risk range shaded, the labels' figures marked, the
 * total as a pointer with its figure above. Its sizes follow the text size; a mark's figure that would touch the one
 * before it (500 and 550 in a narrow card at large text) goes on a second line, so every figure reads whole.
 */
final class DoseScale extends Region {

    private static final double MAX = 700;
    private static final int[] MARKS = {0, 300, 400, 500, 550, 700};
    /** At least this many em wide (the figures 0–700 whole at any text size); 40 em is 560 px at 100 %. */
    private static final double LEAST_EM = 16;
    private static final double PREFERRED_EM = 40;

    private final Region track = part("scale-track");
    private final Region range = part("scale-range");
    private final Region pointer = part("scale-pointer");
    private final List<Region> ticks = new ArrayList<>();
    private final List<Label> figures = new ArrayList<>();
    private final Label you = new Label();
    private double total;

    DoseScale() {
        getChildren().addAll(track, range);
        for (int mark : MARKS) {
            Region tick = part("scale-tick");
            Label figure = new Label(Integer.toString(mark));
            figure.getStyleClass().add("scale-label");
            ticks.add(tick);
            figures.add(figure);
            getChildren().addAll(tick, figure);
        }
        you.getStyleClass().add("scale-label");
        getChildren().addAll(pointer, you);
    }

    /** Points at {@code total} mg/m², with {@code words} ("you: 450") above the pointer; a reader hears {@code spoken}. */
    void show(double total, String words, String spoken) {
        this.total = total;
        you.setText(words);
        setAccessibleText(spoken);
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // narrower, the figures may need a second line
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + LEAST_EM * em();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + PREFERRED_EM * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        double inner = w - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + figuresTop() + lines(inner) * line();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double line = line();
        double trackTop = top + line + gap();
        double trackHeight = 0.75 * line;
        double tickHeight = trackHeight + line / 2;
        track.resizeRelocate(left, trackTop, width, trackHeight);
        range.resizeRelocate(left + x(300, width), trackTop, x(500, width) - x(300, width), trackHeight);
        int[] lines = lineOfEach(width);
        for (int i = 0; i < MARKS.length; i++) {
            double at = left + x(MARKS[i], width);
            ticks.get(i).resizeRelocate(Math.min(at, left + width - 1.5), trackTop - line / 4, 1.5, tickHeight);
            Label figure = figures.get(i);
            double w = figure.prefWidth(-1);
            figure.resizeRelocate(within(at - w / 2, w, left, width), top + figuresTop() + lines[i] * line, w, line);
        }
        double at = left + Math.min(width, x(total, width));
        pointer.resizeRelocate(at - 2, top + line, 4, trackTop + trackHeight + line / 3 - (top + line));
        double w = you.prefWidth(-1);
        you.resizeRelocate(within(at - w / 2, w, left, width), top, w, line);
    }

    /** Which line each mark's figure stands on (0 the first): the first line on which it touches no figure. */
    private int[] lineOfEach(double width) {
        int[] lines = new int[MARKS.length];
        List<Double> ends = new ArrayList<>(); // where each line's last figure ends
        for (int i = 0; i < MARKS.length; i++) {
            double w = figures.get(i).prefWidth(-1);
            double start = within(x(MARKS[i], width) - w / 2, w, 0, width);
            int line = 0;
            while (line < ends.size() && start < ends.get(line) + gap()) {
                line++;
            }
            if (line == ends.size()) {
                ends.add(0.0);
            }
            ends.set(line, start + w);
            lines[i] = line;
        }
        return lines;
    }

    private int lines(double width) {
        int most = 0;
        for (int line : lineOfEach(width)) {
            most = Math.max(most, line);
        }
        return most + 1;
    }

    /** The pointer's figure, the track and its ticks stand above the marks' figures. */
    private double figuresTop() {
        return line() + gap() + 0.75 * line() + line() / 4 + gap();
    }

    /** A figure's height, which follows the text size. */
    private double line() {
        return Math.ceil(figures.get(0).prefHeight(-1));
    }

    private double gap() {
        return Math.round(em() / 3);
    }

    /** The stylesheet's em: the root font size, 14 px at 100 %. */
    private double em() {
        return TextScale.BASE_FONT_PX * TextScale.of(this);
    }

    private static double within(double start, double w, double left, double width) {
        return Math.max(left, Math.min(start, left + width - w));
    }

    private static double x(double mgPerSquareMetre, double width) {
        return Math.min(MAX, Math.max(0, mgPerSquareMetre)) / MAX * width;
    }

    private static Region part(String style) {
        Region region = new Region();
        region.getStyleClass().add(style);
        return region;
    }
}
