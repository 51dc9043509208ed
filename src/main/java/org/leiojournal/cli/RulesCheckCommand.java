package org.leiojournal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.rulecheck.RulesCheck;
import org.leiojournal.rulecheck.ScenarioProblem;

/**
 * {@code rules check}: evaluates a scenario's check-ins against the bundled alert rules, or an edited copy, and
 * prints the alerts as JSON on {@code out}. It reads two files and nothing else: no journal, no data folder, no
 * clock. A problem with either file is one line on {@code err}, never a stack trace.
 */
public final class RulesCheckCommand {

    private final CommandOutput output;

    public RulesCheckCommand(PrintStream out, PrintStream err) {
        this.output = new CommandOutput(out, err);
    }

    /** True when the scenario was evaluated. */
    public boolean run(CommandLine commandLine) {
        RulesCheckOptions options = commandLine.rulesCheck().orElseThrow();
        try {
            AlertRuleSet rules = options.rules().isPresent() ? rules(options.rules().get())
                    : AlertRuleCatalog.bundled();
            String scenario = text(options.scenario());
            output.say(evaluate(rules, scenario, options.scenario()));
            return true;
        } catch (ScenarioProblem e) {
            return output.fail(e.getMessage());
        } catch (RuntimeException e) {
            // A bug rather than a reviewer's slip: name it for the report, without a stack trace on the terminal.
            return output.fail("rules check failed (" + e + ")");
        }
    }

    private static String evaluate(AlertRuleSet rules, String scenario, Path file) throws ScenarioProblem {
        try {
            return new RulesCheck(rules, RegimenCatalog.bundled()).run(scenario);
        } catch (ScenarioProblem e) {
            throw new ScenarioProblem(file + ": " + e.getMessage());
        }
    }

    private static AlertRuleSet rules(Path file) throws ScenarioProblem {
        try (InputStream in = Files.newInputStream(file)) {
            return AlertRuleCatalog.read(in);
        } catch (NoSuchFileException e) {
            throw new ScenarioProblem(file + ": no such rules file");
        } catch (IOException | RuntimeException e) {
            throw new ScenarioProblem(file + " is not a rules file the app can use: " + reason(e));
        }
    }

    private static String text(Path file) throws ScenarioProblem {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioProblem(file + ": no such scenario file");
        } catch (IOException e) {
            throw new ScenarioProblem(file + " cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    /** The innermost message: the rule record's own words ("rule x names no source"), on one line. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException json
                ? json.getOriginalMessage() : cause.getMessage();
        return String.valueOf(message).lines().findFirst().orElse("");
    }
}
