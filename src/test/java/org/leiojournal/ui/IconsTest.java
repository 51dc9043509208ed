package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.junit.jupiter.api.Tag;

/** The window's icon comes in every size a window manager may pick, each drawn at its size, not scaled. */
@Tag("ui")
class IconsTest extends WindowTest {

    @Override
    public void start(Stage stage) {
        // the toolkit only
    }

    @Test
    void everySizeIsThereAndSquare() {
        List<Image> icons = Icons.all();
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), icons.stream().map(Image::getWidth).toList());
        icons.forEach(i -> assertEquals(i.getWidth(), i.getHeight()));
        icons.forEach(i -> assertFalse(i.isError()));
    }

    /** The window's own, decoded in the background so the start does not wait: the same sizes once loaded. */
    @Test
    void theWindowsIconsLoadedInTheBackgroundAreTheSameSizes() {
        List<Image> icons = Icons.loadedInBackground();
        FxSettle.settle();
        for (Image icon : icons) {
            long until = System.nanoTime() + 60_000_000_000L;
            while (icon.getProgress() < 1 && System.nanoTime() < until) {
                org.testfx.util.WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            assertFalse(icon.isError());
        }
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), icons.stream().map(Image::getWidth).toList());
    }
}
