package org.leiojournal.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;

/** Which guidance the check-in offers as scores are typed: 4 or more, one line per panel, in form order. */
class GuidanceHintsViewModelTest {

    private final SymptomItem pain = esas(1, EsasItem.PAIN);
    private final SymptomItem tiredness = esas(2, EsasItem.TIREDNESS);
    private final SymptomItem nausea = esas(3, EsasItem.NAUSEA);
    private final SymptomItem wellbeing = esas(4, EsasItem.WELLBEING);
    private final SymptomItem other = esas(5, EsasItem.OTHER_PROBLEM);
    private final SymptomItem vomiting = new SymptomItem(6, "count.vomiting", "Vomiting", ItemKind.COUNT, false, 6);

    private final ObservableList<SymptomItem> items = FXCollections.observableArrayList(
            pain, tiredness, nausea, wellbeing, other, vomiting);
    private final Map<Long, StringProperty> answers = new HashMap<>();
    private final StringProperty otherName = new SimpleStringProperty("");
    private final GuidanceHintsViewModel model = new GuidanceHintsViewModel(items,
            id -> answers.computeIfAbsent(id, i -> new SimpleStringProperty("")), otherName,
            GuidanceCatalog.bundled());

    @Test
    void aScoreOfFourOrMoreOffersItsPanelAndThreeTakesItAway() {
        assertEquals(List.of(), hints());
        type(nausea, "4");
        assertEquals(List.of("nausea-vomiting"), hints());
        type(nausea, "3");
        assertEquals(List.of(), hints());
        type(nausea, "10");
        assertEquals(List.of("nausea-vomiting"), hints());
    }

    @Test
    void twoItemsWithOnePanelShowItOnceInFormOrder() {
        type(wellbeing, "8");
        type(pain, "5");
        type(tiredness, "6");
        assertEquals(List.of("pain", "fatigue"), hints());
    }

    @Test
    void emptyOrUnreadableAnswersAndCountsOfferNothing() {
        type(pain, "");
        type(tiredness, "seven");
        type(vomiting, "5");
        assertEquals(List.of(), hints(), "five vomits is a count, not a score");
        type(tiredness, " 7 ");
        assertEquals(List.of("fatigue"), hints());
    }

    @Test
    void theOtherProblemIsMatchedByTheNameTheUserTyped() {
        type(other, "6");
        assertEquals(List.of(), hints(), "'Other Problem' alone says nothing about what it is");
        otherName.set("Mouth ulcers");
        assertEquals(List.of("mouth-sores"), hints());
    }

    @Test
    void anItemAddedToTheFormIsFollowedToo() {
        SymptomItem numb = new SymptomItem(9, null, "Numbness in fingers", ItemKind.SCORE, false, 9);
        items.add(numb);
        type(numb, "4");
        assertEquals(List.of("numbness-tingling"), hints());
    }

    private void type(SymptomItem item, String text) {
        answers.computeIfAbsent(item.id(), i -> new SimpleStringProperty("")).set(text);
    }

    private List<String> hints() {
        return model.hints().stream().map(GuidancePanel::id).toList();
    }

    private static SymptomItem esas(long id, EsasItem esas) {
        return new SymptomItem(id, esas.code(), "", ItemKind.SCORE, false, (int) id);
    }
}
