package org.leiojournal.domain.symptom;

/**
 * The banding common in ESAS research: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe (facts.md §5.1). Used for
 * colour and words on screen only; it is not a CTCAE grade and triggers nothing by itself.
 */
public enum SeverityBand {
    NONE, MILD, MODERATE, SEVERE;

    public static SeverityBand of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score outside 0–10: " + score);
        }
        return score >= 7 ? SEVERE : score >= 4 ? MODERATE : score >= 1 ? MILD : NONE;
    }
}
