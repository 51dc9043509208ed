package org.leiojournal.ui.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.EmergencyList;
import org.leiojournal.domain.alert.WarningSign;
import org.leiojournal.domain.treatment.Course;

/**
 * The warning signs on the check-in: those to ask about on the form's date (the general ones and those of the
 * drugs in the plan then), plus any sign already ticked, so changing the date or editing an old entry never hides
 * a tick that would then be saved unseen.
 */
public final class SignsViewModel {

    private final AlertRuleSet rules;
    private final ObservableList<Course> courses;
    private final ObservableValue<Boolean> priorAnthracycline;
    private final ObservableValue<LocalDate> date;
    private final ObservableList<WarningSign> shown = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> ticked = new HashMap<>();

    /** {@code priorAnthracycline}: whether anthracycline given before this journal is recorded. */
    SignsViewModel(AlertRuleSet rules, ObservableList<Course> courses, ObservableValue<Boolean> priorAnthracycline,
                   ObservableValue<LocalDate> date) {
        this.rules = rules;
        this.courses = courses;
        this.priorAnthracycline = priorAnthracycline;
        this.date = date;
        date.addListener((o, old, now) -> refresh());
        priorAnthracycline.addListener((o, old, now) -> refresh());
        courses.addListener((ListChangeListener<Course>) c -> refresh());
        refresh();
    }

    public ObservableList<WarningSign> shown() { return shown; }
    public EmergencyList emergency() { return rules.emergency(); }
    public java.util.Optional<WarningSign> sign(String code) { return rules.sign(code); }

    public BooleanProperty ticked(String code) {
        return ticked.computeIfAbsent(code, c -> new SimpleBooleanProperty());
    }

    Set<String> tickedCodes() {
        Set<String> codes = new TreeSet<>();
        ticked.forEach((code, on) -> {
            if (on.get()) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** The ticks of a draft: none for a new check-in, the entry's own when editing. */
    void load(Set<String> codes) {
        ticked.forEach((code, on) -> on.set(codes.contains(code)));
        codes.forEach(code -> ticked(code).set(true));
        refresh();
    }

    private void refresh() {
        LocalDate day = date.getValue();
        if (day == null) {
            return; // no date typed yet: keep what is shown
        }
        List<WarningSign> active = rules.signsShownOn(day, courses, Boolean.TRUE.equals(priorAnthracycline.getValue()));
        List<WarningSign> now = rules.signs().stream()
                .filter(s -> active.contains(s) || ticked(s.code()).get()).toList();
        if (!now.equals(shown)) {
            shown.setAll(now);
        }
    }
}
