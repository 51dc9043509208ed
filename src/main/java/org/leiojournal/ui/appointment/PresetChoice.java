package org.leiojournal.ui.appointment;

import java.util.Optional;
import org.leiojournal.domain.followup.FollowUpPreset;

/** An item of the preset chooser: a labelled published schedule, or none (the team's own lines only). */
public record PresetChoice(Optional<FollowUpPreset> preset) {

    public static final PresetChoice NONE = new PresetChoice(Optional.empty());

    public static PresetChoice of(FollowUpPreset preset) {
        return new PresetChoice(Optional.of(preset));
    }

    public Optional<String> id() {
        return preset.map(FollowUpPreset::id);
    }
}
