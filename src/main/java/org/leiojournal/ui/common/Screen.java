package org.leiojournal.ui.common;

/** The screens of the sidebar, in order; Ctrl+1… selects them. */
public enum Screen {
    TODAY("nav.today"),
    JOURNAL("nav.journal"),
    TRENDS("nav.trends"),
    TREATMENT("nav.treatment"),
    APPOINTMENTS("nav.appointments"),
    GUIDANCE("nav.guidance"),
    SETTINGS("nav.settings");

    private final String messageKey;

    Screen(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() { return messageKey; }
}
