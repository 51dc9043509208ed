package org.leiojournal.ui.today;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * The guidance to offer beside the check-in: for every score item the form now holds at 4 or more (moderate or
 * severe in ESAS-r research banding), the panel about it, once each, in form order. Follows the form as the user
 * types; what is saved plays no part.
 */
public final class GuidanceHintsViewModel {

    static final int FROM_SCORE = 4;

    private final ObservableList<SymptomItem> items;
    private final LongFunction<StringProperty> answer;
    private final StringProperty otherProblem;
    private final GuidanceLibrary library;
    private final ObservableList<GuidancePanel> hints = FXCollections.observableArrayList();
    // One read-only view, kept: a listener added to a fresh wrapper would go when the wrapper is collected.
    private final ObservableList<GuidancePanel> readOnlyHints = FXCollections.unmodifiableObservableList(hints);
    private final Set<Long> watched = new HashSet<>();
    private final ChangeListener<String> onTyped = (o, old, now) -> update();

    /** {@code answer} gives the text typed for an item id, as {@link CheckInViewModel#answer(long)} does. */
    public GuidanceHintsViewModel(ObservableList<SymptomItem> items, LongFunction<StringProperty> answer,
                                  StringProperty otherProblem, GuidanceLibrary library) {
        this.items = items;
        this.answer = answer;
        this.otherProblem = otherProblem;
        this.library = library;
        items.addListener((ListChangeListener<SymptomItem>) c -> update());
        otherProblem.addListener(onTyped);
        update();
    }

    public ObservableList<GuidancePanel> hints() {
        return readOnlyHints;
    }

    private void update() {
        Map<String, GuidancePanel> found = new LinkedHashMap<>();
        for (SymptomItem item : items) {
            StringProperty typed = answer.apply(item.id());
            if (watched.add(item.id())) {
                typed.addListener(onTyped);
            }
            if (item.kind() == ItemKind.SCORE && score(typed.get()) >= FROM_SCORE) {
                panelFor(item).ifPresent(p -> found.putIfAbsent(p.id(), p));
            }
        }
        List<GuidancePanel> now = List.copyOf(found.values());
        if (!now.equals(hints)) {
            hints.setAll(now);
        }
    }

    /** "Other problem" is about whatever the user named, so its name picks the panel, not its label. */
    private Optional<GuidancePanel> panelFor(SymptomItem item) {
        if (item.esas().filter(EsasItem.OTHER_PROBLEM::equals).isPresent()) {
            return library.forName(otherProblem.get());
        }
        return library.forItem(item);
    }

    /** The score typed, or -1 while the field is empty or holds something that is not a whole number. */
    static int score(String typed) {
        try {
            return typed == null ? -1 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
