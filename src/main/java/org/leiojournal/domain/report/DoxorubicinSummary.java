package org.leiojournal.domain.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.leiojournal.domain.treatment.AnthracyclineTotal;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.trend.DateSpan;

/**
 * The lifetime doxorubicin total as the Treatment screen adds it up ({@link AnthracyclineTotal}), and the part of
 * it given in the report's range. A record of what happened, never a judgement of it.
 */
public record DoxorubicinSummary(AnthracyclineTotal total, BigDecimal inRange, boolean planned) {

    public static DoxorubicinSummary of(Collection<Course> courses, PriorAnthracycline prior, DateSpan span) {
        AnthracyclineTotal total = AnthracyclineTotal.of(List.copyOf(courses), prior.mgPerSquareMetre());
        BigDecimal inRange = total.doxorubicin().stream().filter(c -> span.contains(c.date()))
                .map(AnthracyclineTotal.Contribution::mgPerSquareMetre).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean planned = courses.stream().flatMap(c -> c.plan().phases().stream())
                .flatMap(p -> p.drugs().stream()).anyMatch(d -> d.anthracycline());
        return new DoxorubicinSummary(total, inRange, planned);
    }

    /** True when there is anything to say: some given, some before this journal, or a course that plans it. */
    public boolean relevant() {
        return planned || total.total().signum() > 0;
    }
}
