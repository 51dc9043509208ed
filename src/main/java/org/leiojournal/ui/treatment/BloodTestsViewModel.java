package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.BloodTestDraft;
import org.leiojournal.domain.lab.BloodTestValidator;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.RecordActions;
import org.leiojournal.ui.common.UndoDelete;

/**
 * Blood tests, latest first, and the form that adds one: the draw's date and time, the lab, and a line per test of
 * the catalogue. Values are kept as typed in the printout's units; the app never says whether a value is good.
 */
public final class BloodTestsViewModel {

    private static final RecordActions.DeleteWords DELETE = new RecordActions.DeleteWords("bloodTests.delete.title",
            "bloodTests.delete.body", "bloodTests.delete.confirm", "bloodTests.status.deleted");

    private final UiContext ui;
    private final BloodTestRepository repository;
    private final List<LabTest> catalogue;
    private final BloodTestValidator validator;
    private final RecordActions actions;
    private final Formats formats;

    private final ObservableList<BloodTest> all = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty lab = new SimpleStringProperty("");
    private final List<BloodTestRow> rows;
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public BloodTestsViewModel(BloodTestRepository repository, List<LabTest> catalogue, UiContext ui,
                               UndoDelete undo) {
        this.repository = repository;
        this.catalogue = List.copyOf(catalogue);
        this.validator = new BloodTestValidator(catalogue);
        this.ui = ui;
        this.actions = new RecordActions(ui, undo, errors, status, this::reload);
        this.formats = new Formats(ui.messages().locale());
        this.rows = catalogue.stream().map(BloodTestRow::new).toList();
        date.addListener(o -> errors.remove(BloodTestValidator.Field.DATE));
        time.addListener(o -> errors.remove(BloodTestValidator.Field.TIME));
        lab.addListener(o -> errors.remove(BloodTestValidator.Field.LAB));
        for (BloodTestRow row : rows) {
            String id = row.test().id();
            row.valueProperty().addListener(o -> {
                errors.remove(BloodTestValidator.Field.VALUE.in(id));
                errors.remove(BloodTestValidator.Field.VALUES);
            });
            row.unitProperty().addListener(o -> errors.remove(BloodTestValidator.Field.UNIT.in(id)));
            row.lowProperty().addListener(o -> errors.remove(BloodTestValidator.Field.RANGE.in(id)));
            row.highProperty().addListener(o -> errors.remove(BloodTestValidator.Field.RANGE.in(id)));
        }
        reload();
    }

    public ObservableList<BloodTest> bloodTests() { return all; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public StringProperty labProperty() { return lab; }
    public List<BloodTestRow> rows() { return rows; }
    /** Problems by {@link BloodTestValidator} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    public void reload() {
        actions.read(repository::all, tests -> {
            List<BloodTest> latestFirst = new java.util.ArrayList<>(tests);
            java.util.Collections.reverse(latestFirst);
            all.setAll(latestFirst);
            rememberUnits(tests);
        });
    }

    /** Saves the form as one blood test, or shows what to fix beside each field and saves nothing. */
    public void add() {
        BloodTestDraft draft = new BloodTestDraft(date.get(), time.get(), lab.get(),
                rows.stream().map(BloodTestRow::draft).toList());
        Validated<BloodTest> result = validator.validate(0, draft, ui.clock());
        actions.save(result, () -> repository.save(result.value().orElseThrow()), saved -> {
            date.set(null);
            time.set("");
            rows.forEach(BloodTestRow::clear);
            status.set(ui.messages().get("bloodTests.status.added", describe(saved)));
        });
    }

    public void delete(BloodTest test) {
        if (test != null) {
            actions.delete(DELETE, when(test), () -> repository.delete(test.id()), () -> { });
        }
    }

    /** "Fri 20 Nov 2026 08:15 — St Mary’s — Neutrophils 0.8 ×10⁹/L (below the lab’s range); Platelets …". */
    public String describe(BloodTest test) {
        String values = catalogue.stream().flatMap(t -> test.result(t.id()).stream().map(r -> value(t, r)))
                .collect(Collectors.joining("; "));
        return ui.messages().get("bloodTests.item", when(test), values);
    }

    private String when(BloodTest test) {
        String at = formats.date(test.drawnAt().toLocalDate()) + " "
                + test.drawnAt().toLocalTime().toString();
        return test.lab().isBlank() ? at : at + " — " + test.lab();
    }

    private String value(LabTest test, LabResult result) {
        String unit = test.unit(result.unit()).map(LabUnit::label).orElse(result.unit());
        String text = (test.name() + " " + result.value() + " " + unit).strip();
        return result.outOfLabRange().map(side -> text + " " + ui.messages().get(side == LabResult.OutOfRange.LOW
                ? "bloodTests.belowRange" : "bloodTests.aboveRange")).orElse(text);
    }

    /** Each empty line offers the unit that test had last time: the same lab prints the same units. */
    private void rememberUnits(List<BloodTest> tests) {
        for (BloodTestRow row : rows) {
            if (!row.valueProperty().get().isBlank()) {
                continue;
            }
            tests.stream().flatMap(t -> t.result(row.test().id()).stream()).reduce((a, b) -> b)
                    .flatMap(r -> row.test().unit(r.unit())).ifPresent(row.unitProperty()::set);
        }
    }
}
