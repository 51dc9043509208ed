package org.leiojournal.storage;

import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/**
 * One column of an exported table. {@code name} is its name in export files; {@code sqlName} the column in the
 * journal (they differ for references: the file's {@code course_uid} is the journal's {@code course_id}).
 * {@code allowed} lists an ENUM's values, {@code target} names a REFERENCE's table, {@code min}/{@code max} bound an
 * INTEGER, and {@code unique} marks a column no two rows may share (besides the stable key).
 */
public record Column(String name, String sqlName, ColumnType type, boolean nullable, List<String> allowed,
                     String target, long min, long max, boolean unique) {

    /** The longest text a column takes: far above any note a person types, far below what would hurt (10 MB). */
    public static final int MAX_TEXT = 100_000;
    /** Whole numbers are kept well inside what every reader of a file handles exactly. */
    public static final long LIMIT = 1_000_000_000L;

    public Column {
        Required.all("name, sqlName, type", name, sqlName, type);
        allowed = List.copyOf(allowed);
        if ((type == ColumnType.REFERENCE) != (target != null)) {
            throw new IllegalArgumentException(name + ": a reference, and only a reference, names its table");
        }
    }

    /** Why {@code value} cannot go in this column, in plain words; empty when it can. */
    public Optional<String> problemWith(Object value) {
        return ValueCheck.problem(this, value);
    }

    /**
     * The value of this column written as text (for example in a CSV cell): an empty cell of a nullable column is
     * null; whole numbers and true/false are converted. Says why in an {@link IllegalArgumentException} when the
     * text does not fit.
     */
    public Object fromText(String text) {
        return ValueCheck.fromText(this, text);
    }

    public boolean isReference() {
        return type == ColumnType.REFERENCE;
    }
}
