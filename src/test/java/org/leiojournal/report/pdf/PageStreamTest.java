package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.report.ReportFixtures.d;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Issue 21: each page of the report is one content stream, its footer written last into it rather than into
 * streams of its own. A reader still gets the footer on every page, as decoration a screen reader skips, drawn
 * in the graphics state the page started in (a chart's round line ends or colours do not carry into it).
 */
class PageStreamTest {

    private static ClinicReportTest.Written threeMonths() throws IOException {
        ReportInput input = ReportJournal.input("", ReportPagesTest.daily(d("2026-08-01")));
        return ClinicReportTest.write(input, new ReportOptions(
                ReportRange.chosen(new DateSpan(d("2026-09-01"), d("2026-11-22"))), Paper.A4,
                EnumSet.allOf(ReportSection.class), false, false));
    }

    @Test
    void everyPageIsOneStreamEndingWithItsFooterInThePagesFirstState() throws IOException {
        ClinicReportTest.Written report = threeMonths();
        assertTrue(report.pages() >= 3, "a report of several pages: " + report.pages());
        try (PDDocument document = Loader.loadPDF(report.bytes())) {
            for (int number = 1; number <= report.pages(); number++) {
                PDPage page = document.getPage(number - 1);
                Iterator<PDStream> streams = page.getContentStreams();
                PDStream stream = streams.next();
                assertFalse(streams.hasNext(), "one content stream on page " + number);
                // compressed by the report's own Deflater (Pages.deflate), as PDFBox would, and readable
                assertEquals(List.of(COSName.FLATE_DECODE), stream.getFilters(), "page " + number);
                assertTrue(stream.getCOSObject().getLength() < stream.toByteArray().length / 2,
                        "page " + number + " is stored compressed");
                List<String> ops = operators(page);
                assertEquals("q", ops.get(0), "page " + number + " starts by saving its first state");
                int restore = ops.lastIndexOf("Q");
                assertEquals(ops.stream().filter("q"::equals).count(), ops.stream().filter("Q"::equals).count());
                List<String> footer = ops.subList(restore + 1, ops.size());
                assertEquals(List.of("BMC", "RG", "w", "d", "m", "l", "S"), footer.subList(0, 7),
                        "page " + number + ": after the page's state is restored, the footer's rule, an artifact");
                assertFalse(footer.contains("q") || footer.contains("BDC"), "nothing but the footer after it");
                assertEquals("EMC", footer.get(footer.size() - 1));
            }
        }
    }

    @Test
    void theSmallObjectsAreInOneObjectStream() throws IOException {
        String file = new String(threeMonths().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        // one object stream (Pages.save), not one per 200 objects: each is compressed with a Deflater of its own
        assertEquals(1, file.split("/Type /ObjStm", -1).length - 1, "object streams in the file");
    }

    @Test
    void theFooterIsOnEveryPageAsAnArtifactAndInNoTaggedContent() throws IOException {
        ClinicReportTest.Written report = threeMonths();
        try (PDDocument document = Loader.loadPDF(report.bytes())) {
            for (int number = 1; number <= report.pages(); number++) {
                String footer = "Page " + number + " of " + report.pages();
                assertTrue(report.page(number).contains(footer), "extracted on page " + number);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(document.getPage(number - 1));
                List<String> artifacts = new ArrayList<>();
                List<String> tagged = new ArrayList<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    ("Artifact".equals(content.getTag()) ? artifacts : tagged).add(text(content));
                }
                // one artifact: the disclaimer, when it was made, the page's number
                assertTrue(artifacts.stream().anyMatch(t -> t.startsWith("Patient-reported") && t.contains(
                        "Generated ") && t.endsWith(footer)), "page " + number + "'s footer is an artifact: " + artifacts);
                assertTrue(tagged.stream().noneMatch(t -> t.contains(footer) || t.startsWith("Generated ")),
                        "no footer text in tagged content on page " + number);
            }
        }
    }

    private static List<String> operators(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                ops.add(operator.getName());
            }
        }
        return ops;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                text.append(text(inner));
            }
        }
        return text.toString();
    }
}
