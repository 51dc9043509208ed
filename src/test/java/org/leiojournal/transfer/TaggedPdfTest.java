package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.JournalStore;

/**
 * The clinic report and the emergency sheet of the one-year sample journal as a screen reader and a PDF checker
 * see them: tagged, in reading order, with language, title and a sentence for every chart; qpdf finds nothing.
 */
class TaggedPdfTest {

    static final ZonedDateTime NOW = ClinicReportExportTest.NOW;
    static final Clock CLOCK = ClinicReportExportTest.CLOCK;

    @TempDir
    static Path temp;
    static Path report;
    static Path sheet;

    @BeforeAll
    static void write() throws Exception {
        SampleCopies.copy(temp.resolve("sample"), NOW, 1);
        try (JournalStore store = JournalStore.open(temp.resolve("sample"), CLOCK)) {
            report = temp.resolve("report.pdf");
            ClinicReportExport.write(store, new ReportRequest(Optional.empty(), Paper.A4,
                    EnumSet.allOf(ReportSection.class), false, false), report, CLOCK);
            sheet = temp.resolve("sheet.pdf");
            EmergencySheetExport.write(store, Paper.A4, sheet, CLOCK);
        }
    }

    @AfterAll
    static void keepForLooking() throws IOException {
        Path out = Path.of("target", "tagged-pdf");
        Files.createDirectories(out);
        Files.copy(report, out.resolve("sample-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(sheet, out.resolve("sample-emergency-sheet.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The roles of the tree, depth first, as "H1", "P", "Table", "TR", "TH"…, and every element met. */
    private static void walk(PDStructureNode node, List<String> roles, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                roles.add(element.getStructureType());
                elements.add(element);
                walk(element, roles, elements);
            }
        }
    }

    private record Tree(List<String> roles, List<PDStructureElement> elements, PDDocumentCatalog catalog,
                        String title) {
    }

    private static Tree read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            List<String> roles = new ArrayList<>();
            List<PDStructureElement> elements = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), roles, elements);
            // read everything needed while the document is open
            elements.forEach(e -> e.getAlternateDescription());
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo Marked true");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title is shown, not the file name");
            assertTrue(document.getPage(0).getStructParents() >= 0, "page 1 is in the parent tree");
            return new Tree(roles, elements, catalog, document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theReportIsTaggedInReadingOrderWithASentenceForEveryChart() throws IOException {
        Tree tree = read(report);
        assertEquals("Document", tree.roles().get(0));
        assertEquals("H1", tree.roles().get(1), "the report's title comes first, though page 1 is drawn last");
        assertTrue(tree.title().startsWith("Clinic report, "), tree.title());
        List<String> order = tree.roles().stream().filter(r -> List.of("H1", "H2", "Table", "Figure").contains(r))
                .distinct().toList();
        assertEquals(List.of("H1", "H2", "Table", "Figure"), order, "title, sections, the summary's table, charts");
        assertTrue(tree.roles().containsAll(List.of("P", "TR", "TH", "TD", "Caption")), tree.roles().toString());
        List<String> alts = tree.elements().stream().filter(e -> e.getStructureType().equals("Figure"))
                .map(PDStructureElement::getAlternateDescription).toList();
        assertFalse(alts.isEmpty(), "the report has charts");
        for (String alt : alts) {
            assertTrue(alt != null && alt.matches(".+, .+: .+ (from )?\\d.*\\."), "a sentence from the data: " + alt);
        }
        assertTrue(alts.stream().anyMatch(a -> a.startsWith("Temperature °C") && a.contains("Dashed line: the team")),
                alts.toString());
        assertTrue(alts.stream().anyMatch(a -> a.contains("Treatment cycles ")), alts.toString());
        assertTrue(alts.stream().anyMatch(a -> a.startsWith("Neutrophils ×10⁹/L, ") && a.contains("Neutrophils from ")),
                "issue 22: the sample's counts since the last visit are charted: " + alts);
        int firstTd = tree.roles().indexOf("TD");
        assertEquals("TR", tree.roles().get(firstTd - 1), "a cell sits in a row");
    }

    @Test
    void theSheetIsTaggedWithItsHeadingFirst() throws IOException {
        Tree tree = read(sheet);
        assertEquals(List.of("Document", "H1"), tree.roles().subList(0, 2));
        assertEquals("Emergency sheet, Sample patient", tree.title());
        assertTrue(tree.roles().contains("H2") && tree.roles().contains("P"), tree.roles().toString());
        assertTrue(tree.roles().stream().allMatch(r -> List.of("Document", "H1", "H2", "P").contains(r)),
                tree.roles().toString());
    }

    /** The checkers a user or a hospital may run, when installed (CI does not install them; see docs). */
    @Test
    @Tag("process")
    void qpdfFindsNoProblemAndPdfinfoSaysTagged() throws Exception {
        assumeTrue(onPath("qpdf") && onPath("pdfinfo"), "qpdf and pdfinfo not on PATH (apt-get install qpdf "
                + "poppler-utils)");
        for (Path file : List.of(report, sheet)) {
            Run check = run("qpdf", "--check", file.toString());
            assertEquals(0, check.code(), check.output());
            assertFalse(check.output().toLowerCase(java.util.Locale.ROOT).contains("warning"), check.output());
            assertTrue(check.output().contains("No syntax or stream encoding errors found"), check.output());
            Run info = run("pdfinfo", file.toString());
            assertTrue(info.output().contains("Tagged:          yes"), info.output());
            assertFalse(info.output().contains("Syntax Warning") || info.output().contains("Syntax Error"),
                    info.output());
        }
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " took over a minute");
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
