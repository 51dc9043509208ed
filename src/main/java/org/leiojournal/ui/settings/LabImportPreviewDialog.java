package org.leiojournal.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leiojournal.transfer.fhir.LabImportPreview;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.WrappingListCell;
import org.leiojournal.ui.common.Messages;

/**
 * Before blood results from a portal's FHIR file go in: what will be added, what the journal already holds, and
 * what is skipped and why, each a short list. The user adds them or cancels; nothing has changed yet.
 */
final class LabImportPreviewDialog extends Dialog<Boolean> {

    /** The lists' room, so the dialog with its heading and buttons fits a 1024 × 600 screen. */
    private static final double MAX_HEIGHT = 400;

    /** True when the user chose to add what the preview lists. */
    static boolean ask(Window owner, Path file, LabImportPreview preview, Messages messages) {
        return new LabImportPreviewDialog(owner, file, preview, messages).showAndWait().orElse(false);
    }

    private LabImportPreviewDialog(Window owner, Path file, LabImportPreview preview, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("transfer.fhirImport.title", file.getFileName().toString()));
        setHeaderText(getTitle());
        setResizable(true);
        getDialogPane().setId("lab-import-dialog");
        Formats formats = new Formats(messages.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
        Label summary = new Label(messages.get("transfer.fhirImport.summary", preview.added().size(),
                preview.alreadyThere().size(), preview.skipped().size()));
        summary.setId("lab-import-summary");
        summary.setWrapText(true);
        VBox content = new VBox(8, summary);
        if (preview.nothingToAdd()) {
            content.getChildren().add(Forms.hint(messages.get("transfer.fhirImport.none")));
        }
        section(content, "lab-import-added", messages.get("transfer.fhirImport.added"), preview.added(), formats,
                time);
        section(content, "lab-import-already", messages.get("transfer.fhirImport.already"), preview.alreadyThere(),
                formats, time);
        section(content, "lab-import-skipped", messages.get("transfer.fhirImport.skipped"), preview.skipped(),
                formats, time);
        content.setPrefWidth(600);
        content.setPadding(new Insets(4, 14, 4, 14)); // the scroll pane takes the dialog's own padding away
        // scrolls rather than growing past a 600-px-high screen, where Add and Cancel would be out of reach
        ScrollPane scroll = Forms.scrolling(content);
        scroll.setPrefViewportHeight(Math.min(MAX_HEIGHT, content.getChildren().stream()
                .mapToDouble(node -> node instanceof ListView<?> list ? list.getPrefHeight() : 30).sum()));
        getDialogPane().setContent(scroll);
        ButtonType add = new ButtonType(messages.get("transfer.fhirImport.ok", preview.added().size()),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, add);
        getDialogPane().lookupButton(add).setId("lab-import-ok");
        getDialogPane().lookupButton(add).setDisable(preview.nothingToAdd());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("lab-import-cancel");
        setResultConverter(button -> button == add);
    }

    /** A heading and the list of its lines, left out when there are none. */
    private static void section(VBox content, String id, String heading, List<LabImportPreview.Line> lines,
                                Formats formats, DateTimeFormatter time) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = Forms.sectionTitle(heading + " (" + lines.size() + ")");
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines.stream().map(line -> text(line, formats, time)).toList());
        list.setCellFactory(view -> new WrappingListCell<>(line -> line)); // a long reason reads whole
        // room for about five lines (more when reasons wrap); the list scrolls for the rest
        list.setPrefHeight(Math.min(5, lines.size()) * 30 + 8);
        list.setAccessibleText(heading);
        title.setLabelFor(list);
        content.getChildren().addAll(title, list);
    }

    /** "Wed 18 Nov 2026 09:10 · Bilirubin 15.2 µmol/L", and for a skipped line why. */
    private static String text(LabImportPreview.Line line, Formats formats, DateTimeFormatter time) {
        String when = line.at().map(at -> formats.date(at.toLocalDate()) + " " + time.format(at) + " · ").orElse("");
        return when + line.what() + (line.why().isEmpty() ? "" : " — " + line.why());
    }
}
