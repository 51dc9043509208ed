package org.leiojournal.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.ui.common.Messages;

/**
 * The emergency sheet (a PDF, which may not use the window's messages) names the line with {@link LineKind#words()},
 * the form in Settings with its message: the user must find on the sheet the very words chosen in the form.
 */
class LineKindWordsTest {

    @Test
    void theFormsChoiceReadsAsTheEmergencySheetPrintsIt() {
        Messages messages = new Messages(Locale.UK);
        Arrays.stream(LineKind.values()).filter(kind -> kind != LineKind.NOT_RECORDED).forEach(kind ->
                assertEquals(kind.words(), messages.get(EmergencyDetailsFields.key(kind)), kind.name()));
    }
}
