package org.leiojournal.domain.profile;

import java.util.Objects;

/**
 * What the emergency department asks and the journal keeps only when the user writes it in Settings: the central
 * line or port (its kind and a few words, e.g. "right chest, flushed 20 Nov"), allergies and other medicines, each
 * optional. Empty text means not recorded, which the sheet says; it never guesses "none".
 */
public record EmergencyDetails(LineKind line, String lineNote, String allergies, String otherMedicines) {

    /** Room on the one-page sheet: each text prints on at most two lines. */
    public static final int MAX_TEXT = 200;

    public static final EmergencyDetails NOT_RECORDED = new EmergencyDetails(LineKind.NOT_RECORDED, "", "", "");

    public EmergencyDetails {
        Objects.requireNonNull(line, "line");
        lineNote = strip(lineNote);
        allergies = strip(allergies);
        otherMedicines = strip(otherMedicines);
        if (!textAllowed(lineNote) || !textAllowed(allergies) || !textAllowed(otherMedicines)) {
            throw new IllegalArgumentException("emergency details longer than " + MAX_TEXT + " characters");
        }
    }

    public static boolean textAllowed(String text) {
        return text == null || text.strip().length() <= MAX_TEXT;
    }

    /** Whether anything is said about a line: a kind, or a note alone. */
    public boolean lineRecorded() {
        return line != LineKind.NOT_RECORDED || !lineNote.isEmpty();
    }

    /** "Implanted port (right chest)", "PICC line", or the note alone when no kind is chosen; empty when none. */
    public String lineWords() {
        if (line == LineKind.NOT_RECORDED) {
            return lineNote;
        }
        return lineNote.isEmpty() ? line.words() : line.words() + " (" + lineNote + ")";
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
