package org.leiojournal.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.FailingDisk;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/**
 * The Settings screen's model without a window: care-team numbers and the user's own check-in items are checked
 * before they are stored, a removal asks first and can be undone, ESAS-r wording stays fixed, and a write that
 * fails says so and keeps what was typed.
 */
class SettingsViewModelTest {

    @TempDir
    Path folder;
    private JournalStore store;
    private final AppState state = new AppState();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.UK);
    private final List<Path> opened = new ArrayList<>();
    private boolean openerFails;
    private SettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        store = FreshJournals.open(folder, TestClocks.SUNDAY);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.contacts().setAll(store.contacts().all());
        model = new SettingsViewModel(state, store, UiContexts.inline(dialogs, messages, TestClocks.SUNDAY), f -> {
                    if (openerFails) {
                        throw new IOException("no file manager");
                    }
                    opened.add(f);
                }, SampleSwitch.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNumberWithoutANameOrDigitsIsRefusedNextToItsFields() {
        model.newContact().phone().set("call the ward");
        model.addContact();
        assertEquals(messages.get("contact.name.invalid"), model.errors().get(CareContact.Field.NAME));
        assertEquals(messages.get("contact.phone.invalid"), model.errors().get(CareContact.Field.PHONE));
        assertTrue(store.contacts().all().isEmpty(), "nothing stored");
        assertEquals("call the ward", model.newContact().phone().get(), "what was typed stays");
        model.newContact().name().set("Chemo hotline");
        assertFalse(model.errors().containsKey(CareContact.Field.NAME), "typing clears the field's message");
        assertTrue(model.errors().containsKey(CareContact.Field.PHONE), "the other field's message stays");
    }

    @Test
    void aValidNumberIsStoredShownAndTheFormCleared() {
        model.newContact().name().set("Chemo hotline");
        model.newContact().phone().set("+44 (0)20 7352 8171");
        model.newContact().hours().set("24 hours");
        model.addContact();
        CareContact stored = store.contacts().all().get(0);
        assertEquals("Chemo hotline", stored.name());
        assertEquals("+44 (0)20 7352 8171", stored.phone());
        assertEquals(List.of(stored), List.copyOf(state.contacts()));
        assertEquals("", model.newContact().name().get());
        assertEquals("", model.newContact().phone().get());
        assertEquals("", model.newContact().hours().get());
        assertEquals("Chemo hotline added.", model.statusProperty().get());
    }

    @Test
    void removingANumberAsksFirstAndCanBeUndone() {
        CareContact hotline = store.contacts().add(new CareContact(0, "Chemo hotline", "020 7352 8171", ""));
        state.contacts().setAll(store.contacts().all());

        dialogs.answer = false;
        model.removeContact(hotline);
        assertEquals(1, dialogs.confirmations.size(), "asked before removing");
        assertEquals(1, store.contacts().all().size(), "a no keeps the number");

        dialogs.answer = true;
        model.removeContact(hotline);
        assertTrue(store.contacts().all().isEmpty());
        assertTrue(state.contacts().isEmpty());
        assertTrue(state.undo().isOffered(), "a removal can be undone");
        state.undo().undo();
        assertEquals(List.of("Chemo hotline"), store.contacts().all().stream().map(CareContact::name).toList());
        assertEquals(1, state.contacts().size(), "the restored number shows again");
    }

    @Test
    void anOwnItemIsAddedOnceAndANameAlreadyUsedIsRefused() {
        int before = store.items().all().size();
        model.itemNameProperty().set("Hiccups");
        model.itemKindProperty().set(ItemKind.COUNT);
        model.addItem();
        SymptomItem hiccups = last(store.items().all());
        assertEquals("Hiccups", hiccups.name());
        assertEquals(ItemKind.COUNT, hiccups.kind());
        assertEquals(before + 1, state.items().size());
        assertEquals("", model.itemNameProperty().get());

        model.itemNameProperty().set("hiccups");
        model.addItem();
        assertEquals("There is already an item called hiccups.", model.errors().get(SymptomItem.Field.NAME));
        assertEquals(before + 1, store.items().all().size(), "not added twice");
    }

    @Test
    void esasWordingStaysAndAnOwnItemCanBeRenamedAndRetired() {
        SymptomItem pain = state.items().stream().filter(SymptomItem::isEsas).findFirst().orElseThrow();
        assertEquals(Optional.of(messages.get("item.esas.fixed")), model.renameItem(pain, "Ache"));
        model.setRetired(pain, true);
        assertFalse(store.items().all().stream().filter(i -> i.id() == pain.id()).findFirst().orElseThrow().retired(),
                "ESAS-r items are always asked");

        model.itemNameProperty().set("Hiccups");
        model.addItem();
        SymptomItem hiccups = last(store.items().all());
        assertEquals(Optional.empty(), model.renameItem(hiccups, "Hiccoughs"));
        model.setRetired(state.items().stream().filter(i -> i.id() == hiccups.id()).findFirst().orElseThrow(), true);
        SymptomItem stored = last(store.items().all());
        assertEquals("Hiccoughs", stored.name());
        assertTrue(stored.retired(), "retired: no longer asked, its history kept");
        assertEquals("Hiccoughs saved.", model.statusProperty().get());
    }

    @Test
    void aContactThatCannotBeSavedSaysSoAndKeepsWhatWasTyped() {
        model.newContact().name().set("Chemo hotline");
        model.newContact().phone().set("020 7352 8171");
        FailingDisk.readOnly(store);
        model.addContact();
        FailingDisk.healthy(store);
        assertEquals(1, dialogs.saveFailures);
        assertEquals(messages.get("checkIn.status.notSaved"), model.statusProperty().get());
        assertEquals("Chemo hotline", model.newContact().name().get(), "nothing typed is lost");
        assertTrue(store.contacts().all().isEmpty());
    }

    @Test
    void aFolderThatCannotBeOpenedIsNamedInADialog() {
        model.openDataFolder();
        assertEquals(List.of(store.folder()), opened);
        openerFails = true;
        model.openDataFolder();
        assertEquals(List.of(messages.get("settings.data.openFailed.title")), dialogs.errors);
    }

    private static SymptomItem last(List<SymptomItem> items) {
        return items.get(items.size() - 1);
    }
}
