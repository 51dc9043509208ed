package org.leiojournal.domain.profile;

/**
 * The central line or port the patient has, for the emergency sheet: staff take blood and give antibiotics through
 * it, and a red or sore line site is a sign of infection (Leeds Teaching Hospitals, Cancer Research UK;
 * facts.md §6.4). {@link #NOT_RECORDED} until the user says, which is not the same as {@link #NONE}.
 */
public enum LineKind {
    NOT_RECORDED(""),
    NONE("None"),
    PICC("PICC line"),
    PORT("Implanted port"),
    TUNNELLED("Tunnelled central line (such as a Hickman line)"),
    OTHER("Other central line");

    private final String words;

    LineKind(String words) {
        this.words = words;
    }

    /** How the sheet and the form name it; empty for {@link #NOT_RECORDED}. */
    public String words() {
        return words;
    }
}
