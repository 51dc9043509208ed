package org.leiojournal.domain.symptom;

/** How an item is answered: a 0–10 severity score, or a count of episodes (vomiting, loose stools). */
public enum ItemKind {
    SCORE(0, 10),
    COUNT(0, 99);

    private final int min;
    private final int max;

    ItemKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() { return min; }
    public int max() { return max; }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
