package org.leiojournal.ui.common;

import javafx.scene.control.Button;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** "Explore with a sample journal", on the welcome and in Settings, with the hint that one's own journal stays. */
public final class SampleButton {

    private SampleButton() {
    }

    public static Button create(String id, Messages messages, Runnable explore) {
        Button button = Forms.button(id, messages.get("sample.explore"), explore);
        button.setAccessibleHelp(messages.get("sample.explore.hint"));
        return button;
    }

    public static String hint(Messages messages) {
        return messages.get("sample.explore.hint");
    }
}
