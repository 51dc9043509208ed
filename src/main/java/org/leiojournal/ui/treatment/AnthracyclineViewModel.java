package org.leiojournal.ui.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import org.leiojournal.catalog.HeartScanCatalog;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.treatment.AfterAnthracycline;
import org.leiojournal.domain.treatment.AnthracyclineTotal;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.storage.PriorAnthracyclineRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The lifetime doxorubicin total: doses recorded as given plus what the team says came before, kept up to date
 * as doses are recorded. Whether chest radiotherapy is on record is set from the procedures.
 */
public final class AnthracyclineViewModel {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { PRIOR }

    private final UiContext ui;
    private final AppState state;
    private final PriorAnthracyclineRepository repository;
    private final ObjectProperty<PriorAnthracycline> prior;
    private final ObjectProperty<AnthracyclineTotal> total = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<LocalDate>> treatmentEnded = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<HeartScanAfterTreatment.Window>> scanAfterTreatment =
            new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty chestRadiotherapy = new SimpleBooleanProperty();
    private final StringProperty priorText = new SimpleStringProperty("");
    private final StringProperty priorNote = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public AnthracyclineViewModel(AppState state, PriorAnthracyclineRepository repository, UiContext ui) {
        this.state = state;
        this.ui = ui;
        this.repository = repository;
        this.prior = state.priorAnthracyclineProperty(); // shared: the heart sign is asked for good when it is above 0
        prior.set(repository.load());
        priorText.set(prior.get().mgPerSquareMetre().toPlainString());
        priorNote.set(prior.get().note());
        priorText.addListener(o -> errors.remove(Field.PRIOR));
        prior.addListener(o -> recompute());
        state.courses().addListener((ListChangeListener<Course>) c -> recompute());
        recompute();
    }

    public ReadOnlyObjectProperty<AnthracyclineTotal> totalProperty() { return total; }
    /** The day the last anthracycline course ended, once all have: the label asks for heart scans after it. */
    public ReadOnlyObjectProperty<Optional<LocalDate>> treatmentEndedProperty() { return treatmentEnded; }
    /** The heart scan to ask about after the last anthracycline dose, with where today falls against it. */
    public ReadOnlyObjectProperty<Optional<HeartScanAfterTreatment.Window>> scanAfterTreatmentProperty() {
        return scanAfterTreatment;
    }
    /** Where that reminder comes from: its sources and review dates, shown under it. */
    public HeartScanAfterTreatment scanAfterTreatmentData() { return HeartScanCatalog.afterAnthracycline(); }
    public BooleanProperty chestRadiotherapyProperty() { return chestRadiotherapy; }
    public StringProperty priorTextProperty() { return priorText; }
    public StringProperty priorNoteProperty() { return priorNote; }
    public ObservableMap<FieldId, String> errors() { return errors; }
    public StringProperty statusProperty() { return status; }

    private void recompute() {
        total.set(AnthracyclineTotal.of(state.courses(), prior.get().mgPerSquareMetre()));
        LocalDate today = LocalDate.now(ui.clock());
        treatmentEnded.set(AfterAnthracycline.treatmentEnded(state.courses(), today));
        scanAfterTreatment.set(AfterAnthracycline.lastDose(state.courses(), today)
                .map(last -> HeartScanCatalog.afterAnthracycline().windowFor(last, today)));
    }

    public void savePrior() {
        Optional<BigDecimal> value = DecimalInput.isBlank(priorText.get()) ? Optional.of(BigDecimal.ZERO)
                : DecimalInput.parse(priorText.get()).filter(v -> v.compareTo(PriorAnthracycline.MAX) <= 0);
        if (value.isEmpty()) {
            String max = PriorAnthracycline.MAX.toPlainString();
            errors.put(Field.PRIOR, ui.messages().problem(DecimalInput.problemFor(priorText.get(),
                    PriorAnthracycline.MAX, Problem.of(Field.PRIOR, "anthracycline.prior.tooLarge", max),
                    Problem.of(Field.PRIOR, "anthracycline.prior.invalid", max))));
            return;
        }
        PriorAnthracycline changed = new PriorAnthracycline(value.get(), priorNote.get().strip());
        ui.tasks().run(() -> {
            repository.save(changed);
            return changed;
        }, saved -> {
            prior.set(saved);
            status.set(ui.messages().get("anthracycline.prior.saved"));
        }, e -> {
            status.set(ui.messages().get("checkIn.status.notSaved"));
            ui.dialogs().showSaveFailure();
        });
    }
}
