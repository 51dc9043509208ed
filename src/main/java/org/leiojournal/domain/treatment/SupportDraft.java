package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * One supportive-medicine line of the course form as typed: the drug it goes with and the days around it, the
 * strength from the user's own prescription, and whether the user confirmed the line against it. {@code fixedDays}
 * keeps the cycle days of a line saved before lines were tied to a drug, while no drug is chosen.
 */
public record SupportDraft(int phase, SupportKind kind, String name, String detail, String drug, String offsetsText,
                           boolean fromLastDose, String strength, boolean confirmed, List<Integer> fixedDays,
                           List<String> sources) {

    public SupportDraft {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
        drug = drug == null ? "" : drug;
        offsetsText = offsetsText == null ? "" : offsetsText;
        strength = strength == null ? "" : strength;
        fixedDays = fixedDays == null ? List.of() : List.copyOf(fixedDays);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static SupportDraft of(int phase, SupportPlan line) {
        return new SupportDraft(phase, line.kind(), line.name(), line.detail(), line.drug(),
                OffsetList.format(line.offsets()), line.fromLastDose(), line.strength(), line.confirmed(),
                line.tiedToDrug() ? List.of() : line.days(), line.sources());
    }

    /** A line the user adds: their own, so it needs no template warning once confirmed. */
    public static SupportDraft added(int phase, String drug) {
        return new SupportDraft(phase, SupportKind.GROWTH_FACTOR, "", "", drug, "", false, "", false, List.of(),
                List.of());
    }
}
