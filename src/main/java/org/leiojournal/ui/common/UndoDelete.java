package org.leiojournal.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one undo every delete shares: the last delete, offered in the window's undo bar (and to Ctrl+Z) until the user
 * undoes it, dismisses it, deletes something else or moves on to other work. Forgetting it when the user moves on
 * keeps an old undo from bringing back, by surprise, something deleted long ago.
 */
public final class UndoDelete {

    /** What the bar says, and what brings the record back (the deleting screen's own restore and refresh). */
    public record Offer(String message, Runnable undo) { }

    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();

    public ReadOnlyObjectProperty<Offer> offerProperty() { return offer; }

    public boolean isOffered() {
        return offer.get() != null;
    }

    /** Replaces any earlier offer: only the last delete can be undone. */
    public void offer(String message, Runnable undo) {
        offer.set(new Offer(message, undo));
    }

    /** Undoes the last delete, if one is still offered; the offer goes at once, so a second press does nothing. */
    public void undo() {
        Offer last = offer.get();
        if (last != null) {
            offer.set(null);
            last.undo().run();
        }
    }

    public void forget() {
        offer.set(null);
    }
}
