package org.leiojournal.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/**
 * {@link FormGrid}'s grid: each name beside its field while the fields' column keeps at least {@link #FIELD_ROOM_EM}
 * (and what its widest field cannot do without), each name above its field when narrower (large text, a small
 * window). Beside, the names' column held the form wider than the screen at 200 % text in a 1024×600 window
 * (Settings' profile 812 px for 564), or squeezed the fields until their hints were cut.
 */
final class FormGridPane extends GridPane {

    /** The least room for the fields beside their names, in em: a date, a time or a short name with its hint. */
    static final double FIELD_ROOM_EM = 20;

    /** Gap between two rows. */
    private static final double ROW_GAP = 10;

    /** Gap between a name and its field when the name stands above it. */
    private static final double NAME_GAP = 4;

    /** Each row's name (null for a row without one) and its content. */
    private final List<Node[]> rows = new ArrayList<>();
    private final Arrangement arrangement = new Arrangement(this::arrange);

    FormGridPane() {
        setHgap(10);
        setVgap(ROW_GAP);
    }

    void addRow(Node name, Node content) {
        rows.add(new Node[] {name, content});
        if (name != null) {
            getChildren().add(name);
        }
        getChildren().add(content);
        arrange(arrangement.isNarrow());
    }

    /** True while the names stand above their fields. */
    boolean namesAbove() {
        return arrangement.isNarrow();
    }

    @Override
    protected void layoutChildren() {
        arrangement.fit(getWidth() - snappedLeftInset() - snappedRightInset() < besideWidth());
        super.layoutChildren();
    }

    /** Narrow enough for the names above their fields: the scroll pane around it then never scrolls sideways. */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node[] row : rows) {
            widest = Math.max(widest, Math.max(row[0] == null ? 0 : row[0].minWidth(-1), row[1].minWidth(-1)));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    /** The least width with the names beside their fields. */
    private double besideWidth() {
        double names = 0;
        double fields = FIELD_ROOM_EM * TextScale.BASE_FONT_PX * TextScale.of(this);
        for (Node[] row : rows) {
            names = Math.max(names, row[0] == null ? 0 : row[0].prefWidth(-1));
            fields = Math.max(fields, row[1].minWidth(-1));
        }
        return names + getHgap() + fields;
    }

    private void arrange(boolean above) {
        setVgap(above ? NAME_GAP : ROW_GAP);
        int line = 0;
        for (Node[] row : rows) {
            Node name = row[0];
            Node content = row[1];
            // above: a name close to its field, the rows as far apart as beside
            Node first = name == null ? content : name;
            GridPane.setMargin(first, above && line > 0 ? new Insets(ROW_GAP - NAME_GAP, 0, 0, 0) : null);
            if (name != null) {
                GridPane.setConstraints(name, 0, line);
                if (above) {
                    line++;
                }
            }
            GridPane.setConstraints(content, above ? 0 : 1, line++);
        }
    }
}
