package org.leiojournal.domain.lab;

import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/**
 * One blood or urine test from the catalogue: its LOINC code (and the other codes laboratories send for the same
 * thing in another unit), the units labs print it in (the first is the main unit conversions go through), the
 * values it can take at all, typical adult ranges for education, the drugs whose labels ask for it, and a line in
 * plain words. An ordinal test (a dipstick) has printed choices instead of units.
 */
public record LabTest(String id, String name, LabPanel panel, LabKind kind, String loinc, String loincName,
                      List<String> alsoLoinc, List<LabUnit> units, PossibleValues possible, List<String> choices,
                      List<LabRange> ranges, List<String> askedBy, String about) {

    public LabTest {
        Required.all("id, name, panel, kind, loinc, loincName", id, name, panel, kind, loinc, loincName);
        alsoLoinc = alsoLoinc == null ? List.of() : List.copyOf(alsoLoinc);
        units = units == null ? List.of() : List.copyOf(units);
        choices = choices == null ? List.of() : List.copyOf(choices);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        askedBy = askedBy == null ? List.of() : List.copyOf(askedBy);
        about = about == null ? "" : about;
        boolean number = kind == LabKind.NUMBER;
        if (number != (possible != null) || number == units.isEmpty() || number != choices.isEmpty()) {
            throw new IllegalArgumentException(id + ": a number has units and possible values; a choice has choices");
        }
    }

    /** The unit conversions go through, and the one charts draw in. */
    public LabUnit mainUnit() {
        if (units.isEmpty()) {
            throw new IllegalStateException(id + " has no units");
        }
        return units.get(0);
    }

    /** The unit with this UCUM code, if labs print this test in it. */
    public Optional<LabUnit> unit(String ucum) {
        return units.stream().filter(u -> u.ucum().equals(ucum)).findFirst();
    }

    /** True for the test's own LOINC code and the codes of the same test in another unit. */
    public boolean hasCode(String code) {
        return loinc.equals(code) || alsoLoinc.contains(code);
    }
}
