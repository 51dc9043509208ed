package org.leiojournal.ui.common;

import java.util.function.ToLongFunction;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The saved record a form is changing, or null while the form makes a new one: what a save is written over and what
 * a delete of the record open in the form must clear.
 */
public final class EditedRecord<T> extends SimpleObjectProperty<T> {

    private final ToLongFunction<T> id;

    /** {@code id}: the record's row id in the journal. */
    public EditedRecord(ToLongFunction<T> id) {
        this.id = id;
    }

    /** The id to save under: the edited record's, or 0 for a new one. */
    public long idToSave() {
        T edited = get();
        return edited == null ? 0 : id.applyAsLong(edited);
    }

    /** True when {@code record} is the one open in the form (the same row, whatever was changed since). */
    public boolean isOpen(T record) {
        T edited = get();
        return edited != null && record != null && id.applyAsLong(edited) == id.applyAsLong(record);
    }
}
