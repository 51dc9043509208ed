package org.leiojournal.ui.treatment;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Courses of treatment: the list on the left, the chosen course (or the course form) on the right. */
public final class CoursesPane extends BorderPane {

    private final CourseForm form;

    public CoursesPane(TreatmentViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        setId("courses-pane");
        ListView<Course> list = new ListView<>(model.state().courses());
        list.setId("course-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Course course, boolean empty) {
                super.updateItem(course, empty);
                setText(empty || course == null ? null : messages.get("treatment.list.item", course.plan().name(),
                        formats.date(course.start())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, course) -> {
            if (course != null) {
                model.selectedProperty().set(course);
            }
        });
        model.selectedProperty().addListener((o, old, course) -> list.getSelectionModel().select(course));
        list.getSelectionModel().select(model.selectedProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        ChoiceBox<Regimen> template = new ChoiceBox<>();
        template.setId("course-template");
        template.getItems().add(null);
        template.getItems().addAll(model.templates());
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(Regimen regimen) {
                return regimen == null ? messages.get("treatment.template.scratch") : regimen.name();
            }

            @Override
            public Regimen fromString(String text) {
                return null;
            }
        });
        template.getSelectionModel().select(1);
        template.setMaxWidth(Double.MAX_VALUE);
        Label templateLabel = Forms.label(messages.get("treatment.template.label"), template);
        Button plan = Forms.button("course-new", messages.get("treatment.newCourse"),
                () -> model.newCourse(template.getValue()));
        plan.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, list, templateLabel, template, plan);
        left.setPrefWidth(240);
        left.setMinWidth(220);
        setLeft(left);
        BorderPane.setMargin(left, new javafx.geometry.Insets(0, 16, 0, 0));

        CourseDetail detail = new CourseDetail(model, messages);
        form = new CourseForm(model, messages);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("plain-scroll");
        Runnable swap = () -> {
            setCenter(model.formShownProperty().get() ? formScroll : detail);
            if (model.formShownProperty().get()) {
                form.focusFirst();
            }
        };
        model.formShownProperty().addListener((o, was, now) -> swap.run());
        swap.run();
    }
}
