package org.leiojournal.domain.treatment;

/** How a medicine is given. */
public enum Route {
    INTRAVENOUS, ORAL, SUBCUTANEOUS
}
