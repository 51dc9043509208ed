package org.leiojournal.ui.common;

import java.util.function.Consumer;

/**
 * Which of its two layouts a pane shows, narrow or wide (one column or two, names above or beside): the pane asks on
 * each layout pass, and its children are moved only when the answer changes, since moving them asks for another
 * pass.
 */
public final class Arrangement {

    private final Consumer<Boolean> arrange;
    private Boolean narrow;

    /** {@code arrange} moves the pane's children into the narrow ({@code true}) or the wide layout. */
    public Arrangement(Consumer<Boolean> arrange) {
        this.arrange = arrange;
    }

    /** Shows the narrow or the wide layout, unless it is already shown. */
    public void fit(boolean narrow) {
        if (this.narrow != null && this.narrow == narrow) {
            return;
        }
        this.narrow = narrow;
        arrange.accept(narrow);
    }

    /** True while the narrow layout is shown. */
    public boolean isNarrow() {
        return Boolean.TRUE.equals(narrow);
    }
}
