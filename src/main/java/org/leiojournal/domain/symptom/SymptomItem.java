package org.leiojournal.domain.symptom;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/**
 * One thing the journal asks about each day. Built-in items carry a code: the ESAS-r items with the form's fixed
 * wording, and the counts of loose stools and vomiting, whose meaning an alert rule relies on. The user's own
 * items carry a name they chose. A retired item is no longer asked but keeps its history.
 */
public record SymptomItem(long id, String code, String name, ItemKind kind, boolean retired, int sortOrder) {

    public static final int MAX_NAME_LENGTH = 60;
    /** Built-in counts: episodes in 24 hours. */
    public static final String LOOSE_STOOLS = "count.stools";
    public static final String VOMITING = "count.vomiting";
    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { NAME }

    public SymptomItem {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        if (code == null && name.isEmpty()) {
            throw new IllegalArgumentException("a custom item needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("item name longer than " + MAX_NAME_LENGTH);
        }
    }

    public static SymptomItem custom(String name, ItemKind kind) {
        return new SymptomItem(0, null, name, kind, false, 0);
    }

    /** Why a name cannot be used for a custom item: blank, too long, or already taken (ignoring case). */
    public static Optional<Problem> nameProblem(String name, Collection<SymptomItem> existing, long exceptId) {
        String candidate = name == null ? "" : name.strip();
        if (candidate.isEmpty() || candidate.length() > MAX_NAME_LENGTH) {
            return Optional.of(Problem.of(Field.NAME, "item.name.invalid", MAX_NAME_LENGTH));
        }
        boolean taken = existing.stream().anyMatch(i -> i.id() != exceptId
                && i.displayName().equalsIgnoreCase(candidate));
        return taken ? Optional.of(Problem.of(Field.NAME, "item.name.taken", candidate)) : Optional.empty();
    }

    public Optional<EsasItem> esas() {
        return code == null ? Optional.empty() : EsasItem.byCode(code);
    }

    /** What the user sees: ESAS-r items always show the form's label, never an edited one. */
    public String displayName() {
        return esas().map(EsasItem::label).orElse(name);
    }

    public boolean isEsas() {
        return esas().isPresent();
    }

    /** ESAS-r and the built-in counts: their names cannot change, because their meaning drives the alerts. */
    public boolean isBuiltIn() {
        return code != null;
    }

    public SymptomItem renamed(String newName) {
        if (isBuiltIn()) {
            throw new IllegalStateException("built-in items keep their wording");
        }
        return new SymptomItem(id, code, newName, kind, retired, sortOrder);
    }

    public SymptomItem withRetired(boolean nowRetired) {
        return new SymptomItem(id, code, name, kind, nowRetired, sortOrder);
    }
}
