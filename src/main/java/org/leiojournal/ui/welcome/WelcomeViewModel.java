package org.leiojournal.ui.welcome;

import org.leiojournal.storage.ProfileRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.settings.ProfileFormModel;

/** The first start: a few questions, all changeable later in Settings, or a look at a sample journal first. */
public final class WelcomeViewModel {

    private final UiContext ui;
    private final AppState state;
    private final ProfileRepository profiles;
    private final ProfileFormModel form;
    private final SampleSwitch sample;

    public WelcomeViewModel(AppState state, ProfileRepository profiles, UiContext ui,
                            SampleSwitch sample) {
        this.state = state;
        this.sample = sample;
        this.profiles = profiles;
        this.ui = ui;
        this.form = ProfileFormModel.showing(state.profile(), ui);
    }

    public ProfileFormModel form() {
        return form;
    }

    /** Saves the answers and opens the journal; on a bad threshold the form says why and nothing is saved. */
    public void start() {
        form.toProfile(true).ifPresent(profile -> ui.tasks().run(() -> {
            profiles.save(profile);
            return profile;
        }, saved -> state.profileProperty().set(saved),
                e -> ui.dialogs().showSaveFailure()));
    }

    public boolean canExploreSample() {
        return sample.canExplore();
    }

    /** Opens a sample journal of invented data in a file of its own; nothing typed here is saved. */
    public void exploreSample() {
        sample.exploreSample();
    }
}
