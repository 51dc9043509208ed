package org.leiojournal.ui.common;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.Cell;
import org.leiojournal.domain.symptom.SeverityBand;

/**
 * How a score looks in a table cell wherever scores are listed (the journal's table and the trends table): its
 * severity band's shading, or a dash for unanswered that a screen reader hears in words, never 0.
 */
public final class ScoreLook {

    private static final String UNANSWERED = "unanswered";
    /** Each band's shading in leio.css, by the band's ordinal: band-none, band-mild, band-moderate, band-severe. */
    private static final String[] SHADES = Arrays.stream(SeverityBand.values())
            .map(band -> "band-" + band.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private ScoreLook() {
    }

    /** Takes off the shading a reused cell may still carry from the row it showed before. */
    public static void clear(Cell<?> cell) {
        for (String shade : SHADES) {
            cell.getStyleClass().remove(shade);
        }
        cell.getStyleClass().remove(UNANSWERED);
    }

    /** "–", heard as {@code spoken}. */
    public static void unanswered(Cell<?> cell, String spoken) {
        cell.setText("–");
        cell.setAccessibleText(spoken);
        cell.getStyleClass().add(UNANSWERED);
    }

    /** The shading of {@code score}'s severity band. */
    public static void shade(Cell<?> cell, int score) {
        cell.getStyleClass().add(SHADES[SeverityBand.of(score).ordinal()]);
    }
}
