package org.leiojournal.domain.guidance;

import java.util.Objects;

/** Where a panel's facts come from: a publication's name and its address as found. */
public record GuidanceSource(String title, String url) {

    public GuidanceSource {
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url.strip();
        if (title.isBlank()) {
            throw new IllegalArgumentException("a source has a title");
        }
    }
}
