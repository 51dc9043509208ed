package org.leiojournal.ui.settings;

import javafx.collections.ObservableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.UiContext;

/** Settings: the profile, care-team numbers, the user's own symptom items, and where the data lives. */
public final class SettingsViewModel {

    private final UiContext ui;
    private final AppState state;
    private final JournalStore store;
    private final FolderOpener folderOpener;
    private final SampleSwitch sample;

    private final ProfileFormModel profileForm;
    private final ContactFields contact = ContactFields.empty();
    private final StringProperty itemName = new SimpleStringProperty("");
    private final ObjectProperty<ItemKind> itemKind = new SimpleObjectProperty<>(ItemKind.SCORE);
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public SettingsViewModel(AppState state, JournalStore store, UiContext ui,
                             FolderOpener folderOpener, SampleSwitch sample) {
        this.state = state;
        this.store = store;
        this.ui = ui;
        this.folderOpener = folderOpener;
        this.sample = sample;
        this.profileForm = ProfileFormModel.showing(state.profile(), ui);
        state.profileProperty().addListener((o, old, now) -> profileForm.load(now));
        contact.clearProblemsOnChange(errors);
        itemName.addListener(o -> errors.remove(SymptomItem.Field.NAME));
    }

    public ProfileFormModel profileForm() { return profileForm; }
    /** The fields of the care-team number to add. */
    public ContactFields newContact() { return contact; }
    public StringProperty itemNameProperty() { return itemName; }
    public ObjectProperty<ItemKind> itemKindProperty() { return itemKind; }
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ObservableList<CareContact> contacts() { return state.contacts(); }
    public ObservableList<SymptomItem> items() { return state.items(); }
    public Path dataFolder() { return store.folder(); }
    public Path journalFile() { return store.file(); }

    public void saveProfile() {
        Optional<Profile> profile = profileForm.toProfile(true);
        if (profile.isEmpty()) {
            status.set(ui.messages().get("settings.status.fix"));
            return;
        }
        ui.tasks().run(() -> {
            store.profile().save(profile.get());
            return profile.get();
        }, saved -> {
            state.profileProperty().set(saved);
            status.set(ui.messages().get("settings.status.saved"));
        }, this::showWriteFailure);
    }

    public void addContact() {
        List<Problem> problems = contact.problems();
        problems.forEach(p -> errors.put(p.field(), ui.messages().problem(p)));
        if (!problems.isEmpty()) {
            return;
        }
        CareContact typed = contact.toContact();
        ui.tasks().run(() -> store.contacts().add(typed), added -> {
            state.contacts().add(added);
            contact.clear();
            status.set(ui.messages().get("settings.status.contactAdded", added.name()));
        }, this::showWriteFailure);
    }

    public void removeContact(CareContact contact) {
        if (contact == null || !ui.dialogs().confirm(ui.messages().get("settings.contact.remove.title"),
                ui.messages().get("settings.contact.remove.body", contact.name(), contact.phone()),
                ui.messages().get("settings.contact.remove.confirm"))) {
            return;
        }
        ui.tasks().run(() -> store.contacts().remove(contact.id()), removed -> {
            state.contacts().remove(contact);
            state.undo().offer(ui.messages().get("contacts.removed", contact.name()), () -> ui.tasks().run(() -> {
                removed.restore();
                return store.contacts().all();
            }, state.contacts()::setAll, this::showWriteFailure));
        }, this::showWriteFailure);
    }

    public void addItem() {
        Optional<Problem> problem = SymptomItem.nameProblem(itemName.get(), state.items(), -1);
        if (problem.isPresent()) {
            errors.put(problem.get().field(), ui.messages().problem(problem.get()));
            return;
        }
        String name = itemName.get();
        ItemKind kind = itemKind.get();
        ui.tasks().run(() -> store.items().add(name, kind), added -> {
            state.items().add(added);
            itemName.set("");
            status.set(ui.messages().get("settings.status.itemAdded", added.displayName()));
        }, this::showWriteFailure);
    }

    /** Renames a custom item; returns the problem to show next to the name, or empty when it was accepted. */
    public Optional<String> renameItem(SymptomItem item, String newName) {
        if (item == null || item.isEsas()) {
            return Optional.of(ui.messages().get("item.esas.fixed"));
        }
        if (item.isBuiltIn()) {
            return Optional.of(ui.messages().get("item.builtIn.fixed"));
        }
        Optional<Problem> problem = SymptomItem.nameProblem(newName, state.items(), item.id());
        if (problem.isPresent()) {
            return problem.map(ui.messages()::problem);
        }
        replaceItem(item.renamed(newName));
        return Optional.empty();
    }

    /**
     * Retired items are no longer asked; their history stays in the journal and in exports. The ESAS-r items stay;
     * the built-in counts can be retired like the user's own.
     */
    public void setRetired(SymptomItem item, boolean retired) {
        if (item != null && !item.isEsas()) {
            replaceItem(item.withRetired(retired));
        }
    }

    public void openDataFolder() {
        try {
            folderOpener.open(store.folder());
        } catch (IOException | RuntimeException e) {
            ui.dialogs().showError(ui.messages().get("settings.data.openFailed.title"),
                    ui.messages().get("settings.data.openFailed.body", store.folder().toString()));
        }
    }

    public boolean canExploreSample() {
        return sample.canExplore();
    }

    /** Opens a sample journal of invented data in its own folder; this journal stays as it is. */
    public void exploreSample() {
        sample.exploreSample();
    }

    private void replaceItem(SymptomItem changed) {
        ui.tasks().run(() -> {
            store.items().update(changed);
            return changed;
        }, saved -> {
            state.items().replaceAll(i -> i.id() == saved.id() ? saved : i);
            status.set(ui.messages().get("settings.status.itemSaved", saved.displayName()));
        }, this::showWriteFailure);
    }

    private void showWriteFailure(RuntimeException e) {
        status.set(ui.messages().get("checkIn.status.notSaved"));
        ui.dialogs().showSaveFailure();
    }
}
