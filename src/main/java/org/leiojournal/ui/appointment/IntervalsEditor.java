package org.leiojournal.ui.appointment;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.followup.FollowUpValidator;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.ErrorLine;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TextScale;

/**
 * The plan's lines as a grid: from (where the line above ends), until and every N months to type, and what the
 * source said beside them, read-only. Each number has its problem right under it. Rebuilt only when lines are
 * added or removed, so typing never loses the focus. When narrow (200 % text in a 1024×600 window: 668 px for 552,
 * the headings cut) each line is a small form instead, the names beside its numbers and what the source said under
 * them.
 */
final class IntervalsEditor extends GridPane {

    /** Below this width (at 100 % text) the lines are small forms: side by side they need about 480 px. */
    private static final double NARROW = 520;

    private final FollowUpViewModel model;
    private final Messages messages;
    /** Each line's cells: its three names (shown when narrow), from, until, every and what the source said. */
    private final List<Node[]> lines = new ArrayList<>();
    private final Arrangement arrangement = new Arrangement(this::arrange);

    IntervalsEditor(FollowUpViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("followup-lines");
        setHgap(12);
        setVgap(8);
        model.lines().addListener((ListChangeListener<IntervalLine>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        lines.clear();
        getChildren().addAll(header("followUp.col.from"), header("followUp.col.until"), header("followUp.col.every"),
                header("followUp.col.source"));
        for (int i = 0; i < model.lines().size(); i++) {
            addLine(i, model.lines().get(i));
        }
        arrange(arrangement.isNarrow());
    }

    @Override
    protected void layoutChildren() {
        arrangement.fit(getWidth() > 0 && getWidth() < NARROW * TextScale.of(this));
        super.layoutChildren();
    }

    /** Wide: the headings above a line each. Narrow: each line's names beside its numbers, the source under them. */
    private void arrange(boolean narrow) {
        for (int c = 0; c < 4; c++) {
            Node heading = getChildren().get(c);
            heading.setVisible(!narrow);
            heading.setManaged(!narrow);
            GridPane.setConstraints(heading, c, 0);
        }
        int row = 1;
        for (Node[] line : lines) {
            for (int c = 0; c < 3; c++) {
                line[c].setVisible(narrow);
                line[c].setManaged(narrow);
                GridPane.setConstraints(line[c], 0, row + c);
                GridPane.setConstraints(line[3 + c], narrow ? 1 : c, narrow ? row + c : row);
            }
            GridPane.setConstraints(line[6], narrow ? 0 : 3, narrow ? row + 3 : row, narrow ? 2 : 1, 1);
            // narrow: a line's first name a little apart from the line above
            GridPane.setMargin(line[0], narrow && row > 1 ? new Insets(12, 0, 0, 0) : null);
            GridPane.setMargin(line[3], narrow && row > 1 ? new Insets(12, 0, 0, 0) : null);
            row += narrow ? 4 : 1;
        }
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        label.setMinWidth(Region.USE_PREF_SIZE); // whole, never "From …"
        return label;
    }

    private void addLine(int i, IntervalLine line) {
        Label from = new Label();
        from.setId("followup-from-" + i);
        from.textProperty().bind(line.fromProperty());
        from.setPadding(new javafx.geometry.Insets(4, 0, 0, 0)); // level with the text in the fields beside it
        TextField until = field("followup-until-" + i, messages.get("followUp.line.until", i + 1));
        until.textProperty().bindBidirectional(line.untilProperty());
        Label years = new Label();
        years.setId("followup-until-years-" + i);
        years.getStyleClass().add("item-hint");
        years.textProperty().bind(line.untilProperty().map(model::years));
        TextField every = field("followup-every-" + i, messages.get("followUp.line.every", i + 1));
        every.textProperty().bindBidirectional(line.everyProperty());
        Label range = new Label(model.range(line));
        range.setId("followup-range-" + i);
        range.getStyleClass().add("form-label");
        Label said = new Label(model.said(line));
        said.setId("followup-said-" + i);
        said.getStyleClass().add("item-hint");
        said.setWrapText(true);
        said.setMaxWidth(420);
        // a line the user added has no source: its empty range and words took two lines' room (about 90 px at 200 %
        // between two such lines as small forms)
        for (Label source : List.of(range, said)) {
            Forms.shownWhile(source, source.textProperty().isNotEmpty());
        }
        ObservableMap<FieldId, String> errors = model.errors();
        Node[] cells = {header("followUp.col.from"), Forms.label(messages.get("followUp.col.until"), until),
                Forms.label(messages.get("followUp.col.every"), every),
                withError(from, FollowUpValidator.Field.FROM.in(i), errors, new HBox(4, from)),
                withError(until, FollowUpValidator.Field.UNTIL.in(i), errors, row(until, years)),
                withError(every, FollowUpValidator.Field.EVERY.in(i), errors,
                        row(every, new Label(messages.get("followUp.months")))),
                new VBox(2, range, said)};
        lines.add(cells);
        getChildren().addAll(cells);
    }

    private static TextField field(String id, String accessibleText) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setAccessibleText(accessibleText);
        return field;
    }

    private static HBox row(Control field, Label after) {
        HBox box = new HBox(6, field, after);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox withError(Control control, FieldId field, ObservableMap<FieldId, String> errors, HBox shown) {
        ErrorLine error = FieldErrors.errorLabel(control.getId(), field, errors, control);
        error.setMaxWidth(220);
        return new VBox(4, shown, error);
    }
}
