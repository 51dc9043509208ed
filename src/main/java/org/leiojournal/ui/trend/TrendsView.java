package org.leiojournal.ui.trend;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TextScale;
import org.leiojournal.ui.common.WrappingTitledPane;

/**
 * The Trends screen: measures on the left, range and view above, the charts (or the by-cycle chart, or the
 * table) in the middle, guidance on the right. ← → pan and + − zoom wherever the keys are not typing a date.
 */
public final class TrendsView extends BorderPane {

    private final TrendsViewModel model;
    private final MeasureChooser chooser;
    /** The guidance beside the charts, or under them behind a header on a small window (D8). */
    private final TrendGuidancePane side;
    private final TitledPane below;
    /** Everything under the screen's edge; it scrolls down when large text makes it taller than the window. */
    private final BorderPane body = new BorderPane();
    /** The title and the range bar; the measures' column too when it stands above the charts. */
    private final VBox top;
    /** The measures' column, beside the charts or above them ({@link #chooserAbove}). */
    private final ScrollPane left;
    private final Arrangement chooserPlace = new Arrangement(this::chooserAbove);
    /**
     * Holds the body only above 100 % text: a scrolling page around ten years of charts costs about 10 MB of
     * resident memory (the benchmark's 300 MB target), and at 100 % the screen fits every window size without it.
     */
    private final ScrollPane page = new ScrollPane();
    private Boolean narrow;

    public TrendsView(TrendsViewModel model, GuidanceLibrary library, Messages messages) {
        this.model = model;
        setId("trends-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("trends.title"));
        title.getStyleClass().add("screen-title");
        top = new VBox(8, title, new RangeBar(model, messages));
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        body.setTop(top);
        chooser = new MeasureChooser(model.measures(), model.words(), messages);
        left = new ScrollPane(chooser);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("plain-scroll");
        body.setLeft(left);
        body.setCenter(center(messages));
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("plain-scroll");
        setCenter(body);
        side = new TrendGuidancePane(model.guidance(), library, messages);
        side.setPrefWidth(340);
        side.setMinWidth(260);
        // its title wraps at large text in a small window: unwrapped it held the screen 888 px wide for 564, and
        // JavaFX's own title bar cut it to "What these measures mean, and …"
        below = new WrappingTitledPane(messages.get("trends.guidance.below"));
        below.setId("trend-guidance-below");
        below.setExpanded(false);
        below.setAnimated(false);
        below.setMaxHeight(Region.USE_PREF_SIZE);
        arrange(false);
        // a filter: focused buttons would otherwise turn the arrows into focus moves before the screen sees them
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    protected void layoutChildren() {
        double scale = TextScale.of(this);
        arrange(getWidth() < NARROW * scale);
        double em = TextScale.BASE_FONT_PX * scale;
        chooserPlace.fit(getWidth() - snappedLeftInset() - snappedRightInset()
                < left.prefWidth(-1) + CHART_ROOM_EM * em);
        compact(scale >= COMPACT_SCALE);
        scrollsAsAPage(scale > 1);
        super.layoutChildren();
    }

    private void scrollsAsAPage(boolean paged) {
        if (paged == (getCenter() == page)) {
            return;
        }
        if (paged) {
            setCenter(null);
            page.setContent(body);
            setCenter(page);
        } else {
            page.setContent(null);
            setCenter(body);
        }
    }

    /** From this text size the measures' column is narrower (its names wrap), so the charts keep some width. */
    private static final double COMPACT_SCALE = 1.5;

    private void compact(boolean compact) {
        boolean now = chooser.getStyleClass().contains("compact");
        if (compact && !now) {
            chooser.getStyleClass().add("compact");
        } else if (!compact && now) {
            chooser.getStyleClass().remove("compact");
        }
    }

    /** The least width of the charts beside the measures' column, in em; narrower, the column goes above them. */
    private static final double CHART_ROOM_EM = 20;

    /** The measures' list above the charts keeps this height, in em (about three measures); it scrolls. */
    private static final double CHOOSER_ABOVE_EM = 9;

    /**
     * Puts the measures' column above the charts, as a short list that scrolls, or back beside them: at 200 % text in
     * a 1024×600 window the charts beside it were about 50 px wide.
     */
    private void chooserAbove(boolean above) {
        if (above) {
            body.setLeft(null);
            left.setPrefHeight(CHOOSER_ABOVE_EM * TextScale.BASE_FONT_PX * TextScale.of(this));
            top.getChildren().add(left);
        } else {
            top.getChildren().remove(left);
            left.setPrefHeight(Region.USE_COMPUTED_SIZE);
            body.setLeft(left);
        }
    }

    /** Below this width (at 100 % text) the charts keep the room and the guidance folds away under them. */
    private static final double NARROW = 1100;

    private void arrange(boolean small) {
        if (narrow != null && narrow == small) {
            return;
        }
        narrow = small;
        if (small) {
            body.setRight(null);
            side.setPrefHeight(220);
            below.setContent(side);
            body.setBottom(below);
        } else {
            body.setBottom(null);
            below.setContent(null);
            side.setPrefHeight(Region.USE_COMPUTED_SIZE);
            // a folded TitledPane hides its content, and nothing shows it again once it is taken out: without this
            // the window made wider showed a blank column where the guidance should be
            side.setVisible(true);
            body.setRight(side);
        }
    }

    /** Puts the keyboard on the first tick box, where choosing what to see starts. */
    public void focusFirst() {
        chooser.getChildren().stream().filter(Node::isFocusTraversable).findFirst().ifPresent(Node::requestFocus);
    }

    private Node center(Messages messages) {
        Node dates = new DateChartsPane(model, model.words(), messages);
        dates.setUserData(TrendMode.DATE);
        Label message = new Label();
        message.setId("trend-message");
        message.getStyleClass().add("trend-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        org.leiojournal.ui.common.Loading.mark(message, model.loadingProperty());
        var blank = model.messageProperty().isEmpty();
        dates.visibleProperty().bind(blank.and(model.modeProperty().isEqualTo(TrendMode.DATE)));
        StackPane center = new StackPane(dates, message);
        center.setId("trend-center");
        // the by-cycle view and the table are made the first time they are chosen: hidden, they were styled and
        // laid out in the first visit's frame all the same (a combo box, a chart and two tables; issue 21)
        FirstTime.whenEqual(model.modeProperty(), TrendMode.CYCLE,
                () -> shownIn(center, TrendMode.CYCLE, new CycleChartPane(model, messages), blank));
        FirstTime.whenEqual(model.modeProperty(), TrendMode.TABLE,
                () -> shownIn(center, TrendMode.TABLE, new TrendTablePane(model, messages), blank));
        return center;
    }

    /** Puts a view in the centre in the views' order (dates, by cycle, table), under the message. */
    private void shownIn(StackPane center, TrendMode mode, Node view,
                         javafx.beans.binding.BooleanBinding blank) {
        view.setUserData(mode);
        view.visibleProperty().bind(blank.and(model.modeProperty().isEqualTo(mode)));
        int at = 0;
        while (center.getChildren().get(at).getUserData() instanceof TrendMode before
                && before.ordinal() < mode.ordinal()) {
            at++;
        }
        center.getChildren().add(at, view);
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase
                || e.getTarget() instanceof javafx.scene.control.TableView || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT -> model.range().earlier();
            case RIGHT -> model.range().later();
            case PLUS, ADD, EQUALS -> model.range().zoomIn();
            case MINUS, SUBTRACT -> model.range().zoomOut();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
