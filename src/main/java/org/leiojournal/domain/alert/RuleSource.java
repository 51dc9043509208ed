package org.leiojournal.domain.alert;

import java.util.Objects;

/** Where a rule comes from: a publication's name and its address, as the clinical fact base gives it. */
public record RuleSource(String title, String url) {

    public RuleSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (title.isBlank() || url.isBlank()) {
            throw new IllegalArgumentException("a source has a title and an address");
        }
    }
}
