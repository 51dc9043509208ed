package org.leiojournal.ui.trend;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.LabLevel;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.domain.trend.TrendUnits;

/**
 * Everything the date view draws, as one value, so the charts redraw once per change and never mix the lines
 * of one range with the bands of another. {@code threshold} is in the user's temperature unit; {@code levels} are the
 * team's levels of the blood tests drawn, by measure key, each in its chart's unit.
 */
public record DateView(DateSpan span, List<StyledSeries> lines, List<CycleBand> bands, List<TrendMarker> markers,
                       OptionalDouble threshold, String thresholdText, TrendUnits units,
                       Map<String, LabLevel> levels) {

    public DateView {
        lines = List.copyOf(lines);
        bands = List.copyOf(bands);
        markers = List.copyOf(markers);
        levels = Map.copyOf(levels);
    }

    /** The team's level for a blood test's chart (by measure key), in the chart's unit; empty when none was given. */
    public Optional<LabLevel> level(Measure measure) {
        return Optional.ofNullable(levels.get(measure.key()));
    }

    public List<StyledSeries> linesOf(ChartKind kind) {
        return lines.stream().filter(l -> ChartKind.of(l.series().measure()) == kind).toList();
    }
}
