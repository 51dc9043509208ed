package org.leiojournal.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

/**
 * What a user at a small window (or large text) would find wrong with a screen: words cut to "…", controls drawn
 * outside the window, a sideways scroll bar, controls drawn over each other. Reads the laid-out scene only; call
 * on the UI thread.
 */
final class LayoutProblems {

    /** A pixel of slack for rounding. */
    private static final double SLACK = 1.5;

    private LayoutProblems() {
    }

    static List<String> of(Scene scene) {
        return of(scene, scene.getRoot());
    }

    /** The problems of {@code part} of the scene only (one form): the rest may have its own, checked elsewhere. */
    static List<String> of(Scene scene, Parent part) {
        List<String> problems = new ArrayList<>();
        List<Node> controls = new ArrayList<>();
        collect(part, controls);
        java.util.Set<ScrollPane> cutBy = new java.util.HashSet<>(); // the first control each cuts is enough
        for (Node node : controls) {
            if (node instanceof Labeled labeled && isCut(labeled) && !isCalendarChip(labeled)) {
                problems.add("cut text: \"" + labeled.getText() + "\" shows as \"" + shown(labeled) + "\"" + where(node));
            }
            cutPrompt(node).ifPresent(field -> problems.add("cut hint: \"" + field.getPromptText()
                    + "\" does not fit its empty field, " + Math.round(field.getWidth()) + " px wide"
                    + where(node)));
            cutAtTheRight(node).filter(cutBy::add).ifPresent(scroll -> problems.add("cut at the right: "
                    + describe(node) + " runs " + Math.round(pastTheRight(node, scroll)) + " px past the right of "
                    + describe(scroll) + ", with no sideways scroll bar in sight" + where(node)));
            if (outside(node, scene)) {
                problems.add("outside the window: " + describe(node) + " at " + round(node.localToScene(
                        node.getBoundsInLocal())) + where(node));
            }
        }
        for (Node bar : part.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL
                    && showing(scroll) && !inList(scroll)) {
                problems.add("sideways scroll bar" + where(scroll) + widest(scroll));
            }
        }
        for (Node node : part.lookupAll(".list-view")) {
            if (node instanceof ListView<?> list && showing(list) && !list.getItems().isEmpty()
                    && list.getHeight() < rowHeight(list)) {
                problems.add("squeezed list: " + describe(list) + " is " + Math.round(list.getHeight())
                        + " px high, less than one of its rows" + where(list));
            }
        }
        // each control's seen bounds once, not once a pair: the pairs are some hundred thousand on a full screen
        Bounds[] seen = controls.stream().map(node -> isContainer(node) ? null : seen(node)).toArray(Bounds[]::new);
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Node a = controls.get(i);
                Node b = controls.get(j);
                if (overlap(seen[i], seen[j]) && drawnApart(a, b)) {
                    problems.add("overlapping: " + describe(a) + " and " + describe(b) + where(a));
                }
            }
        }
        return problems;
    }

    /** The controls a user sees and uses: not the ones inside another control, nor rows of a list or table. */
    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Control control) {
            if (!(node instanceof IndexedCell<?>)) {
                into.add(control);
            }
            if (control instanceof ListView<?> || control instanceof TableView<?> || control instanceof TreeTableView<?>
                    || control instanceof TextInputControl || control instanceof ComboBoxBase<?>) {
                return; // their insides scroll and clip by design
            }
            if (control instanceof Labeled && !(control instanceof javafx.scene.control.TitledPane)) {
                return; // a titled pane is a labeled whose content is more controls
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /**
     * The month calendar's day cells show each appointment as a one-line chip, which may end in "…" on a small
     * window: the list beside the calendar shows the chosen day's appointments whole. The only cut text allowed.
     */
    private static boolean isCalendarChip(Labeled labeled) {
        return labeled.getStyleClass().contains("month-appointment")
                || labeled.getStyleClass().contains("month-treatment");
    }

    /** The skin replaces text that does not fit by text ending in an ellipsis. */
    static boolean isCut(Labeled labeled) {
        String text = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
        String shown = shown(labeled);
        return text != null && shown != null && !shown.equals(text)
                && (shown.endsWith("...") || shown.endsWith("\u2026") || shown.isEmpty() && !text.isEmpty());
    }

    /**
     * An empty field shows its hint ("e.g. 22/11/2026") clipped, with no "…", when the field is narrower than the
     * hint: the field a user must fill, with its example cut to "e.g.". A date picker's hint is in its editor.
     */
    static java.util.Optional<TextInputControl> cutPrompt(Node node) {
        TextInputControl field = node instanceof javafx.scene.control.DatePicker picker ? picker.getEditor()
                : node instanceof javafx.scene.control.TextField input ? input : null; // a text area wraps its hint
        if (field == null || !showing(node) || field.getPromptText() == null || field.getPromptText().isEmpty()
                || field.getText() != null && !field.getText().isEmpty()) {
            return java.util.Optional.empty();
        }
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return prompt.getLayoutBounds().getWidth() > room + SLACK ? java.util.Optional.of(field)
                : java.util.Optional.empty();
    }

    /** "Sa_ve" is shown as "Save" with the v underlined. */
    private static String withoutMnemonic(String text) {
        if (text == null) {
            return null;
        }
        int mark = text.indexOf('_');
        return mark >= 0 && mark + 1 < text.length() ? text.substring(0, mark) + text.substring(mark + 1) : text;
    }

    private static String shown(Labeled labeled) {
        // a titled pane shows its text in its title bar, one level down
        Parent holder = labeled instanceof javafx.scene.control.TitledPane pane ? titleBar(pane) : labeled;
        if (holder == null) {
            return null;
        }
        for (Node child : holder.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private static Parent titleBar(javafx.scene.control.TitledPane pane) {
        return pane.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("title"))
                .filter(Parent.class::isInstance).map(Parent.class::cast).findFirst().orElse(null);
    }

    private static boolean outside(Node node, Scene scene) {
        Bounds b = seen(node);
        if (b == null || isContainer(node)) {
            return false;
        }
        boolean sideways = b.getMinX() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK;
        boolean below = !inScroll(node) && (b.getMinY() < -SLACK || b.getMaxY() > scene.getHeight() + SLACK);
        return sideways || below;
    }

    /** Seen bounds (null for a container or a control out of sight) that share more than a sliver. */
    private static boolean overlap(Bounds x, Bounds y) {
        if (x == null || y == null) {
            return false;
        }
        double w = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX());
        double h = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
        return w > 2 && h > 2;
    }

    /** Neither inside the other nor on layers of a stack drawn over each other on purpose. */
    private static boolean drawnApart(Node a, Node b) {
        return !isAncestor(a, b) && !isAncestor(b, a) && !onSeparateLayers(a, b);
    }

    /** Panes that hold controls rather than being one. */
    private static boolean isContainer(Node node) {
        return node instanceof ScrollPane || node instanceof javafx.scene.control.TabPane
                || node instanceof javafx.scene.control.SplitPane || node instanceof ScrollBar
                || node instanceof javafx.scene.control.TitledPane || node instanceof javafx.scene.control.Accordion;
    }

    /** The part of the node inside every scroll pane around it (in the scene), null when scrolled out of sight. */
    private static Bounds seen(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                minX = Math.max(minX, view.getMinX());
                minY = Math.max(minY, view.getMinY());
                maxX = Math.min(maxX, view.getMaxX());
                maxY = Math.min(maxY, view.getMaxY());
            }
        }
        return maxX - minX > 0 && maxY - minY > 0 ? new javafx.geometry.BoundingBox(minX, minY, maxX - minX,
                maxY - minY) : null;
    }

    /** Children of a stack (the undo bar floating over a screen) are drawn over each other on purpose. */
    private static boolean onSeparateLayers(Node a, Node b) {
        for (Node n = a; n != null; n = n.getParent()) {
            if (n.getParent() instanceof javafx.scene.layout.StackPane stack && !isAncestor(n, b)
                    && isAncestor(stack, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The tallest row a list shows (a list squeezed to its border under another card shows none whole). */
    private static double rowHeight(ListView<?> list) {
        return list.lookupAll(".list-cell").stream()
                .filter(cell -> cell instanceof IndexedCell<?> row && !row.isEmpty())
                .mapToDouble(cell -> ((IndexedCell<?>) cell).getHeight()).max().orElse(0);
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inScroll(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean inList(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ListView<?> || n instanceof TableView<?> || n instanceof TreeTableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        if (node.getId() != null) {
            name += "#" + node.getId();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            name += " \"" + labeled.getText() + "\"";
        }
        return name;
    }

    /**
     * A scroll pane around a control (the nearest or one further out) that cuts off its right: with no sideways
     * scroll bar in sight (switched off, or below the window's bottom where the page around it scrolls), what runs
     * past the pane's right edge is cut with no sign (Treatment's anthracycline card at 200 % text in 1024×600: its
     * scale, 560 px wide, held the card wider than the page, and the wrapped words under it were cut at the right).
     */
    private static java.util.Optional<ScrollPane> cutAtTheRight(Node node) {
        if (isContainer(node)) {
            return java.util.Optional.empty();
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                boolean barInSight = scroll.getChildrenUnmodifiable().stream().anyMatch(bar -> bar instanceof ScrollBar b
                        && b.getOrientation() == Orientation.HORIZONTAL && showing(b) && seen(b) != null);
                if (!barInSight && pastTheRight(node, scroll) > SLACK) {
                    return java.util.Optional.of(scroll);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** How far the node reaches past the right of the scroll pane's view (its vertical bar not counted). */
    private static double pastTheRight(Node node, ScrollPane scroll) {
        double viewRight = scroll.localToScene(scroll.snappedLeftInset() + scroll.getViewportBounds().getWidth(), 0)
                .getX();
        return node.localToScene(node.getLayoutBounds()).getMaxX() - viewRight;
    }

    /** The chain of nodes, widest first, that keeps the content of the pane around {@code inside} from shrinking. */
    private static String widest(Node inside) {
        for (Node n = inside.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() instanceof Parent content) {
                double room = scroll.getViewportBounds().getWidth();
                Node culprit = content;
                StringBuilder chain = new StringBuilder();
                while (culprit instanceof Parent parent && !(culprit instanceof Control)) {
                    Node widestChild = parent.getChildrenUnmodifiable().stream().filter(Node::isManaged)
                            .max(java.util.Comparator.comparingDouble(c -> c.minWidth(-1))).orElse(null);
                    if (widestChild == null || widestChild.minWidth(-1) < room * 0.8) {
                        break;
                    }
                    culprit = widestChild;
                    chain.append(" > ").append(describe(culprit)).append(' ').append(Math.round(culprit.minWidth(-1)));
                }
                return ", too wide: " + Math.round(content.minWidth(-1)) + " px for " + Math.round(room) + chain;
            }
        }
        return "";
    }

    /** The nearest ancestor with an id, to find the node in the code. */
    private static String where(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return " (in #" + n.getId() + ")";
            }
        }
        return "";
    }

    private static String round(Bounds b) {
        return String.format("[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Writes what the scene shows now as a PNG, for people to look at. */
    static void screenshot(Scene scene, Path file) throws IOException {
        screenshot(scene, file, 1);
    }

    /** At a display scale of 2 the picture has twice the pixels each way, as a 4K screen shows it. */
    static void screenshot(Scene scene, Path file, double scale) throws IOException {
        WritableImage image;
        if (scale == 1) {
            image = scene.snapshot(null);
        } else {
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            image = scene.getRoot().snapshot(parameters, null);
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        // in the snapshot's own format, premultiplied, which is the same as plain on its opaque fill: no conversion
        int[] rgb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), rgb, 0, w);
        QuickPng.write(rgb, w, h, file);
    }
}
