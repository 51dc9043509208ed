package org.leiojournal.domain.alert;

import java.util.Objects;

/** What an alert is about: the temperature (high or low), a symptom item by its code, or a warning sign. */
public record AlertSubject(Type type, String code) {

    public enum Type {
        TEMPERATURE_HIGH,
        TEMPERATURE_LOW,
        ITEM,
        SIGN
    }

    public static final AlertSubject TEMPERATURE_HIGH = new AlertSubject(Type.TEMPERATURE_HIGH, "temperature");
    public static final AlertSubject TEMPERATURE_LOW = new AlertSubject(Type.TEMPERATURE_LOW, "temperature");
    /**
     * The two numbers of a home blood pressure reading, as an item's code: kept as ITEM subjects so stored alerts
     * and export files keep the shape they have (the alert table allows four subject types).
     */
    public static final String SYSTOLIC = "bp.systolic";
    public static final String DIASTOLIC = "bp.diastolic";

    public AlertSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a subject has a code");
        }
    }

    public static AlertSubject item(String code) {
        return new AlertSubject(Type.ITEM, code);
    }

    /** Whether the code is one of a home blood pressure reading's numbers. */
    public static boolean isBloodPressure(String code) {
        return SYSTOLIC.equals(code) || DIASTOLIC.equals(code);
    }

    public static AlertSubject sign(String code) {
        return new AlertSubject(Type.SIGN, code);
    }
}
