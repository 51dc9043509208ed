package org.leiojournal.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The app's icon in the sizes a window manager picks from (drawn from assets/icon/leio-journal.svg). */
public final class Icons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private Icons() {
    }

    public static List<Image> all() {
        return java.util.Arrays.stream(SIZES).mapToObj(size -> new Image(Objects.requireNonNull(
                Icons.class.getResourceAsStream("/org/leiojournal/icon/leio-journal-" + size + ".png")))).toList();
    }
}
