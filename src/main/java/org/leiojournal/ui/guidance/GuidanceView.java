package org.leiojournal.ui.guidance;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;

/**
 * The Guidance screen: a search field and the list of panels on the left, the chosen panel on the right.
 * Typing filters the list; Down moves into it; choosing a row shows its panel; Enter moves on to the page.
 */
public final class GuidanceView extends BorderPane {

    /** The search column's width in px at the usual text size, and in em at larger sizes. */
    private static final double COLUMN_WIDTH = 260;
    private static final double COLUMN_EMS = 12;

    private final GuidanceViewModel model;
    private final TextField search = new TextField();
    private final ListView<GuidancePanel> list;
    private final GuidancePanelView page;
    private final ScrollPane pageScroll;

    public GuidanceView(GuidanceViewModel model, Messages messages) {
        this.model = model;
        setId("guidance-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("guidance.title"));
        title.getStyleClass().add("screen-title");
        VBox header = new VBox(6, title, Forms.hint(messages.get("guidance.intro")));
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        page = new GuidancePanelView("guidance-panel", model.library(), messages, other -> model.show(other.id()));
        // the page comes a frame after the search field and the list, where the keyboard starts: styling both at
        // once held the window over 100 ms (issue 21)
        PartsAfterFrame later = new PartsAfterFrame();
        pageScroll = Forms.scrolling(new VBox(later.later(() -> page), nothingFound(messages)));
        pageScroll.setId("guidance-scroll");
        list = list(messages);
        HBox.setHgrow(pageScroll, Priority.ALWAYS);
        setCenter(new HBox(16, searchColumn(messages), pageScroll));

        model.selectedProperty().addListener((o, old, panel) -> showPanel(panel));
        showPanel(model.selectedProperty().get());
        later.buildAfterFirstFrame(this);
    }

    /** Puts the cursor in the search field, where the keyboard path of this screen starts. */
    public void focusSearch() {
        search.requestFocus();
    }

    private VBox searchColumn(Messages messages) {
        search.setId("guidance-search");
        search.setPromptText(messages.get("guidance.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                enterList();
                e.consume();
            }
        });
        VBox column = new VBox(6, Forms.label(messages.get("guidance.search"), search), search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        // one width with or without the page: a page's wrapped lines ask for more than any window has, so the row
        // always squeezed this column to its least, and 330 showed only on a frame without the page. From 175 %
        // text it widens with the text (12 em), so a title's longest word ("leiomyosarcoma") is never broken.
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(COLUMN_WIDTH, COLUMN_EMS * search.getFont().getSize()), search.fontProperty()));
        column.prefWidthProperty().bind(column.minWidthProperty());
        return column;
    }

    /**
     * In the page's place while the search finds nothing: what was searched for and a way back to every topic, so
     * no page unrelated to the search is shown.
     */
    private VBox nothingFound(Messages messages) {
        Label what = new Label();
        what.setId("guidance-nothing-found-title");
        what.setWrapText(true);
        what.getStyleClass().add("guidance-title");
        what.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("guidance.nothingFound", model.queryProperty().get().strip()), model.queryProperty()));
        VBox box = new VBox(12, what, Forms.hint(messages.get("guidance.list.empty")),
                Forms.button("guidance-show-all", messages.get("guidance.showAll"), () -> {
                    model.showAll();
                    search.requestFocus();
                }));
        box.setId("guidance-nothing-found");
        box.visibleProperty().bind(model.selectedProperty().isNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private ListView<GuidancePanel> list(Messages messages) {
        ListView<GuidancePanel> view = new ListView<>(model.panels());
        view.setId("guidance-list");
        view.setAccessibleText(messages.get("guidance.list.accessible"));
        view.setPlaceholder(new Label()); // the page's place says what was not found
        view.setCellFactory(v -> new PanelCell(v));
        view.getSelectionModel().selectedItemProperty().addListener((o, old, panel) -> model.select(panel));
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && view.getSelectionModel().getSelectedItem() != null) {
                pageScroll.requestFocus(); // the page's own links and arrow-key scrolling come next
                e.consume();
            }
        });
        return view;
    }

    private void enterList() {
        if (list.getItems().isEmpty()) {
            return;
        }
        if (list.getSelectionModel().getSelectedItem() == null) {
            list.getSelectionModel().selectFirst();
        }
        list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
        list.requestFocus();
    }

    private void showPanel(GuidancePanel panel) {
        page.show(panel);
        pageScroll.setVvalue(0);
        if (panel != null && list.getSelectionModel().getSelectedItem() != panel && list.getItems().contains(panel)) {
            list.getSelectionModel().select(panel);
            list.scrollTo(panel);
        }
    }

    /** A row: the category small above the title, both read out together, wrapped to the list's width. */
    private final class PanelCell extends ListCell<GuidancePanel> {

        private final Label kind = new Label();
        private final Label name = new Label();
        private final VBox box = new VBox(1, kind, name);

        PanelCell(ListView<GuidancePanel> owner) {
            kind.getStyleClass().add("guidance-category");
            name.getStyleClass().add("guidance-list-title");
            name.setWrapText(true);
            name.maxWidthProperty().bind(owner.widthProperty().subtract(40)); // room for the scroll bar
            setPrefWidth(0); // never wider than the list, so no sideways scrolling
            setAccessibleRole(AccessibleRole.LIST_ITEM);
        }

        @Override
        protected void updateItem(GuidancePanel panel, boolean empty) {
            super.updateItem(panel, empty);
            setText(null);
            if (empty || panel == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String category = model.categoryName(panel.category());
            kind.setText(category);
            name.setText(panel.title());
            setGraphic(box);
            setAccessibleText(category + ": " + panel.title());
        }
    }
}
