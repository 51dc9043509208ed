package org.leiojournal.settings;

/** A rectangle on the desktop, in the toolkit's pixels: a screen's usable area (without task bars) or a window. */
public record ScreenArea(double x, double y, double width, double height) {

    /** The area this and {@code other} share, 0 when they do not meet. */
    public double overlap(ScreenArea other) {
        double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
