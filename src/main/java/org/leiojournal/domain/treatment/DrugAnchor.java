package org.leiojournal.domain.treatment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Ties a line saved with fixed cycle days (plans saved before supportive medicines, checks and low-count windows had
 * a drug) to the drug it belongs to, without changing a single date, so from then on it moves with that drug.
 *
 * <p>A supportive medicine: a drug given on one day (dexamethasone days 7–9 → docetaxel day 8, −1…+1), or on
 * exactly the same days (mesna days 1–4 → ifosfamide days 1–4, day 0). Drugs given on fewer days are tried first.
 * A check: each dose of a drug given on exactly its days (blood count days 1 and 8 → each gemcitabine), or else
 * the first dose of the cycle of the drug given on the fewest days (heart scan day 1 → first doxorubicin). A
 * low-count window: the drug its label starts with ("Docetaxel on day 8"), counted from that drug's first day.
 * A line no drug fits keeps its fixed days.
 */
final class DrugAnchor {

    private DrugAnchor() {
    }

    static SupportPlan tie(SupportPlan line, List<DrugPlan> drugs) {
        if (line.tiedToDrug() || line.days().isEmpty()) {
            return line;
        }
        return given(drugs).map(d -> offsets(line.days(), d).map(o -> line.withAnchor(d.drug(), o)))
                .flatMap(Optional::stream).findFirst().orElse(line);
    }

    static MonitoringPlan tie(MonitoringPlan check, List<DrugPlan> drugs) {
        if (check.tiedToDrug() || check.days().isEmpty()) {
            return check;
        }
        List<Integer> days = check.days().stream().distinct().sorted().toList();
        Optional<MonitoringPlan> eachDose = given(drugs).filter(d -> d.days().equals(days)).findFirst()
                .map(d -> check.withAnchor(d.drug(), List.of(0), false));
        return eachDose.or(() -> given(drugs).findFirst().map(d -> check.withAnchor(d.drug(),
                days.stream().map(day -> day - firstDay(d)).toList(), true))).orElse(check);
    }

    static LowCountWindow tie(LowCountWindow window, List<DrugPlan> drugs) {
        if (window.tiedToDrug()) {
            return window;
        }
        String label = window.drug().toLowerCase(Locale.ROOT);
        return given(drugs).filter(d -> label.startsWith(d.drug().toLowerCase(Locale.ROOT)))
                .filter(d -> window.fromDay() >= firstDay(d))
                .findFirst().map(d -> LowCountWindow.after(d.drug(), window.fromDay() - firstDay(d),
                        window.toDay() - firstDay(d), window.sources())).orElse(window);
    }

    /** Drugs with days, those given on fewer days first, in plan order otherwise. */
    private static Stream<DrugPlan> given(List<DrugPlan> drugs) {
        return drugs.stream().filter(d -> !d.days().isEmpty())
                .sorted(Comparator.comparingInt((DrugPlan d) -> d.days().size()));
    }

    private static int firstDay(DrugPlan drug) {
        return drug.days().stream().min(Integer::compare).orElseThrow();
    }

    private static Optional<List<Integer>> offsets(List<Integer> days, DrugPlan drug) {
        if (drug.days().size() == 1) {
            int day = drug.days().get(0);
            return Optional.of(days.stream().map(d -> d - day).toList());
        }
        return drug.days().equals(days.stream().distinct().sorted().toList()) ? Optional.of(List.of(0))
                : Optional.empty();
    }
}
