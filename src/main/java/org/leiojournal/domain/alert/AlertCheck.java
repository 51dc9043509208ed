package org.leiojournal.domain.alert;

import java.util.List;
import java.util.Map;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * Evaluates an entry as it is saved, inside the save's transaction: the store hands over the saved entry (with its
 * id) and, for each item the entry answers, that item's previous answer before it, and keeps the alerts returned.
 */
@FunctionalInterface
public interface AlertCheck {

    List<Alert> evaluate(CheckIn saved, Map<Long, Integer> previousAnswers);
}
