package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportRange;

/**
 * Page 1's head: the title, who (when the report names them), which days and why those, the treatment on the last
 * day, and the key facts when anything was recorded.
 */
record SummaryHead(SectionContext context, ReportOptions options, Pages pages) {

    private static final float LEAD = 112;

    /** The head's rows, in order, as wide as the page. */
    List<Row> rows() {
        ReportFonts fonts = pages.fonts();
        float width = pages.width();
        List<Row> rows = new ArrayList<>();
        rows.add(titleRow());
        String identity = identity(context.input().profile());
        if (!identity.isEmpty()) {
            rows.add(TextRow.of(identity, TextStyle.BODY_BOLD, width, fonts));
        }
        rows.add(TextRow.led("Period", LEAD, period(), TextStyle.BODY, width, fonts));
        rows.add(TextRow.led("Treatment today", LEAD, today(), TextStyle.BODY, width, fonts));
        if (!context.summary().empty()) {
            rows.add(new FactsBox(new KeyFacts(context.summary(), context.input().alertRules(),
                    context.input().profile().temperatureUnit(), fonts, width - 16, LEAD - 10).rows()));
        }
        rows.add(Row.gap(4));
        return rows;
    }

    private String identity(Profile profile) {
        List<String> parts = new ArrayList<>();
        if (options.includeName() && !profile.patientName().isBlank()) {
            parts.add(profile.patientName());
        }
        if (options.includeDateOfBirth()) {
            profile.dateOfBirth().ifPresent(born -> parts.add("Date of birth " + Words.plainDate(born) + " (age "
                    + java.time.Period.between(born, context.input().today()).getYears() + ")"));
        }
        return String.join("   ·   ", parts);
    }

    private String period() {
        ReportRange range = context.summary().range();
        String why = switch (range.basis()) {
            case SINCE_VISIT -> ", since the clinic visit on " + Words.date(range.visit().orElseThrow());
            case LAST_DAYS -> ", the last " + ReportRange.FALLBACK_DAYS + " days (no clinic visit recorded as "
                    + "attended)";
            case CHOSEN -> "";
        };
        return Words.span(range.span()) + " (" + Words.count(range.days(), "day") + ")" + why
                + ". Check-ins on " + context.summary().checkInDays() + " of " + range.days() + " days.";
    }

    private String today() {
        String positions = context.summary().today().isEmpty() ? "no treatment course on this day"
                : String.join("; ", context.summary().today().stream().map(Words::position).toList());
        return positions + " (" + Words.date(context.input().today()) + ")";
    }

    private Row titleRow() {
        return new Row() {
            @Override
            public float height() {
                return 26;
            }

            @Override
            public void draw(Canvas canvas, float left, float top, float width) {
                canvas.tagged(Tag.H1, () -> canvas.text("Clinic report", left, top + 16, TextStyle.TITLE));
                canvas.textRight("Leio Journal · " + Words.DISCLAIMER.toLowerCase(java.util.Locale.ROOT),
                        left + width, top + 16, TextStyle.NOTE);
            }
        };
    }
}
