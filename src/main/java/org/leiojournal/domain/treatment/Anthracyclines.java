package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Locale;

/**
 * Which drug names are anthracyclines: doxorubicin (Adriamycin) and its relatives epirubicin, daunorubicin and
 * idarubicin. Their doses are not interchangeable; converting one into another is the team's work, so the app
 * adds up doxorubicin only and lists the others as recorded (clinical review m4).
 */
public final class Anthracyclines {

    private static final List<String> DOXORUBICIN = List.of("doxorubicin", "adriamycin");
    private static final List<String> RELATIVES = List.of("epirubicin", "daunorubicin", "idarubicin");

    private Anthracyclines() {
    }

    public static boolean isAnthracycline(String drug) {
        return isDoxorubicin(drug) || matches(drug, RELATIVES);
    }

    public static boolean isDoxorubicin(String drug) {
        return matches(drug, DOXORUBICIN);
    }

    private static boolean matches(String drug, List<String> names) {
        String lower = drug.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(lower::contains);
    }
}
