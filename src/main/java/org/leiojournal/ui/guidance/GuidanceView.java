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
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.ScrollIntoView;

/**
 * The Guidance screen: a search field and the list of panels on the left, the chosen panel on the right; where the
 * page beside them would be too narrow to read (a small window at a large text), they stand above it and the screen
 * scrolls as one. Typing filters the list; Down moves into it; choosing a row shows its panel; Enter moves on to the
 * page.
 */
public final class GuidanceView extends BorderPane {

    /** The search column's width in px at the usual text size, and in em at larger sizes. */
    private static final double COLUMN_WIDTH = 260;
    private static final double COLUMN_EMS = 12;
    /** Space between the column and the page. */
    private static final double GAP = 16;
    /**
     * The least width in em the page gets beside the column, about 35 characters a line; below it the column stands
     * above the page (at 200 % text in 1024 px the page was 212 px wide, its title's words wider than that).
     */
    private static final double PAGE_EMS = 18;
    /** The screen's style class while the column stands above the page: the list is short then (leio.css). */
    private static final String NARROW = "guidance-narrow";

    private final GuidanceViewModel model;
    private final TextField search = new TextField();
    private final ListView<GuidancePanel> list;
    private final GuidancePanelView page;
    private final ScrollPane pageScroll;
    private final VBox header;
    private final VBox column;
    /** The page or what a search did not find: the page's own, or the screen's, scrolled content. */
    private final VBox pageBox;
    /** What {@link #pageScroll} scrolls: the page alone, or the header and column above it. */
    private final VBox scrolled = new VBox();
    private final Arrangement arrangement = new Arrangement(this::arrange);

    public GuidanceView(GuidanceViewModel model, Messages messages) {
        this.model = model;
        setId("guidance-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("guidance.title"));
        title.getStyleClass().add("screen-title");
        header = new VBox(6, title, Forms.hint(messages.get("guidance.intro")));
        header.setPadding(new Insets(0, 0, 12, 0));

        page = new GuidancePanelView("guidance-panel", model.library(), messages, this::openRelated);
        // the page comes a frame after the search field and the list, where the keyboard starts: styling both at
        // once held the window over 100 ms (issue 21)
        PartsAfterFrame later = new PartsAfterFrame();
        pageBox = new VBox(later.later(() -> page), nothingFound(messages));
        pageScroll = Forms.scrolling(scrolled);
        pageScroll.setId("guidance-scroll");
        list = list(messages);
        HBox.setHgrow(pageScroll, Priority.ALWAYS);
        column = searchColumn(messages);
        arrangement.fit(false);

        model.selectedProperty().addListener((o, old, panel) -> showPanel(panel));
        showPanel(model.selectedProperty().get());
        later.buildAfterFirstFrame(this);
    }

    /**
     * Shows a related page from its top, the focus on the page as after Enter in the list: the link followed goes
     * with the old page, and a click on it may have left the focus in the search field.
     */
    private void openRelated(GuidancePanel other) {
        pageScroll.requestFocus();
        model.show(other.id());
        revealPage();
    }

    /** Puts the cursor in the search field, where the keyboard path of this screen starts. */
    public void focusSearch() {
        search.requestFocus();
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - columnWidth() - GAP;
        arrangement.fit(getWidth() > 0 && room < PAGE_EMS * em());
        super.layoutChildren();
    }

    /** The header, column and page beside or above each other; the page's box keeps its place for its later part. */
    private void arrange(boolean narrow) {
        getStyleClass().remove(NARROW);
        if (narrow) {
            getStyleClass().add(NARROW);
            setTop(null);
            scrolled.getChildren().setAll(header, column, pageBox);
            setCenter(pageScroll);
        } else {
            scrolled.getChildren().setAll(pageBox);
            setTop(header);
            setCenter(new HBox(GAP, column, pageScroll));
        }
    }

    private double em() {
        return search.getFont().getSize();
    }

    private double columnWidth() {
        return Math.max(COLUMN_WIDTH, COLUMN_EMS * em());
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
        column.minWidthProperty().bind(Bindings.createDoubleBinding(this::columnWidth, search.fontProperty()));
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
                revealPage();
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
        if (!arrangement.isNarrow()) {
            pageScroll.setVvalue(0);
        } // with the column above, the screen stays while the arrow keys or the search change the page (revealPage)
        if (panel != null && list.getSelectionModel().getSelectedItem() != panel && list.getItems().contains(panel)) {
            list.getSelectionModel().select(panel);
            list.scrollTo(panel);
        }
    }

    /**
     * While the column stands above the page, scrolls the screen to the page's top once the page is laid out: before,
     * its wrapped lines' heights are not known, and the scroll's place (a fraction of the height) missed the page.
     */
    private void revealPage() {
        if (arrangement.isNarrow() && getScene() != null) {
            AfterFrame.afterLayout(getScene(), () -> ScrollIntoView.show(pageBox));
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
            // with the list above the page, a click on a topic scrolls to its page (arrow keys stay in the list); on
            // release, which comes to the pressed cell: the press may scroll the list into sight, so no click follows
            setOnMouseReleased(e -> {
                if (!isEmpty()) {
                    revealPage();
                }
            });
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
