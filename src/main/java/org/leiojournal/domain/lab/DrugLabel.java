package org.leiojournal.domain.lab;

import java.util.Objects;

/** Where a drug's label is, so "asked for by the trabectedin label" can name its source. */
public record DrugLabel(String drug, String source) {

    public DrugLabel {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(source, "source");
    }
}
