package org.leiojournal.ui.common;

import javafx.scene.control.Cell;
import org.leiojournal.domain.symptom.SeverityBand;

/**
 * How a score looks in a table cell wherever scores are listed (the journal's table and the trends table): its
 * severity band's shading, or a dash for unanswered that a screen reader hears in words, never 0.
 */
public final class ScoreLook {

    private static final String UNANSWERED = "unanswered";

    private ScoreLook() {
    }

    /** Takes off the shading a reused cell may still carry from the row it showed before. */
    public static void clear(Cell<?> cell) {
        for (SeverityBand band : SeverityBand.values()) {
            cell.getStyleClass().remove(band.styleClass());
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
        cell.getStyleClass().add(SeverityBand.of(score).styleClass());
    }
}
