package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** {@code rules check FILE [--rules RULES.json]}: the scenario file, and an edited rules file if one is given. */
public record RulesCheckOptions(Path scenario, Optional<Path> rules) {

    public RulesCheckOptions {
        Objects.requireNonNull(scenario, "scenario");
        rules = rules == null ? Optional.empty() : rules;
    }
}
