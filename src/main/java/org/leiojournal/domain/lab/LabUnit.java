package org.leiojournal.domain.lab;

import java.util.Objects;

/**
 * A unit a laboratory prints a test in: its UCUM code (what FHIR and other systems send), the label people read,
 * and how many of the test's main unit one of it makes.
 */
public record LabUnit(String ucum, String label, String factor) {

    public LabUnit {
        Objects.requireNonNull(ucum, "ucum");
        Objects.requireNonNull(label, "label");
        UnitFactor.parse(factor);
    }

    public UnitFactor toMain() {
        return UnitFactor.parse(factor);
    }
}
