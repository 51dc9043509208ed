package org.leiojournal.storage;

/**
 * How a column's value is written in an export and checked on import. Values travel as {@link Long} (INTEGER),
 * {@link Boolean} (BOOLEAN, stored as 0/1) or {@link String} (everything else, exactly as the journal stores it),
 * or null where the column allows it. See {@link ValueCheck} for what each type accepts.
 */
public enum ColumnType {
    /** A row's stable id: letters, digits and {@code . _ : -}, up to 64 characters. */
    UID,
    TEXT,
    INTEGER,
    BOOLEAN,
    /** A decimal number kept as its text, so 58.50 stays 58.50: "37.5", "-0.25". */
    DECIMAL,
    /** A day, yyyy-MM-dd. */
    DATE,
    /** A UTC moment in whole seconds, as the journal stores them: 2026-03-01T09:00:00Z. */
    INSTANT,
    /** A wall-clock date and time without a zone, as LocalDateTime writes it: 2026-03-01T09:30. */
    LOCAL_DATE_TIME,
    /** A time of day, HH:mm. */
    LOCAL_TIME,
    /** Times of day separated by commas ("08:00,20:00"), or empty. */
    TIME_LIST,
    /** Whole numbers separated by commas ("6,4"), at least one. */
    INTEGER_LIST,
    /** A time-zone id such as Europe/London. */
    ZONE,
    /** One of the column's allowed values. */
    ENUM,
    /** A JSON object kept as text (a course's plan). */
    JSON,
    /** Another table's row, named by its uid. */
    REFERENCE
}
