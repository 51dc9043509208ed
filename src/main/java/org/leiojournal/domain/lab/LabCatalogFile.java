package org.leiojournal.domain.lab;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leiojournal.domain.review.ContentReview;

/** The catalogue file as written: when it was checked, a note on its rules, where each label is, and the tests. */
public record LabCatalogFile(LocalDate reviewedOn, LocalDate reviewDue, String note, List<DrugLabel> labels,
                             List<LabTest> tests) {

    public LabCatalogFile {
        new ContentReview(reviewedOn, reviewDue);
        Objects.requireNonNull(note, "note");
        labels = List.copyOf(labels);
        tests = List.copyOf(tests);
    }
}
