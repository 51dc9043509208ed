package org.leiojournal.domain.guidance;

import java.util.List;
import java.util.Objects;

/** One headed part of a panel: a few short paragraphs, then bullet points. */
public record GuidanceSection(String heading, List<String> paragraphs, List<String> bullets) {

    public GuidanceSection {
        Objects.requireNonNull(heading, "heading");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
        if (paragraphs.isEmpty() && bullets.isEmpty()) {
            throw new IllegalArgumentException("section '" + heading + "' says nothing");
        }
    }
}
