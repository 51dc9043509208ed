package org.leiojournal.domain.symptom;

/**
 * The ten items of the Edmonton Symptom Assessment System – revised (ESAS-r, form of November 2010).
 * The names, definitions and anchors are the form's own words: the ESAS-r may be used with acknowledgement
 * but not modified, so this text is deliberately kept out of the translatable resource bundle.
 */
public enum EsasItem {
    PAIN("esas.pain", "Pain", null, "No Pain", "Worst Possible Pain"),
    TIREDNESS("esas.tiredness", "Tiredness", "Tiredness = lack of energy", "No Tiredness", "Worst Possible Tiredness"),
    DROWSINESS("esas.drowsiness", "Drowsiness", "Drowsiness = feeling sleepy", "No Drowsiness",
            "Worst Possible Drowsiness"),
    NAUSEA("esas.nausea", "Nausea", null, "No Nausea", "Worst Possible Nausea"),
    LACK_OF_APPETITE("esas.appetite", "Lack of Appetite", null, "No Lack of Appetite",
            "Worst Possible Lack of Appetite"),
    SHORTNESS_OF_BREATH("esas.breath", "Shortness of Breath", null, "No Shortness of Breath",
            "Worst Possible Shortness of Breath"),
    DEPRESSION("esas.depression", "Depression", "Depression = feeling sad", "No Depression",
            "Worst Possible Depression"),
    ANXIETY("esas.anxiety", "Anxiety", "Anxiety = feeling nervous", "No Anxiety", "Worst Possible Anxiety"),
    WELLBEING("esas.wellbeing", "Wellbeing", "Wellbeing = how you feel overall", "Best Wellbeing",
            "Worst Possible Wellbeing"),
    OTHER_PROBLEM("esas.other", "Other Problem", "for example constipation", "No Other Problem", "Worst Possible");

    /**
     * The form's instruction. On paper the patient circles a number; on screen they select one, and the
     * acknowledgement says so (review finding m6: it claimed the wording was unmodified).
     */
    public static final String INSTRUCTION = "Please select the number that best describes how you feel NOW:";

    public static final String ACKNOWLEDGEMENT =
            "Edmonton Symptom Assessment System – revised (ESAS-r), November 2010 version "
            + "(Watanabe SM et al., J Pain Symptom Manage 2011;41:456–468). Developed by the Regional Palliative "
            + "Care Program, Alberta Health Services (Covenant Health Palliative Institute), Edmonton, Canada. "
            + "Used with acknowledgement; item names, definitions and anchors are reproduced without modification. "
            + "The instruction says “select” where the paper form says “circle”, because the number is chosen on "
            + "screen.";

    private final String code;
    private final String label;
    private final String definition;
    private final String lowAnchor;
    private final String highAnchor;

    EsasItem(String code, String label, String definition, String lowAnchor, String highAnchor) {
        this.code = code;
        this.label = label;
        this.definition = definition;
        this.lowAnchor = lowAnchor;
        this.highAnchor = highAnchor;
    }

    public String code() { return code; }
    public String label() { return label; }
    /** The form's bracketed definition, or null where the form gives none. */
    public String definition() { return definition; }
    public String lowAnchor() { return lowAnchor; }
    public String highAnchor() { return highAnchor; }

    public static java.util.Optional<EsasItem> byCode(String code) {
        for (EsasItem item : values()) {
            if (item.code.equals(code)) {
                return java.util.Optional.of(item);
            }
        }
        return java.util.Optional.empty();
    }
}
