package org.leiojournal.ui.common;

/**
 * Style-class names of leio.css that code sets in more than one place, so a rename is one edit and a typo does not
 * compile. A class used by one view only stays a string in that view.
 */
public final class Style {

    /** A white card with a border: one block of a screen (see {@link Forms#card}). */
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    /** The heading of a part of a card or screen, smaller than a card's title. */
    public static final String SECTION_TITLE = "section-title";
    public static final String FORM_LABEL = "form-label";
    /** Grey help text under a field or a heading. */
    public static final String HINT = "item-hint";
    /** The button that does what the form is for. */
    public static final String PRIMARY = "primary";
    /** A scroll pane without a border or background of its own. */
    public static final String PLAIN_SCROLL = "plain-scroll";
    /** A field's problem, right under it (see {@link FieldErrors}). */
    public static final String FIELD_ERROR = "field-error";

    private Style() {
    }
}
