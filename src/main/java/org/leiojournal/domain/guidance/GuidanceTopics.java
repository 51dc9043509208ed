package org.leiojournal.domain.guidance;

import java.util.List;

/**
 * What a panel is about, so the app can show it in context: symptom item codes (ESAS-r and built-in items),
 * words that match the names of the user's own items, vitals, drug names and regimen template ids.
 */
public record GuidanceTopics(List<String> items, List<String> keywords, List<String> vitals, List<String> drugs,
                             List<String> regimens) {

    public static final GuidanceTopics NONE = new GuidanceTopics(List.of(), List.of(), List.of(), List.of(), List.of());

    public GuidanceTopics {
        items = items == null ? List.of() : List.copyOf(items);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        vitals = vitals == null ? List.of() : List.copyOf(vitals);
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        regimens = regimens == null ? List.of() : List.copyOf(regimens);
    }
}
