package org.leiojournal.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A tab pane's tabs as buttons that wrap onto a second line, shown instead of the pane's own row of tabs when
 * that row is wider than the pane (large text, small window): JavaFX would push the last tabs off the edge, behind
 * a small menu arrow. The pane stays the one that holds the tabs and the selection; these buttons only choose.
 */
public final class TabChoices extends FlowPane {

    /** The tab pane's style class while its own row of tabs is hidden (see leio.css). */
    static final String HEADLESS = "headless";

    private final TabPane tabs;
    private final ToggleGroup group = new ToggleGroup();
    private Boolean shown;
    /** The tab pane's own row of tab headers, once its skin has made it. */
    private Region headers;

    /**
     * A screen of tabs under a header: its tabs keep a least height, and the whole screen scrolls down when large
     * text leaves them too little (issue 20), or when the chosen tab needs more (the tabs never cut it off). The tabs
     * can never be closed.
     */
    public ScrollPane page(Node header) {
        tabs.getStyleClass().add("screen-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TabsRoom room = new TabsRoom(tabs);
        VBox.setVgrow(room, Priority.ALWAYS);
        ScrollPane page = Forms.scrolling(new VBox(header, this, room));
        page.setFitToHeight(true);
        return page;
    }

    public TabChoices(TabPane tabs) {
        super(6, 6);
        this.tabs = tabs;
        getStyleClass().add("tab-choices");
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> rebuildIfShown());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> selectButtonOf(tab));
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // one tab is always open, as with the pane's own tabs
            } else if (now != null) {
                tabs.getSelectionModel().select((Tab) now.getUserData());
            }
        });
        show(false);
    }

    /** Shows these buttons in place of the tab pane's row when the row does not fit; call while laying out. */
    public void fit() {
        show(rowTooWide());
    }

    /** True when the buttons stand in for the tab pane's own row. */
    public boolean isShown() {
        return Boolean.TRUE.equals(shown);
    }

    private boolean rowTooWide() {
        Region row = headers();
        return row != null && tabs.getWidth() > 0 && row.prefWidth(-1) > tabs.getWidth() - 2;
    }

    /**
     * The tab pane's row of tabs, found once while the pane keeps its skin: this is asked in every layout of the
     * screen, and a lookup parsed the selector again at every node of every tab's content on its way to the row,
     * which the skin puts after them (issue 21: 0.16 MB in the Appointments form's frame), as in {@link TabsRoom}.
     */
    private Region headers() {
        if (headers == null || headers.getParent() == null
                || !tabs.getChildrenUnmodifiable().contains(headers.getParent())) { // a new skin: a new row
            headers = tabs.lookup(".headers-region") instanceof Region found ? found : null;
        }
        return headers;
    }

    private void show(boolean wrap) {
        if (shown != null && shown == wrap) {
            return;
        }
        shown = wrap;
        setVisible(wrap);
        setManaged(wrap);
        if (wrap && getChildren().isEmpty()) {
            rebuild();
            applyCss(); // styled and skinned now, so the layout under way measures them
        }
        if (wrap) {
            tabs.getStyleClass().add(HEADLESS);
        } else {
            tabs.getStyleClass().remove(HEADLESS);
        }
    }

    /**
     * The buttons are made when first shown: at 100 % text on a laptop they never are, and five hidden toggle buttons
     * (and, while the screen adds its tabs one by one, 15) were made and styled in the screen's first frame (issue 21).
     */
    private void rebuildIfShown() {
        if (isShown()) {
            rebuild();
        } else {
            getChildren().clear();
            group.getToggles().clear();
        }
    }

    private void rebuild() {
        getChildren().clear();
        group.getToggles().clear();
        for (Tab tab : tabs.getTabs()) {
            ToggleButton button = new ToggleButton(tab.getText());
            button.setId(tab.getId() == null ? null : tab.getId() + "-choice");
            button.getStyleClass().add("tab-choice");
            button.setUserData(tab);
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(button);
        }
        selectButtonOf(tabs.getSelectionModel().getSelectedItem());
    }

    private void selectButtonOf(Tab tab) {
        group.getToggles().stream().filter(t -> t.getUserData() == tab).findFirst().ifPresent(t -> t.setSelected(true));
    }
}
