package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * A supportive medicine given with a regimen: dexamethasone before docetaxel, G-CSF after chemotherapy, mesna with
 * ifosfamide. It is tied to the anticancer {@code drug} it belongs to, on {@code offsets} days around each day that
 * drug is given (dexamethasone −1, 0, +1 around docetaxel), or only after the last of them when
 * {@code fromLastDose} (one pegfilgrastim injection the day after the last ifosfamide), so it moves when that
 * drug's day or date moves. Offsets are empty when a source names the medicine but not its days.
 *
 * <p>{@code confirmed} is set by the user once the line matches their own prescription; until then it is the
 * template's and reads so, and {@code strength} (the user's own, e.g. "8 mg") is not shown. {@code days} are fixed
 * cycle days, kept only for plans saved before lines were tied to a drug that no drug could be found for.
 */
public record SupportPlan(SupportKind kind, String name, String detail, List<Integer> days, String drug,
                          List<Integer> offsets, Boolean fromLastDose, String strength, Boolean confirmed,
                          List<String> sources) {

    public SupportPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
        days = days == null ? List.of() : List.copyOf(days);
        drug = drug == null ? "" : drug.strip();
        offsets = offsets == null ? List.of() : offsets.stream().distinct().sorted().toList();
        strength = strength == null ? "" : strength.strip();
        fromLastDose = Boolean.TRUE.equals(fromLastDose); // absent from plans saved before it existed
        confirmed = Boolean.TRUE.equals(confirmed);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A line as templates wrote it before lines were tied to a drug: fixed cycle days. */
    public SupportPlan(SupportKind kind, String name, String detail, List<Integer> days, List<String> sources) {
        this(kind, name, detail, days, "", List.of(), false, "", false, sources);
    }

    /** A line tied to the days {@code drug} is given on. */
    public static SupportPlan tied(SupportKind kind, String name, String detail, String drug, List<Integer> offsets,
                                   List<String> sources) {
        return new SupportPlan(kind, name, detail, List.of(), drug, offsets, false, "", false, sources);
    }

    public boolean tiedToDrug() {
        return !drug.isEmpty();
    }

    /** The strength as the user confirmed it; empty while the line is still the template's. */
    public String shownStrength() {
        return confirmed ? strength : "";
    }

    public SupportPlan withAnchor(String newDrug, List<Integer> newOffsets) {
        return new SupportPlan(kind, name, detail, List.of(), newDrug, newOffsets, false, strength, confirmed, sources);
    }
}
