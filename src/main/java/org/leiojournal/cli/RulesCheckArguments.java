package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Collects {@code check}, its scenario file and {@code --rules} after the word {@code rules}. */
final class RulesCheckArguments {

    static final String FORM = "rules check FILE [--rules RULES.json]";

    private boolean check;
    private Path scenario;
    private Path rules;

    /** Takes {@code option} if it belongs to rules check; false if it does not. */
    boolean accept(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        if (option.equals("--rules")) {
            if (rules != null) {
                throw new CommandLine.UsageException("--rules is given twice");
            }
            rules = Path.of(cursor.value(option, "a rules file"));
            return true;
        }
        if (option.startsWith("-")) {
            return false;
        }
        if (!check) {
            if (!option.equals("check")) {
                throw new CommandLine.UsageException("rules has one command, check: " + FORM);
            }
            check = true;
            return true;
        }
        if (scenario != null) {
            throw new CommandLine.UsageException("rules check takes one scenario file, not " + scenario + " and "
                    + option);
        }
        scenario = Path.of(option);
        return true;
    }

    RulesCheckOptions build() throws CommandLine.UsageException {
        if (!check) {
            throw new CommandLine.UsageException("rules needs its command: " + FORM);
        }
        if (scenario == null) {
            throw new CommandLine.UsageException("rules check needs the scenario FILE: " + FORM);
        }
        return new RulesCheckOptions(scenario, Optional.ofNullable(rules));
    }
}
