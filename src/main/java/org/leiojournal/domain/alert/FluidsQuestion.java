package org.leiojournal.domain.alert;

/**
 * Being sick even once is enough for the check-in to ask whether drinks stay down (clinical review, C1): with
 * ifosfamide and the strongly sickening drugs, dehydration is the danger, and the "fluids" sign is a call-now one.
 */
public final class FluidsQuestion {

    /** The warning sign asked. */
    public static final String SIGN = "fluids";
    /** Episodes of vomiting in 24 hours from which it is asked. */
    public static final int FROM_VOMITS = 1;

    private FluidsQuestion() {
    }

    public static boolean asked(int vomits) {
        return vomits >= FROM_VOMITS;
    }
}
