package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;

/** Settings, Your data: export for health records (FHIR), with the name only when the user ticks it. */
class FhirExportViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(new Profile("Ana Lima", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), true, 0, Optional.of(LocalDate.of(1970, 4, 12))));
        store = fresh;
    }

    @Test
    void theJournalGoesOutAsFhirWithTheNameOnlyWhenTicked() throws Exception {
        Path folder = Files.createTempDirectory("leio-fhir");
        Path plain = folder.resolve("plain.json");
        dialogs.toSave = Optional.of(plain);
        clickOn(reveal("#data-export-fhir"));
        String result = lookup("#data-result").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Exported the journal for health records (2 FHIR resources)"), result);
        String anonymous = Files.readString(plain);
        assertTrue(anonymous.startsWith("{\"resourceType\":\"Bundle\""), anonymous);
        assertFalse(anonymous.contains("Ana Lima"), "no name unless ticked");

        Path named = folder.resolve("named.json");
        dialogs.toSave = Optional.of(named);
        clickOn(reveal("#data-fhir-name"));
        clickOn(reveal("#data-export-fhir"));
        String text = Files.readString(named);
        assertTrue(text.contains("Ana Lima"), "the name, ticked");
        assertFalse(text.contains("1970-04-12"), "the date of birth, not ticked");
    }
}
