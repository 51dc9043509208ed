package org.leiojournal.ui;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.scene.image.Image;

/** The app's icon in the sizes a window manager picks from (drawn from assets/icon/leio-journal.svg). */
public final class Icons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private Icons() {
    }

    /** Every size, decoded now. */
    public static List<Image> all() {
        return inEverySize(size -> new Image(url(size).toExternalForm(), false));
    }

    /**
     * Every size, decoded by JavaFX's background loader: the window's start does not wait for six PNGs (a few per
     * cent of the UI thread's work before the first window); the window manager gets each as it is ready.
     */
    public static List<Image> loadedInBackground() {
        return inEverySize(size -> new Image(url(size).toExternalForm(), true));
    }

    private static List<Image> inEverySize(IntFunction<Image> image) {
        return java.util.Arrays.stream(SIZES).mapToObj(image).toList();
    }

    private static URL url(int size) {
        return Objects.requireNonNull(Icons.class.getResource("/org/leiojournal/icon/leio-journal-" + size + ".png"));
    }
}
