package org.leiojournal.transfer.fhir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.storage.JournalStore;

/** What a user and a receiving system rely on in the FHIR export, checked on a journal with one of every record. */
class FhirExportTest {

    @TempDir
    Path temp;

    private JournalStore store;

    @BeforeEach
    void fill() throws Exception {
        store = JournalStore.open(temp.resolve("journal"), TestClocks.SUNDAY);
        EveryRecordJournal.fill(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JsonNode export(FhirChoices choices) throws Exception {
        Path file = temp.resolve("export-" + System.nanoTime() + ".json");
        FhirExport.write(store, choices, file, TestClocks.SUNDAY);
        // read numbers exactly as written, so a test can see that 11.20 kept its zero
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(file.toFile());
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.get("entry").spliterator(), false).map(e -> e.get("resource"))
                .filter(r -> r.get("resourceType").asText().equals(type)).toList();
    }

    @Test
    void aCheckInAnswersTheFormWithOnlyTheItemsAnswered() throws Exception {
        List<JsonNode> responses = resources(export(FhirChoices.ALL), "QuestionnaireResponse");
        assertEquals(2, responses.size());
        JsonNode first = responses.get(0);
        assertEquals(EsasQuestionnaire.URL, first.get("questionnaire").asText());
        List<String> linkIds = new ArrayList<>();
        first.get("item").forEach(i -> linkIds.add(i.get("linkId").asText()));
        assertEquals(List.of("esas.pain", "esas.other", "esas.other.name"), linkIds,
                "unanswered items are absent, not 0");
        assertEquals(8, first.get("item").get(0).get("answer").get(0).get("valueInteger").asInt());
        assertEquals("Constipation", first.get("item").get(2).get("answer").get(0).get("valueString").asText());
        JsonNode carer = responses.get(1);
        assertEquals(0, carer.get("item").get(0).get("answer").get(0).get("valueInteger").asInt(),
                "a score of 0 is kept as 0");
        assertFalse(carer.has("author"), "a carer's check-in is not authored by the patient");
    }

    @Test
    void theFormHasTheTenItemsWithTheirAnswersAndAcknowledgement() throws Exception {
        JsonNode form = resources(export(FhirChoices.ALL), "Questionnaire").get(0);
        assertTrue(form.get("copyright").asText().contains("Watanabe SM"));
        JsonNode tiredness = form.get("item").get(2);
        assertEquals("Tiredness (Tiredness = lack of energy)", tiredness.get("text").asText());
        assertEquals(11, tiredness.get("answerOption").size());
        assertEquals(10, tiredness.get("answerOption").get(10).get("valueInteger").asInt());
        assertEquals("10 = Worst Possible Tiredness", tiredness.get("item").get(1).get("text").asText());
        assertEquals(12, form.get("item").size(), "the instruction, ten items and the other problem's name");
    }

    @Test
    void measurementsKeepTheValueAndUnitAsEntered() throws Exception {
        List<JsonNode> vitals = resources(export(FhirChoices.ALL), "Observation").stream()
                .filter(o -> o.get("category").get(0).get("coding").get(0).get("code").asText().equals("vital-signs"))
                .filter(o -> o.has("valueQuantity")).toList();
        assertEquals(List.of("38.2 Cel 8310-5", "61.0 kg 29463-7", "100.4 [degF] 8310-5", "135.5 [lb_av] 29463-7",
                        "78 /min 8867-4"),
                vitals.stream().map(o -> o.get("valueQuantity").get("value").decimalValue().toPlainString() + " "
                        + o.get("valueQuantity").get("code").asText() + " "
                        + o.get("code").get("coding").get(0).get("code").asText()).toList());
    }

    @Test
    void bloodTestValuesAreLabObservationsWithTheLabsRangeAsEntered() throws Exception {
        List<JsonNode> labs = observations(export(FhirChoices.ALL), "laboratory");
        assertEquals(List.of("718-7 11.20 g/dL", "777-3 95 10*9/L", "20454-5 trace"), labs.stream()
                .map(o -> o.get("code").get("coding").get(0).get("code").asText() + " " + (o.has("valueQuantity")
                        ? o.get("valueQuantity").get("value").decimalValue().toPlainString() + " "
                        + o.get("valueQuantity").get("code").asText() : o.get("valueString").asText())).toList(),
                "LOINC, the value as typed (11.20 keeps its zero) and its UCUM unit; a dipstick's printed word");
        JsonNode platelets = labs.get(1);
        assertEquals("2026-11-19T08:45:00Z", platelets.get("effectiveDateTime").asText(), "when the blood was drawn");
        JsonNode range = platelets.get("referenceRange").get(0);
        assertEquals("150 10*9/L .. 400 10*9/L", range.get("low").get("value").asText() + " "
                + range.get("low").get("code").asText() + " .. " + range.get("high").get("value").asText() + " "
                + range.get("high").get("code").asText());
        assertEquals("City Hospital lab", platelets.get("performer").get(0).get("display").asText());
        assertFalse(labs.get(0).has("referenceRange"), "no range kept, none sent");
    }

    @Test
    void homeBloodPressureIsAPanelOfTwoComponentsAndThePulseItsOwnObservation() throws Exception {
        List<JsonNode> bp = observations(export(FhirChoices.ALL), "vital-signs").stream()
                .filter(o -> o.get("code").get("coding").get(0).get("code").asText().equals("85354-9")).toList();
        assertEquals(2, bp.size());
        JsonNode first = bp.get(0);
        assertEquals("http://hl7.org/fhir/StructureDefinition/bp", first.get("meta").get("profile").get(0).asText());
        assertEquals("8480-6 142 mm[Hg], 8462-4 91 mm[Hg]", first.get("component").get(0).get("code").get("coding")
                .get(0).get("code").asText() + " " + first.get("component").get(0).get("valueQuantity").get("value")
                .asText() + " " + first.get("component").get(0).get("valueQuantity").get("code").asText() + ", "
                + first.get("component").get(1).get("code").get("coding").get(0).get("code").asText() + " "
                + first.get("component").get(1).get("valueQuantity").get("value").asText() + " "
                + first.get("component").get(1).get("valueQuantity").get("code").asText());
        assertEquals("2026-11-21T07:30:00Z", first.get("effectiveDateTime").asText());
    }

    private static List<JsonNode> observations(JsonNode bundle, String category) {
        return resources(bundle, "Observation").stream().filter(o -> o.get("category").get(0).get("coding").get(0)
                .get("code").asText().equals(category)).toList();
    }

    @Test
    void dosesKeepWhatHappenedAndThePlansUnit() throws Exception {
        List<JsonNode> doses = resources(export(FhirChoices.ALL), "MedicationAdministration").stream()
                .filter(m -> m.has("note") && m.get("note").get(0).get("text").asText().startsWith("Cycle"))
                .toList();
        assertEquals(List.of("Doxorubicin completed 2026-10-01 50 mg/m2", "Trabectedin completed 2026-10-01 1.1 mg/m2",
                        "Doxorubicin not-done 2026-10-29 -"),
                doses.stream().map(d -> d.get("medicationCodeableConcept").get("text").asText() + " "
                        + d.get("status").asText() + " " + d.get("effectiveDateTime").asText() + " "
                        + (d.has("dosage") ? d.get("dosage").get("dose").get("value").asText() + " "
                        + d.get("dosage").get("dose").get("code").asText() : "-")).toList(),
                "the skipped dose falls on the delayed day and has no amount");
    }

    @Test
    void theNameAndDateOfBirthGoInOnlyWhenAskedFor() throws Exception {
        JsonNode anonymous = resources(export(FhirChoices.ALL), "Patient").get(0);
        assertFalse(anonymous.has("name"));
        assertFalse(anonymous.has("birthDate"));
        JsonNode named = resources(export(new FhirChoices(DateSpan.ALL, true, true)), "Patient").get(0);
        assertEquals(EveryRecordJournal.NAME, named.get("name").get(0).get("text").asText());
        assertEquals("1970-04-12", named.get("birthDate").asText());
        JsonNode nameOnly = resources(export(new FhirChoices(DateSpan.ALL, true, false)), "Patient").get(0);
        assertFalse(nameOnly.has("birthDate"));
    }

    @Test
    void theSameJournalGivesTheSameFileAndIds() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        FhirExport.write(store, FhirChoices.ALL, first, TestClocks.SUNDAY);
        FhirExport.write(store, FhirChoices.ALL, second, TestClocks.SUNDAY);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        JsonNode bundle = new ObjectMapper().readTree(first.toFile());
        Set<String> ids = new HashSet<>();
        bundle.get("entry").forEach(e -> assertTrue(ids.add(e.get("resource").get("id").asText()), "ids unique"));
    }

    @Test
    void everyReferenceResolvesInsideTheBundleAndNoResourceHasANarrative() throws Exception {
        JsonNode bundle = export(new FhirChoices(DateSpan.ALL, true, true));
        Set<String> fullUrls = new HashSet<>();
        bundle.get("entry").forEach(e -> fullUrls.add(e.get("fullUrl").asText()));
        List<String> references = new ArrayList<>();
        bundle.findValues("reference").forEach(r -> references.add(r.asText()));
        assertFalse(references.isEmpty());
        references.forEach(r -> assertTrue(fullUrls.contains(r), r + " resolves"));
        bundle.get("entry").forEach(e -> assertFalse(e.get("resource").has("text"),
                e.get("resource").get("resourceType") + " has no narrative"));
        assertFalse(bundle.toString().contains("bad night"), "the user's notes stay in the journal");
    }

    @Test
    void aDateRangeLeavesOutWhatFallsOutsideIt() throws Exception {
        JsonNode bundle = export(new FhirChoices(new DateSpan(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30)),
                false, false));
        assertEquals(1, resources(bundle, "QuestionnaireResponse").size(), "the check-in of the 20th is out");
        assertEquals(1, resources(bundle, "Questionnaire").size(), "the form always goes in");
        assertEquals(1, resources(bundle, "Patient").size());
        assertEquals(1, resources(bundle, "Appointment").size(), "the CT of the 24th");
        assertEquals(0, resources(bundle, "Procedure").size());
        assertEquals(List.of("8310-5", "29463-7", "85354-9", "8867-4", "85354-9"), observations(bundle, "vital-signs")
                .stream().map(o -> o.get("code").get("coding").get(0).get("code").asText()).toList(),
                "the check-in of the 21st, the blood pressure of the 21st and 22nd; the 20th's measurements are out");
        assertEquals(0, observations(bundle, "laboratory").size(), "the blood test of the 19th is out");
    }
}
