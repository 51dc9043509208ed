package org.leiojournal.ui.treatment;

import javafx.util.StringConverter;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.SupportKind;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Messages;

/** How treatment values read on screen: units, routes, dates, and "cycle 3, day 9". */
public final class TreatmentFormats {

    private TreatmentFormats() {
    }

    public static StringConverter<DoseUnit> units() {
        return Converters.shown(DoseUnit::symbol);
    }

    public static StringConverter<Route> routes(Messages messages) {
        return Converters.shown(route -> messages.get(switch (route) {
                    case INTRAVENOUS -> "treatment.route.intravenous";
                    case ORAL -> "treatment.route.oral";
                    case SUBCUTANEOUS -> "treatment.route.subcutaneous";
                }));
    }

    /** "Premedication: Dexamethasone" and the like, for tooltips and lists. */
    public static String entry(EntryKind kind, String label, Messages messages) {
        return messages.get(switch (kind) {
            case DRUG -> "treatment.entry.drug";
            case PREMEDICATION -> "treatment.entry.premedication";
            case GROWTH_FACTOR -> "treatment.entry.growthFactor";
            case PROTECTIVE -> "treatment.entry.protective";
            case MONITORING -> "treatment.entry.monitoring";
            case LOW_COUNTS -> "treatment.entry.lowCounts";
        }, label);
    }

    public static String supportKind(SupportKind kind, Messages messages) {
        return messages.get(switch (kind) {
            case PREMEDICATION -> "treatment.supportKind.premedication";
            case GROWTH_FACTOR -> "treatment.supportKind.growthFactor";
            case PROTECTIVE -> "treatment.supportKind.protective";
        });
    }

    public static String outcome(DoseOutcome outcome, Messages messages) {
        return messages.get(switch (outcome) {
            case GIVEN -> "treatment.recorded.given";
            case REDUCED -> "treatment.recorded.reduced";
            case SKIPPED -> "treatment.recorded.skipped";
        });
    }

    /** "Gemcitabine + docetaxel — cycle 3, day 9"; "Pazopanib — day 45"; LMS-04 maintenance names its phase. */
    public static String position(CyclePosition position, Messages messages) {
        if (position.continuous()) {
            return messages.get("treatment.position.continuous", position.regimen(), position.day());
        }
        if (position.laterPhase()) {
            return messages.get("treatment.position.phase", position.regimen(), position.phase(), position.cycle(),
                    position.day());
        }
        return messages.get("treatment.position.cycle", position.regimen(), position.cycle(), position.day());
    }
}
