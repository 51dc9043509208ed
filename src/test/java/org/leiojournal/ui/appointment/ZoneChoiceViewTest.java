package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/** The appointment's time-zone box lists zone ids (issue 21) and still shows and sets the form's {@link ZoneId}. */
@Tag("ui")
class ZoneChoiceViewTest extends WindowTest {

    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.of("Europe/London"));

    @Test
    void theBoxShowsTheFormsZoneByCityAndAChoiceSetsIt() throws Exception {
        ComboBox<String> box = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> ZoneChoice.of(zone)));
        assertEquals("London (Europe/London)", box.getConverter().toString(box.getValue()));
        // every zone of the system's database (not those ical4j registers if a calendar was exported earlier)
        assertEquals(AppointmentFormats.byCity(ZoneId.getAvailableZoneIds()), box.getItems());
        assertTrue(box.getItems().size() > 400, "the system's time-zone database");

        interact(() -> box.getSelectionModel().select("America/New_York"));
        assertEquals(ZoneId.of("America/New_York"), zone.get());

        interact(() -> zone.set(ZoneId.of("Asia/Tokyo")));
        assertEquals("Asia/Tokyo", box.getValue());
        assertEquals("Asia/Tokyo", box.getSelectionModel().getSelectedItem(), "the list opens on it");

        interact(() -> zone.set(null)); // a cleared form
        assertNull(box.getValue());
    }

    @Override
    public void start(javafx.stage.Stage stage) {
        // the box is tried on its own, in no window
    }
}
