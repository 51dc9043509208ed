package org.leiojournal.domain.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.trend.CycleBands;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendUnits;

/**
 * The first page of a clinic report as data: where treatment stands today, and for the range each symptom, the
 * temperatures at or above the threshold, the weight change, the cycles with their delays and dose changes, the
 * doxorubicin total, the alerts raised and the questions for the visit.
 */
public record VisitSummary(ReportRange range, List<CyclePosition> today, int checkInDays,
                           List<SymptomSummary> symptoms, TemperatureSummary temperatures,
                           Optional<WeightChange> weight, List<CycleSummary> cycles, DoxorubicinSummary doxorubicin,
                           List<Alert> alerts, List<VisitQuestions> questions) {

    public VisitSummary {
        Objects.requireNonNull(range, "range");
        today = List.copyOf(today);
        symptoms = List.copyOf(symptoms);
        cycles = List.copyOf(cycles);
        alerts = List.copyOf(alerts);
        questions = List.copyOf(questions);
    }

    public static VisitSummary of(ReportInput input, ReportRange range) {
        return of(input, range, CycleBands.of(input.courses(), range.span()));
    }

    /**
     * The same, with the courses' bands over the range already worked out (issue 21: the report's sections use
     * them too, and worked them out again).
     */
    public static VisitSummary of(ReportInput input, ReportRange range, CycleBands bands) {
        DateSpan span = range.span();
        List<CheckIn> checkIns = input.checkIns();
        List<CyclePosition> today = input.courses().stream()
                .map(c -> c.calendar().positionOn(input.today()))
                .flatMap(Optional::stream).toList();
        int days = (int) checkIns.stream().map(CheckIn::day).filter(span::contains).distinct().count();
        List<SymptomSummary> symptoms = itemsFor(input, span).stream()
                .map(item -> SymptomSummary.of(item, checkIns, span)).toList();
        List<Alert> alerts = input.alerts().stream().filter(a -> span.contains(a.seenAt().toLocalDate()))
                .sorted(Comparator.comparing((Alert a) -> a.seenAt().toInstant()).thenComparingLong(Alert::id))
                .toList();
        return new VisitSummary(range, today, days, symptoms,
                TemperatureSummary.of(checkIns, span, input.profile().feverThresholdCelsius()),
                WeightChange.of(checkIns, span, TrendUnits.of(input.profile())),
                CycleSummary.of(input.courses(), bands),
                DoxorubicinSummary.of(input.courses(), input.prior(), span),
                alerts, VisitQuestions.of(input.appointments(), input.now()));
    }

    /**
     * The items asked now, and retired items answered in the range (their answers belong to the visit too), in the
     * order the check-in asks them.
     */
    static List<SymptomItem> itemsFor(ReportInput input, DateSpan span) {
        return input.items().stream()
                .filter(item -> !item.retired() || input.checkIns().stream()
                        .anyMatch(c -> span.contains(c.day()) && c.answer(item.id()).isPresent()))
                .sorted(Comparator.comparingInt(SymptomItem::sortOrder).thenComparingLong(SymptomItem::id))
                .toList();
    }

    /** True when nothing at all was recorded in the range: no check-in, alert, or treatment. */
    public boolean empty() {
        return checkInDays == 0 && alerts.isEmpty() && cycles.isEmpty();
    }
}
