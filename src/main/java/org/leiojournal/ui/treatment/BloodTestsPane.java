package org.leiojournal.ui.treatment;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.BloodTestValidator;
import org.leiojournal.domain.lab.LabPanel;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.ErrorLine;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.FullText;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;
import org.leiojournal.ui.common.TextScale;

/**
 * Blood tests, latest first, and a form with one line per test: value, unit on the printout, and the lab's range if
 * the user wants it kept. Keyboard only: Tab moves value → unit → range → next test; Alt+S saves.
 */
public final class BloodTestsPane extends BorderPane {

    /**
     * Below this width (at 100 % text) each test's name stands above its value, unit and range, so the grid of
     * tests fits beside the sidebar at large text: in one line a test needs about 1,350 px at 200 % (issue 21).
     */
    private static final double NARROW = 740;
    /**
     * Below this width (at 100 % text) each test's value and unit share a line and its range goes under them: the
     * three side by side need 777 px at 200 % text, and a 1024×600 window leaves the grid 501.
     */
    private static final double STACKED = 400;
    /** Marks a test's value cell whose answer is words (a dipstick): it has no unit or range beside it. */
    private static final String WORDS = "blood-test-words";

    private final VBox cards = new VBox(12);
    private final GridPane values = Forms.grid();
    /** The groups' titles among the grid's cells ("Blood count", "Liver"…), each on a line of its own. */
    private final java.util.Set<Node> groupTitles = new java.util.HashSet<>();
    private final Arrangement arrangement = new Arrangement(n -> arrange());
    /** Narrower still: the range under the value and unit. */
    private final Arrangement stacked = new Arrangement(n -> arrange());
    /** "What the results mean", shown once a screen that can open the Guidance page links it. */
    private final Hyperlink guidance = new Hyperlink();

    public BloodTestsPane(BloodTestsViewModel model, Messages messages) {
        TreatmentPaneTop.dress(this, "blood-tests", model.statusProperty());

        RecordList<BloodTest> list = RecordList.deleteOnly("blood-test", model.bloodTests(), model::describe,
                messages.get("bloodTests.empty"), messages.get("bloodTests.delete"), model::delete);

        DateField date = FormFields.pastDate("blood-test-date", model.dateProperty(), model::today, messages);
        TextField time = FormFields.text("blood-test-time", model.timeProperty(), messages.get("bloodTests.time.prompt"));
        time.setPrefColumnCount(6);
        TextField lab = FormFields.text("blood-test-lab", model.labProperty(), "");

        GridPane head = new FormGrid(model.errors())
                .field(messages.get("bloodTests.date"), date, BloodTestValidator.Field.DATE)
                .field(messages.get("bloodTests.time"), time, BloodTestValidator.Field.TIME)
                .field(messages.get("bloodTests.lab"), lab, BloodTestValidator.Field.LAB)
                .pane();

        values.setId("blood-test-values");
        values.getChildren().addAll(header(messages.get("bloodTests.column.test")),
                header(messages.get("bloodTests.column.value")), header(messages.get("bloodTests.column.unit")),
                header(messages.get("bloodTests.column.range")));
        LabPanel panel = null;
        for (BloodTestRow row : model.rows()) {
            if (row.test().panel() != panel) {
                panel = row.test().panel();
                Label group = Forms.sectionTitle(messages.get(panelKey(panel)));
                values.getChildren().add(group);
                groupTitles.add(group);
            }
            addRow(values, row, model, messages);
        }
        stacked.fit(false);
        arrangement.fit(false);
        ErrorLine none = FieldErrors.errorLabel("blood-test-values", BloodTestValidator.Field.VALUES, model.errors(), lab);

        Button add = FormFields.save("blood-test-add", messages.get("bloodTests.add"), model::add, date);

        guidance.setId("blood-tests-guidance");
        guidance.setText(messages.get("bloodTests.guidance"));
        guidance.setWrapText(true); // whole at 200 % text on a narrow window
        guidance.setMinHeight(Region.USE_PREF_SIZE);
        guidance.setVisible(false);
        guidance.setManaged(false);
        VBox card = Forms.card(messages.get("bloodTests.title"), Forms.hint(messages.get("bloodTests.hint")), guidance,
                list.list(), list.buttons(), head, values, none, Forms.buttons(add));
        card.setMaxWidth(900);
        cards.getChildren().add(card);
        setCenter(Forms.scrolling(cards));
    }

    /** Shows the link to the Guidance page on blood tests during chemotherapy; {@code open} opens it. */
    public void linkGuidance(Runnable open) {
        guidance.setOnAction(e -> open.run());
        guidance.setVisible(true);
        guidance.setManaged(true);
    }

    @Override
    protected void layoutChildren() {
        double scale = TextScale.of(this);
        stacked.fit(getWidth() > 0 && getWidth() < STACKED * scale);
        arrangement.fit(getWidth() > 0 && getWidth() < NARROW * scale);
        super.layoutChildren();
    }

    /**
     * Places the grid's cells: its children are the four headings, then a group's title or a test's four cells
     * (name, value, unit, range) in the order Tab moves through them, which stays the same in every layout. Wide: a
     * test on one line. Narrow: its name above its value, unit and range. Stacked: its name, then value and unit,
     * then range, each on a line; the headings stand the same way above the tests.
     */
    private void arrange() {
        boolean narrow = arrangement.isNarrow();
        boolean stack = narrow && stacked.isNarrow();
        List<Node> cells = values.getChildren();
        int columns = stack ? 2 : narrow ? 3 : 4;
        int first = narrow ? 0 : 1; // the value's column
        Node testHeading = cells.get(0);
        testHeading.setVisible(!narrow); // the names stand above their lines: no column of names to head
        testHeading.setManaged(!narrow);
        int row = placeFields(cells.subList(1, 4), first, stack, 0);
        for (int i = 4; i < cells.size(); ) {
            Node cell = cells.get(i);
            if (groupTitles.contains(cell)) {
                GridPane.setConstraints(cell, 0, row++, columns, 1);
                i++;
                continue;
            }
            Label name = (Label) cell;
            name.setWrapText(narrow); // "Urine protein/creatinine ratio (PCR)" is 562 px at 200 % text
            name.setMinWidth(narrow ? 0 : Region.USE_PREF_SIZE);
            GridPane.setConstraints(name, 0, narrow ? row++ : row, narrow ? columns : 1, 1);
            row = placeFields(cells.subList(i + 1, i + 4), first, stack, row);
            if (cells.get(i + 1).getProperties().containsKey(WORDS)) {
                GridPane.setColumnSpan(cells.get(i + 1), stack ? 2 : 3); // no unit, no range: its words get their room
            }
            i += 4;
        }
    }

    /**
     * Places a test's value, unit and range (or their headings) on {@code row} from column {@code first}, the range
     * on the next line when stacked; returns the row after them.
     */
    private static int placeFields(List<Node> fields, int first, boolean stack, int row) {
        GridPane.setConstraints(fields.get(0), first, row, 1, 1);
        GridPane.setConstraints(fields.get(1), first + 1, row, 1, 1);
        if (stack) {
            GridPane.setConstraints(fields.get(2), first, row + 1, 2, 1);
            return row + 2;
        }
        GridPane.setConstraints(fields.get(2), first + 2, row, 1, 1);
        return row + 1;
    }

    /** Adds a card under the blood tests (the team's levels for tests and for home blood pressure). */
    public void addCard(javafx.scene.Node card) {
        cards.getChildren().add(card);
    }

    private static void addRow(GridPane grid, BloodTestRow row, BloodTestsViewModel model, Messages messages) {
        LabTest test = row.test();
        String id = "blood-test-" + test.id();
        TextField value = FormFields.text(id + "-value", row.valueProperty(), test.choices().isEmpty() ? ""
                : String.join(", ", test.choices()));
        value.setPrefColumnCount(test.choices().isEmpty() ? 7 : 17); // a dipstick's words whole
        Label name = Forms.label(test.name(), value);
        name.setMinHeight(Region.USE_PREF_SIZE); // wrapped when narrow: every line of it
        VBox valueBox = new VBox(4, value,
                FieldErrors.errorLabel(value.getId(), BloodTestValidator.Field.VALUE.in(test.id()), model.errors(), value));
        if (!test.choices().isEmpty()) {
            // the choices under the field while it is too narrow for them (200 % text in a 1024×600 window)
            valueBox.getChildren().add(1, FullText.promptUnder(value, id + "-hint"));
            valueBox.getProperties().put(WORDS, true);
            value.setMaxWidth(Region.USE_PREF_SIZE);
        }
        VBox unitBox = new VBox(4);
        if (!test.units().isEmpty()) {
            ComboBox<LabUnit> unit = new ComboBox<>();
            unit.setId(id + "-unit");
            unit.getItems().setAll(test.units());
            unit.setConverter(Converters.shownAndRead(u -> u.label(), () -> test.units()));
            unit.valueProperty().bindBidirectional(row.unitProperty());
            unit.setAccessibleText(messages.get("bloodTests.unit.accessible", test.name()));
            unitBox.getChildren().addAll(unit, FieldErrors.errorLabel(unit.getId(),
                    BloodTestValidator.Field.UNIT.in(test.id()), model.errors(), unit));
        }
        TextField low = FormFields.text(id + "-low", row.lowProperty(), messages.get("bloodTests.range.low.prompt"));
        TextField high = FormFields.text(id + "-high", row.highProperty(), messages.get("bloodTests.range.high.prompt"));
        low.setPrefColumnCount(5);
        high.setPrefColumnCount(5);
        low.setAccessibleText(messages.get("bloodTests.range.low.accessible", test.name()));
        high.setAccessibleText(messages.get("bloodTests.range.high.accessible", test.name()));
        HBox range = new HBox(6, low, new Label("–"), high);
        range.setAlignment(Pos.CENTER_LEFT);
        VBox rangeBox = new VBox(4, range,
                FieldErrors.errorLabel(low.getId(), BloodTestValidator.Field.RANGE.in(test.id()), model.errors(), low));
        if (!test.choices().isEmpty()) {
            rangeBox.setVisible(false); // a dipstick's printout has no numeric range
            rangeBox.setManaged(false); // nor an empty line for one when the range stands under the value
            low.setFocusTraversable(false);
            high.setFocusTraversable(false);
        }
        grid.getChildren().addAll(name, valueBox, unitBox, rangeBox);
    }

    private static String panelKey(LabPanel panel) {
        return switch (panel) {
            case BLOOD_COUNT -> "bloodTests.panel.bloodCount";
            case LIVER -> "bloodTests.panel.liver";
            case MUSCLE -> "bloodTests.panel.muscle";
            case KIDNEY -> "bloodTests.panel.kidneys";
            case SALTS -> "bloodTests.panel.salts";
            case OTHER -> "bloodTests.panel.other";
            case URINE -> "bloodTests.panel.urine";
        };
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the column widens to its heading, never "Unit on th…"
        return label;
    }
}
