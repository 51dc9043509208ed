package org.leiojournal.ui.today;

import java.math.BigDecimal;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * Said once, on Today, when the journal held a call temperature outside 37.5–38.0 °C (an older version or an
 * import): what it held, what the app now uses, and why. The journal already holds the corrected number, so the
 * card does not come back; "OK" only hides it for this session.
 */
public final class ThresholdNoticeCard extends VBox {

    public ThresholdNoticeCard(BigDecimal storedCelsius, Profile profile, Messages messages) {
        super(8);
        setId("threshold-notice");
        getStyleClass().add(Style.CARD);
        Label title = Forms.cardTitle(messages.get("threshold.corrected.title"));
        Label body = Forms.hint(messages.get("threshold.corrected.body",
                AlertWords.temperature(storedCelsius, profile.temperatureUnit()),
                AlertWords.temperature(profile.feverThresholdCelsius(), profile.temperatureUnit()),
                AlertWords.temperature(Profile.MIN_THRESHOLD_CELSIUS, profile.temperatureUnit()),
                AlertWords.temperature(Profile.MAX_THRESHOLD_CELSIUS, profile.temperatureUnit()))
                .replace(" °", "\u00A0°")); // "38.0 °C" never wraps between the number and its unit
        body.setId("threshold-notice-body");
        body.setMinHeight(Region.USE_PREF_SIZE); // wrapped text is never cut to "..."
        Button ok = Forms.button("threshold-notice-ok", messages.get("threshold.corrected.ok"), () -> {
            setVisible(false);
            setManaged(false);
        });
        getChildren().addAll(title, body, ok);
    }
}
