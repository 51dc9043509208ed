package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A radiotherapy course as typed in its form: the number of fractions is still text, and the dates may be null
 * (not chosen yet).
 */
public record RadiotherapyDraft(long id, LocalDate start, LocalDate end, String fractions, String site,
                                String technique, boolean chestOrMediastinal, String note) {

    public RadiotherapyDraft {
        fractions = Objects.requireNonNullElse(fractions, "");
        site = Objects.requireNonNullElse(site, "");
        technique = Objects.requireNonNullElse(technique, "");
        note = Objects.requireNonNullElse(note, "");
    }

    public static RadiotherapyDraft blank() {
        return new RadiotherapyDraft(0, null, null, "", "", "", false, "");
    }

    public static RadiotherapyDraft of(Radiotherapy course) {
        return new RadiotherapyDraft(course.id(), course.start(), course.end(),
                course.fractions().map(String::valueOf).orElse(""), course.site(), course.technique(),
                course.chestOrMediastinal(), course.note());
    }
}
