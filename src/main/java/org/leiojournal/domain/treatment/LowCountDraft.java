package org.leiojournal.domain.treatment;

import java.util.List;

/** One expected low-count window of the course form as typed: its label and first and last cycle day. */
public record LowCountDraft(int phase, String label, String fromText, String toText, List<String> sources) {

    public LowCountDraft {
        label = label == null ? "" : label;
        fromText = fromText == null ? "" : fromText;
        toText = toText == null ? "" : toText;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static LowCountDraft of(int phase, LowCountWindow window) {
        return new LowCountDraft(phase, window.drug(), Integer.toString(window.fromDay()),
                Integer.toString(window.toDay()), window.sources());
    }
}
