package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.report.VisitSummary;
import org.leiojournal.domain.trend.CycleBands;

/**
 * Writes a clinic report as PDF: page 1 the visit summary, then the first page's lists in full where they were
 * cut, then the chosen sections. Reads only what it is given, so the window and the command line share it.
 */
public final class ClinicReport {

    private ClinicReport() {
    }

    /** Writes the report to {@code out} (not closed); returns its number of pages. */
    public static int write(ReportInput input, ReportOptions options, OutputStream out) throws IOException {
        CycleBands bands = CycleBands.of(input.courses(), options.range().span()); // worked out once for both
        VisitSummary summary = VisitSummary.of(input, options.range(), bands);
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            Pages pages = new Pages(document, options.paper(), fonts);
            pages.add();
            SectionContext context = new SectionContext(input, summary, pages.fonts(), pages.width(), bands);
            SummaryPage first = new SummaryPage(context, options, pages);
            int[] shown = first.plan();
            Flow flow = new Flow(pages, runningHead(input, options, summary));
            Map<Integer, Integer> fullLists = fullLists(first.blocks(), shown, flow);
            if (!summary.empty()) {
                sections(context, options, flow);
            }
            flow.finish();
            first.draw(shown, fullLists);
            Footer.drawAll(pages, input.now());
            DocumentInfo.describe(document.getDocumentInformation(),
                    "Clinic report, " + Words.span(summary.range().span()), input.now());
            pages.save(out);
            return pages.count();
        }
    }

    /** The blocks the first page cut, in full on pages of their own; the page each starts on, by block. */
    private static Map<Integer, Integer> fullLists(List<Block> blocks, int[] shown, Flow flow) {
        Map<Integer, Integer> starts = new HashMap<>();
        List<Integer> cut = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (shown[i] < blocks.get(i).rows().size()) {
                cut.add(i);
            }
        }
        for (int i : cut) {
            Block block = blocks.get(i);
            Block full = new Block(block.title() + ", in full", block.header(), block.rows(), block.whenEmpty());
            starts.put(i, starts.isEmpty() ? flow.section(full) : flow.block(full));
        }
        return starts;
    }

    /**
     * The chosen sections in their order. Charts and the daily table start a page unless that would leave the page
     * before mostly blank ({@link Flow#section}); medicines and notes follow on from what came before. An empty
     * section prints nothing, except notes, which says there are none.
     */
    private static void sections(SectionContext context, ReportOptions options, Flow flow) {
        if (options.sections().contains(ReportSection.CHARTS)) {
            flow.section(new ChartSection(context).block());
        }
        if (options.sections().contains(ReportSection.BLOOD_TESTS)) {
            new BloodTestSection(context).blocks().forEach(flow::section);
        }
        if (options.sections().contains(ReportSection.TABLE)) {
            flow.section(new TableSection(context).block());
        }
        if (options.sections().contains(ReportSection.MEDICINES)) {
            MedicineSection medicines = new MedicineSection(context);
            if (!medicines.rows().isEmpty()) {
                flow.block(medicines.block());
            }
        }
        if (options.sections().contains(ReportSection.NOTES)) {
            flow.block(new NoteSection(context).block());
        }
    }

    private static String runningHead(ReportInput input, ReportOptions options, VisitSummary summary) {
        String name = options.includeName() && !input.profile().patientName().isBlank()
                ? input.profile().patientName() + " · " : "";
        return "Clinic report · " + name + Words.span(summary.range().span());
    }
}
