package org.leiojournal.domain.alert;

/** What a rule looks at, and so which of its numbers it uses. */
public enum RuleKind {
    /** The temperature: at or above the user's threshold, or at or below {@code atOrBelowCelsius}. */
    TEMPERATURE,
    /** A score of the rule's items at or above {@code atLeast}. */
    SCORE_AT_LEAST,
    /** A score of the rule's items that rose by {@code riseOf} or more since that item's previous answer. */
    SCORE_RISE,
    /** A count of the rule's items (times in 24 hours) at or above {@code atLeast}. */
    COUNT_AT_LEAST,
    /** A count of the rule's items that is {@code aboveUsualBy} or more above the user's usual number. */
    COUNT_ABOVE_USUAL,
    /** A warning sign ticked on the check-in. */
    SIGN,
    /**
     * A home blood pressure number ({@code items} {@code bp.systolic} or {@code bp.diastolic}) at or above
     * {@code atLeast} mmHg, whatever level the care team gave.
     */
    BLOOD_PRESSURE_AT_LEAST,
    /**
     * A home blood pressure number at or above the level the care team gave for it ({@code items} {@code bp.*});
     * the file gives no number, and without a level entered the rule never fires.
     */
    BLOOD_PRESSURE_TEAM_LEVEL
}
