package org.leiojournal.ui.today;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.FluidsQuestion;
import org.leiojournal.domain.alert.WarningSign;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.CheckInValidator;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.EndButtonBar;
import org.leiojournal.ui.common.StatusLine;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.Style;
import org.leiojournal.ui.common.UncachedViewport;
import org.leiojournal.ui.treatment.TreatmentViewModel;

/**
 * The daily check-in: symptoms on the left; when/who, temperature, weight, warning signs and note on the right;
 * open "contact your care team" alerts above both.
 */
public final class TodayView extends BorderPane {

    private final CheckInViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox rows = new VBox(6);
    private final AlertPanel alertPanel;

    private final TreatmentTodayCard treatment;

    private static final double FORM_MIN_HEIGHT = 380;
    /** The window width from which Today's first guess is two columns (see {@link #arrangeByWindowWidth}). */
    private static final double TWO_COLUMNS_FROM = 1340;

    private final Node medicines;
    /** The right column's cards: those put at its top by {@link #addAtTopOfDetails}, then the check-in's own. */
    private final VBox detailCards = new VBox(12);
    /** The symptoms card, its scroll pane, the right column's and the save bar: rearranged when narrow. */
    private VBox symptomCard;
    private ScrollPane symptomScroll;
    private ScrollPane detailScroll;
    private VBox detailColumn;
    private Node buttonBar;
    private final HBox columns = new HBox(16);
    private final VBox form = new VBox();
    private final Arrangement arrangement = new Arrangement(this::arrange);

    public TodayView(CheckInViewModel model, AlertsViewModel alerts, TreatmentViewModel treatmentModel, Node medicines,
                     Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.treatment = new TreatmentTodayCard(treatmentModel, messages);
        this.medicines = medicines;
        setId("today-view");
        getStyleClass().add("screen");
        alertPanel = new AlertPanel(alerts, messages, model::openSettings);
        symptomScroll = (ScrollPane) symptoms();
        details();
        HBox.setHgrow(symptomScroll, Priority.ALWAYS);
        setCenter(scrollingWhenCrowded(header(), form));
        arrangeByWindowWidth();
        model.formItems().addListener((ListChangeListener<SymptomItem>) c -> buildRows());
        buildRows();
        // after a save, and after an alert is read, the cursor goes where the next action is (D15)
        model.busyProperty().addListener((o, was, busy) -> {
            if (was && !busy) {
                javafx.application.Platform.runLater(this::focusNextAction);
            }
        });
        model.openAlerts().addListener((ListChangeListener<Object>) c -> {
            javafx.scene.Scene scene = getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            if (scene != null && (owner == null || !isInside(owner, this) || isInside(owner, alertPanel))) {
                // once the alert cards are rebuilt, or JavaFX would hand the focus to the sidebar
                AfterFrame.afterLayout(scene, this::focusNextAction);
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Alt+H: to the first open alert's "What did you do?"; Enter there marks it read (2 keys)
            if (e.isAltDown() && !e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.H
                    && firstAlertNote().isPresent()) {
                e.consume();
                firstAlertNote().get().requestFocus();
            }
        });
    }

    /** The first open alert's "What did you do?" field when an alert is open, else the first symptom. */
    public void focusNextAction() {
        firstAlertNote().ifPresentOrElse(Node::requestFocus, this::focusFirstField);
    }

    private java.util.Optional<Node> firstAlertNote() {
        return alertPanel.isVisible() ? alertPanel.firstNote() : java.util.Optional.empty();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header (course lines, open alerts) above the form columns. On a small screen with alerts open the
     * header is tall; the form keeps a usable height and the whole screen scrolls instead of squeezing it away.
     */
    private static Node scrollingWhenCrowded(Region header, VBox form) {
        header.setMinHeight(Region.USE_PREF_SIZE); // alerts are never squeezed to make room
        VBox.setVgrow(form, Priority.ALWAYS);
        ScrollPane scroll = UncachedViewport.of(Forms.scrolling(new VBox(header, form)));
        scroll.setFitToHeight(true);
        return scroll;
    }

    /**
     * Side by side when the symptoms' full rows and the right column both fit; otherwise one column (symptoms,
     * then the details) that the whole screen scrolls, with the save bar kept in sight at the bottom.
     */
    @Override
    protected void layoutChildren() {
        double rowWidth = rows.getChildren().stream().filter(ItemRow.class::isInstance)
                .mapToDouble(row -> row.prefWidth(-1)).max().orElse(0); // wrapping notes would count a whole line
        double needed = rowWidth + symptomCard.snappedLeftInset() + symptomCard.snappedRightInset()
                + 14 /* the symptoms' scroll bar */ + columns.getSpacing() + detailColumn.getMinWidth()
                + snappedLeftInset() + snappedRightInset();
        arrangement.fit(getWidth() < needed);
        super.layoutChildren();
    }

    /**
     * A first guess at the columns, from the window's width, before the first CSS pass: the first layout corrects a
     * wrong guess, but then moves the whole form and styles it again (on the ten-year journal a tenth of the UI
     * thread's work before the first window). At 100 % text two columns need about 1,100 px beside the sidebar, so a
     * window under {@link #TWO_COLUMNS_FROM} (a 1366×768 laptop's fitted window, 1024×600) starts with one.
     */
    private void arrangeByWindowWidth() {
        arrangement.fit(false);
        sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                sceneProperty().removeListener(this); // only the first time: afterwards each layout decides
                boolean narrow = scene != null && scene.getWidth() > 0 && scene.getWidth() < TWO_COLUMNS_FROM;
                if (scene != null && scene.getWidth() > 0) {
                    arrangement.fit(narrow);
                }
                addDetailCards(narrow);
            }
        });
    }

    /**
     * The check-in's own cards in the right column (when and who, temperature and weight, warning signs, note,
     * medicines). In one column they are below the fold of the first frame, so they come in one part right after
     * it, in their place: styling and laying out their fields (most of Today's) was a large part of the UI thread's
     * work before the first window (issue 21). One part, not two, so Today is complete once the first frame is
     * painted: the part is built while the render thread paints it, and each further part cost another frame, a
     * whole repaint of the page (its height changes), before Today was complete. Side by side they are in sight,
     * so in the first frame.
     */
    private void addDetailCards(boolean belowTheFold) {
        if (!belowTheFold) {
            detailCards.getChildren().addAll(ownCards());
            return;
        }
        PartsAfterFrame later = new PartsAfterFrame();
        detailCards.getChildren().add(later.later(() -> new VBox(detailCards.getSpacing(), ownCards())));
        later.buildAfterFirstFrame(this);
    }

    private Node[] ownCards() {
        return new Node[] {whenAndWho(), vitals(), new WarningSignsCard(model.signs(), messages), note(), medicines};
    }

    private void arrange(boolean narrow) {
        if (narrow) {
            symptomScroll.setContent(null);
            detailScroll.setContent(null);
            columns.getChildren().clear();
            detailColumn.getChildren().clear();
            form.setSpacing(12);
            form.setMinHeight(Region.USE_PREF_SIZE);
            form.getChildren().setAll(symptomCard, detailCards);
            setBottom(buttonBar);
            BorderPane.setMargin(buttonBar, new Insets(12, 0, 0, 0));
        } else {
            setBottom(null);
            symptomScroll.setContent(symptomCard);
            detailScroll.setContent(detailCards);
            detailColumn.getChildren().setAll(detailScroll, buttonBar);
            columns.getChildren().setAll(symptomScroll, detailColumn);
            columns.setMinHeight(FORM_MIN_HEIGHT);
            VBox.setVgrow(columns, Priority.ALWAYS);
            form.setMinHeight(FORM_MIN_HEIGHT);
            form.getChildren().setAll(columns);
        }
    }

    /** True when the check-in is shown as one column. */
    public boolean isStacked() {
        return arrangement.isNarrow();
    }

    /** Brings the treatment lines up to today's date, which may have changed since the screen was last shown. */
    public void refreshTreatment() {
        treatment.refresh();
    }

    /**
     * Puts a card at the top of the right-hand column (the guidance on what was scored), where it is seen at once
     * beside the scores; it appears while the user is still in the symptom column, before they move on.
     */
    public void addAtTopOfDetails(Node card) {
        detailCards.getChildren().add(0, card);
    }

    /** Puts the cursor on the first symptom, so the keyboard path starts right away. */
    public void focusFirstField() {
        rows.getChildren().stream().filter(ItemRow.class::isInstance).findFirst()
                .ifPresent(row -> ((ItemRow) row).field().requestFocus());
    }

    private VBox header() {
        Label title = new Label();
        title.setId("today-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.editingProperty().map(e -> e == null
                ? messages.get("checkIn.title.new") : messages.get("checkIn.title.edit", formats.dateTime(e.recordedAt())))
                .orElse(messages.get("checkIn.title.new")));
        Label status = new StatusLine("checkin-status", model.statusProperty());
        VBox header = new VBox(6, title, status, treatment, alertPanel);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private Node symptoms() {
        Label instruction = Forms.cardTitle(EsasItem.INSTRUCTION);
        instruction.setWrapText(true);
        Label acknowledgement = new Label(EsasItem.ACKNOWLEDGEMENT);
        acknowledgement.setId("esas-acknowledgement");
        acknowledgement.getStyleClass().add("acknowledgement");
        acknowledgement.setWrapText(true);
        VBox card = new VBox(10, instruction, rows, acknowledgement);
        card.getStyleClass().add(Style.CARD);
        symptomCard = card;
        ScrollPane scroll = UncachedViewport.of(Forms.scrolling(card));
        return scroll;
    }

    private void buildRows() {
        rows.getChildren().clear();
        for (SymptomItem item : model.formItems()) {
            boolean other = item.esas().filter(EsasItem.OTHER_PROBLEM::equals).isPresent();
            FieldId field = CheckInValidator.itemField(item.id());
            rows.getChildren().add(new ItemRow(item, model.answer(item.id()), other ? model.otherProblemProperty() : null,
                    model.errors(), field, messages, () -> model.checkField(field)));
            if (SymptomItem.VOMITING.equals(item.code())) {
                rows.getChildren().add(fluidsQuestion(item));
            }
        }
    }

    /** Under the vomiting count, from 1 episode: do drinks stay down? The tick is the warning sign's own. */
    private Node fluidsQuestion(SymptomItem vomiting) {
        String text = model.signs().sign(FluidsQuestion.SIGN).map(WarningSign::text).orElse("");
        CheckBox box = new CheckBox(text);
        box.setId("vomiting-fluids");
        box.setWrapText(true);
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(model.signs().ticked(FluidsQuestion.SIGN));
        Label ask = new Label(messages.get("checkIn.fluids.ask"));
        ask.setWrapText(true);
        ask.getStyleClass().add("item-hint");
        VBox question = new VBox(4, ask, box);
        question.setId("vomiting-fluids-question");
        question.getStyleClass().add("fluids-question");
        Forms.shownWhile(question, model.asksAboutFluids(vomiting.id()));
        return question;
    }

    private Node details() {
        ScrollPane scroll = UncachedViewport.of(Forms.scrolling(detailCards));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        detailScroll = scroll;
        buttonBar = buttons();
        VBox column = new VBox(12, scroll, buttonBar);
        column.setMinWidth(380);
        column.setPrefWidth(420);
        column.setMaxWidth(460);
        detailColumn = column;
        return column;
    }

    private Node whenAndWho() {
        DateField date = FormFields.pastDate("checkin-date", model.dateProperty(), model::today, messages);
        date.valueProperty().addListener((obs, old, now) -> model.clearError(CheckInValidator.Field.DATE));
        Button today = Forms.button("checkin-now", messages.get("checkIn.now"), model::setDateToday);
        Button yesterday = Forms.button("checkin-yesterday", messages.get("checkIn.yesterday"), model::setDateYesterday);

        TextField time = new TextField();
        time.setId("checkin-time");
        time.setPrefColumnCount(5);
        time.setPromptText("HH:MM");
        time.textProperty().bindBidirectional(model.timeProperty());
        time.textProperty().addListener((obs, old, now) -> model.clearError(CheckInValidator.Field.TIME));
        time.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.checkField(CheckInValidator.Field.TIME);
            }
        });

        // its list made when first opened: JavaFX's skin styles a whole hidden list with the box (issue 21)
        ComboBox<RecorderRole> role = ListWhenShownSkin.install(new ComboBox<>());
        role.setId("checkin-recorder-role");
        role.getItems().setAll(RecorderRole.values());
        role.setConverter(Converters.roles(messages));
        role.valueProperty().bindBidirectional(model.recorderRoleProperty());
        TextField name = new TextField();
        name.setId("checkin-recorder-name");
        name.setPromptText(messages.get("checkIn.recorderName.prompt"));
        name.setAccessibleText(messages.get("checkIn.recorderName.accessible"));
        name.textProperty().bindBidirectional(model.recorderNameProperty());

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("checkIn.date"), date), new VBox(6, date, date.errorLabel(),
                FieldErrors.errorLabel("checkin-date", CheckInValidator.Field.DATE, model.errors(), date),
                new HBox(6, today, yesterday)));
        grid.addRow(1, Forms.label(messages.get("checkIn.time"), time), new VBox(4, time,
                FieldErrors.errorLabel("checkin-time", CheckInValidator.Field.TIME, model.errors(), time)));
        grid.addRow(2, Forms.label(messages.get("checkIn.recorder"), role), role);
        grid.add(name, 1, 3);
        return Forms.card(messages.get("checkIn.when"), grid);
    }

    private Node vitals() {
        GridPane grid = Forms.grid();
        TextField temperature = measureField("checkin-temperature", model.temperatureProperty(),
                CheckInValidator.Field.TEMPERATURE);
        Label tUnit = new Label();
        tUnit.textProperty().bind(model.temperatureUnitProperty().map(u -> u.symbol()));
        Label threshold = new Label();
        threshold.getStyleClass().add("item-hint");
        threshold.setWrapText(true); // cut at 200 % text in a 1024×600 window
        threshold.textProperty().bind(model.profileProperty().map(p -> messages.get("checkIn.threshold",
                AlertWords.temperature(p.feverThresholdCelsius(), p.temperatureUnit()))));
        TextField weight = measureField("checkin-weight", model.weightProperty(), CheckInValidator.Field.WEIGHT);
        Label wUnit = new Label();
        wUnit.textProperty().bind(model.weightUnitProperty().map(u -> u.symbol()));
        grid.addRow(0, Forms.label(messages.get("checkIn.temperature"), temperature), new VBox(4, new HBox(6, temperature, tUnit),
                FieldErrors.errorLabel("checkin-temperature", CheckInValidator.Field.TEMPERATURE, model.errors(),
                        temperature),
                threshold));
        grid.addRow(1, Forms.label(messages.get("checkIn.weight"), weight), new VBox(4, new HBox(6, weight, wUnit),
                FieldErrors.errorLabel("checkin-weight", CheckInValidator.Field.WEIGHT, model.errors(), weight)));
        VBox card = Forms.card(messages.get("checkIn.vitals"), grid);
        if (model.homeReadings() != null) {
            // built once first offered: most journals never offer them, and their fields, error lines and labels
            // were 16 of the 90 nodes Today built and styled right after its first frame (issue 21)
            FirstTime.whenTrue(model.homeReadings().offeredProperty(), () -> bloodPressure(grid, model.homeReadings()));
            // the card's heading names what it asks for: "Temperature, weight and blood pressure" while offered
            ((Label) card.getChildren().get(0)).textProperty().bind(model.homeReadings().offeredProperty()
                    .map(on -> messages.get(on ? "checkIn.vitals.withBloodPressure" : "checkIn.vitals")));
        }
        return card;
    }

    /**
     * Home blood pressure and pulse, while offered (a drug in the plan asks for it, or a team level is entered),
     * with the team's level beside it or the plain fact that none is entered.
     */
    private void bloodPressure(GridPane grid, HomeReadingForm form) {
        TextField systolic = readingField("checkin-bp-systolic", form.systolicProperty(), HomeVital.Field.SYSTOLIC,
                messages.get("checkIn.bp.systolic.accessible"));
        TextField diastolic = readingField("checkin-bp-diastolic", form.diastolicProperty(), HomeVital.Field.DIASTOLIC,
                messages.get("checkIn.bp.diastolic.accessible"));
        TextField pulse = readingField("checkin-pulse", form.pulseProperty(), HomeVital.Field.PULSE,
                messages.get("checkIn.pulse.accessible"));
        Label level = new Label();
        level.setId("checkin-bp-level");
        level.getStyleClass().add("item-hint");
        level.setWrapText(true);
        level.setMinHeight(Region.USE_PREF_SIZE);
        level.textProperty().bind(form.levelsProperty().map(this::levelText));
        HBox numbers = new HBox(6, systolic, new Label("/"), diastolic, new Label("mmHg"));
        numbers.setAlignment(Pos.CENTER_LEFT);
        HBox beats = new HBox(6, pulse, new Label(messages.get("checkIn.pulse.unit")));
        beats.setAlignment(Pos.CENTER_LEFT);
        Label bpLabel = Forms.label(messages.get("checkIn.bp"), systolic);
        Label pulseLabel = Forms.label(messages.get("checkIn.pulse"), pulse);
        VBox bpBox = new VBox(4, numbers,
                FieldErrors.errorLabel("checkin-bp-systolic", HomeVital.Field.SYSTOLIC, model.errors(), systolic),
                FieldErrors.errorLabel("checkin-bp-diastolic", HomeVital.Field.DIASTOLIC, model.errors(), diastolic),
                level);
        VBox pulseBox = new VBox(4, beats, FieldErrors.errorLabel("checkin-pulse", HomeVital.Field.PULSE, model.errors(),
                pulse));
        bpBox.setId("checkin-bp-row");
        grid.addRow(2, bpLabel, bpBox);
        grid.addRow(3, pulseLabel, pulseBox);
        for (Node node : List.of(bpLabel, bpBox, pulseLabel, pulseBox)) {
            node.visibleProperty().bind(form.offeredProperty());
            node.managedProperty().bind(form.offeredProperty());
        }
    }

    private String levelText(BloodPressureLevels levels) {
        if (levels.isEmpty()) {
            return messages.get("checkIn.bp.noLevel");
        }
        return messages.get("checkIn.bp.level", levels.systolic().map(String::valueOf).orElse("–"),
                levels.diastolic().map(String::valueOf).orElse("–"));
    }

    private TextField readingField(String id, javafx.beans.property.StringProperty value, FieldId field,
                                   String accessible) {
        TextField text = checkedField(id, value, 4, field, model::checkReadingField);
        text.setAccessibleText(accessible);
        return text;
    }

    private Node note() {
        TextArea note = new TextArea();
        note.setId("checkin-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.setPromptText(messages.get("checkIn.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        Label heading = Forms.label(messages.get("checkIn.note"), note);
        heading.getStyleClass().setAll("label", Style.CARD_TITLE);
        VBox card = new VBox(10, heading, note,
                FieldErrors.errorLabel("checkin-note", CheckInValidator.Field.NOTE, model.errors(), note));
        card.getStyleClass().add(Style.CARD);
        return card;
    }

    private Node buttons() {
        Button same = Forms.button("checkin-same", messages.get("checkIn.sameAsYesterday"), model::sameAsLast);
        same.setMnemonicParsing(true);
        Button cancel = Forms.button("checkin-cancel-edit", messages.get("checkIn.cancelEdit"), model::cancelEdit);
        Forms.shownWhile(cancel, model.editingProperty().isNotNull());
        Button save = new Button(messages.get("checkIn.save"));
        save.setId("checkin-save");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("primary");
        // not the default button: Enter in a field must never save the whole form (D6); Ctrl+S and a click do
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        return new EndButtonBar(save, same, cancel);
    }

    private TextField measureField(String id, javafx.beans.property.StringProperty value, FieldId field) {
        return checkedField(id, value, 6, field, model::checkField);
    }

    /** A number field whose problem goes while the user types and is checked again when the cursor leaves it. */
    private TextField checkedField(String id, javafx.beans.property.StringProperty value, int columns, FieldId field,
                                   java.util.function.Consumer<FieldId> check) {
        TextField text = new TextField();
        text.setId(id);
        text.setPrefColumnCount(columns);
        text.textProperty().bindBidirectional(value);
        text.textProperty().addListener((obs, old, now) -> model.clearError(field));
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                check.accept(field);
            }
        });
        return text;
    }


}
