package org.leiojournal.domain.alert;

import java.util.List;

/** The signs that mean "call emergency services now", not the care team: shown with every alert. */
public record EmergencyList(List<String> signs, List<RuleSource> sources) {

    public EmergencyList {
        signs = List.copyOf(signs);
        sources = List.copyOf(sources);
        if (signs.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException("the emergency list names its signs and its sources");
        }
    }
}
