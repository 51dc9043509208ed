package org.leiojournal.app;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.SavedCheckIn;

/**
 * Saving a check-in, the one way the window and the sample journal do it: the entry and the alerts the rules raise
 * on it, judged against each item's previous answer, in one transaction; then the journal's open alerts as they now
 * stand. Call it on a worker thread.
 */
public final class SaveCheckIn {

    private final JournalStore store;
    private final AlertRuleSet rules;
    private final AlertEvaluator evaluator;

    public SaveCheckIn(JournalStore store, AlertRuleSet rules) {
        this.store = store;
        this.rules = rules;
        this.evaluator = new AlertEvaluator(rules);
    }

    public AlertRuleSet rules() {
        return rules;
    }

    public Outcome save(CheckIn entry, RuleInputs inputs) {
        return save(entry, inputs, Optional.empty());
    }

    /**
     * As above, with the home blood pressure row of Today when it is shown: its reading (or none, when the fields
     * were emptied) is kept at the entry's time in the same transaction and judged with the team's levels.
     */
    public Outcome save(CheckIn entry, RuleInputs inputs, Optional<HomeReading> home) {
        SavedCheckIn saved = home.map(h -> store.checkIns().save(entry, h.timeBefore(), h.bloodPressure(),
                        evaluator.checkWith(inputs.items(), inputs.thresholdCelsius(), inputs.usualStools(),
                                inputs.courses(), inputs.priorAnthracycline(), h.bloodPressure(), h.levels())))
                .orElseGet(() -> store.checkIns().save(entry, evaluator.checkWith(inputs.items(),
                        inputs.thresholdCelsius(), inputs.usualStools(), inputs.courses(),
                        inputs.priorAnthracycline())));
        boolean callNow = saved.openAlerts().stream().anyMatch(a -> rules.tierOf(a) == AlertTier.CALL_NOW);
        return new Outcome(saved, store.alerts().open(), callNow);
    }

    /** What the rules need to know besides the entry, as the user's journal stands when they press Save. */
    public record RuleInputs(List<SymptomItem> items, BigDecimal thresholdCelsius, int usualStools,
                             List<Course> courses, boolean priorAnthracycline) {

        public RuleInputs {
            items = List.copyOf(items);
            courses = List.copyOf(courses);
        }
    }

    /**
     * Today's home blood pressure row: the reading typed (empty when the fields were emptied), the time the edited
     * entry had before (null for a new one), and the team's levels it is judged against.
     */
    public record HomeReading(LocalDateTime timeBefore, Optional<HomeVital> bloodPressure,
                              BloodPressureLevels levels) {
    }

    /**
     * The entry as saved with the alerts it carries; every open alert of the journal (the panel's new content);
     * whether the entry raised a call-now alert.
     */
    public record Outcome(SavedCheckIn saved, List<Alert> openAlerts, boolean raisedCallNow) {

        public Outcome {
            openAlerts = List.copyOf(openAlerts);
        }

        public boolean raisedAny() {
            return !saved.openAlerts().isEmpty();
        }
    }
}
