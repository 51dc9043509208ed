package org.leiojournal.ui.treatment;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.BarsWhenNeededSkin;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.FullText;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TextScale;

/** Courses of treatment: the list on the left, the chosen course (or the course form) on the right. */
public final class CoursesPane extends BorderPane {

    /** Built when first opened: the screen's first visit shows a course, not the form. */
    private CourseForm form;
    /** Built the frame after the screen (below). */
    private CourseDetail detail;
    private final VBox left;
    private final ScrollPane list;
    private final TreatmentViewModel model;
    private final Arrangement arrangement = new Arrangement(this::arrange);

    public CoursesPane(TreatmentViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        setId("courses-pane");
        PlainList<Course> courses = new PlainList<>(model.courses(), course -> messages.get("treatment.list.item",
                course.plan().name(), formats.date(course.start())), model.selectedProperty());
        courses.setId("course-list");
        // the rows fill the column's height; more than fit scroll, with bars made only then
        ScrollPane list = BarsWhenNeededSkin.install(Forms.scrolling(courses));
        list.setFitToHeight(true);
        VBox.setVgrow(list, Priority.ALWAYS);

        ChoiceBox<Regimen> template = new ChoiceBox<>();
        template.setId("course-template");
        template.getItems().add(null);
        template.getItems().addAll(model.templates());
        template.setConverter(Converters.shown(Regimen::name, messages.get("treatment.template.scratch")));
        template.getSelectionModel().select(1);
        template.setMaxWidth(Double.MAX_VALUE);
        // it fills the column, whose least width is set in em (leio.css): left to JavaFX, its least width was its
        // list's, which styled the hidden list of every template in the screen's first frame (issue 21); the list
        // is now styled when first opened
        template.setMinWidth(0);
        Label templateLabel = Forms.label(messages.get("treatment.template.label"), template);
        Button plan = Forms.button("course-new", messages.get("treatment.newCourse"),
                () -> model.newCourse(template.getValue()));
        plan.setMaxWidth(Double.MAX_VALUE);
        left = new VBox(8, list, templateLabel, template,
                FullText.under(template, "course-template-full-name"), plan);
        left.getStyleClass().add("course-list-column"); // its width in em (leio.css)
        this.list = list;
        this.model = model;
        arrangement.fit(false);

        Label detailLoading = CourseDetail.loading("course-loading", messages);
        Runnable swap = () -> {
            Node course = detail != null ? detail : detailLoading;
            setCenter(model.formShownProperty().get() ? form(model, messages) : course);
            placeListAbove(arrangement.isNarrow());
            if (model.formShownProperty().get() && getScene() != null) {
                // once laid out: the form is not in the scene before, and "Plan" kept the focus
                org.leiojournal.ui.common.AfterFrame.afterLayout(getScene(), form::focusFirst);
            }
        };
        model.formShownProperty().addListener((o, was, now) -> swap.run());
        swap.run();
        // the course the frame after the screen: the tab pane, this list and the course styled in one frame were the
        // first visit's longest freeze (issue 21); "Loading…" stands in its place meanwhile
        org.leiojournal.ui.common.AfterFrame.run(this, () -> {
            detail = new CourseDetail(model, messages);
            detail.getStyleClass().add(MAIN);
            if (getCenter() == detailLoading) {
                setCenter(detail);
            }
        });
    }

    /** The form scrolls its own fields and keeps its Save bar in sight. */
    private CourseForm form(TreatmentViewModel model, Messages messages) {
        if (form == null) {
            form = new CourseForm(model, messages);
            form.getStyleClass().add(MAIN);
        }
        return form;
    }

    /** Below this width (at 100 % text) the course list stands above the course instead of beside it. */
    private static final double NARROW = 700;

    @Override
    protected void layoutChildren() {
        arrangement.fit(getWidth() < NARROW * TextScale.of(this));
        super.layoutChildren();
    }

    /** The course or its form: when the list stands above it, it keeps a usable height (leio.css) and the screen scrolls. */
    private static final String MAIN = "course-main";

    /**
     * With the list above, it steps aside while the form is open: the form takes the tab's height, so its fields
     * scroll in it and its Save bar stays in sight (under the list the form ran past the tab's bottom at 200 % text,
     * Save and its problems line out of reach). Cancel or Save brings the list back.
     */
    private void placeListAbove(boolean narrow) {
        if (narrow) {
            setTop(model.formShownProperty().get() ? null : left);
        }
    }

    private void arrange(boolean narrow) {
        getStyleClass().remove("courses-narrow");
        if (narrow) {
            getStyleClass().add("courses-narrow");
            setLeft(null);
            placeListAbove(true);
            BorderPane.setMargin(left, new javafx.geometry.Insets(0, 0, 16, 0));
            list.getStyleClass().add("course-list-short");
        } else {
            setTop(null);
            setLeft(left);
            BorderPane.setMargin(left, new javafx.geometry.Insets(0, 16, 0, 0));
            list.getStyleClass().remove("course-list-short");
        }
    }
}
