package org.leiojournal.ui.trend;

import java.util.List;
import java.util.OptionalDouble;
import org.leiojournal.domain.trend.CycleLine;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendUnits;

/**
 * What the by-cycle view draws: one measure over the day of the cycle, one line per cycle (oldest first), with a
 * legend name per line ("Cycle 3 (from 3 Nov)"). Empty lines when no course with cycles has started. {@code lows}
 * words each cycle's lowest blood value for a blood test (empty otherwise), to read beside the hatched window.
 */
public record CycleView(Measure measure, String regimen, List<CycleLine> lines, List<String> names,
                        OptionalDouble threshold, String thresholdText, TrendUnits units, String lows) {

    public CycleView {
        lines = List.copyOf(lines);
        names = List.copyOf(names);
        if (lines.size() != names.size()) {
            throw new IllegalArgumentException("one name per line");
        }
    }
}
