package org.leiojournal.ui.settings;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/** The fields of a care-team number being added, as typed: name, phone and (optional) hours. */
public record ContactFields(StringProperty name, StringProperty phone, StringProperty hours) {

    static ContactFields empty() {
        return new ContactFields(new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""));
    }

    /** Each field's problem goes as soon as the user changes that field. */
    void clearProblemsOnChange(ObservableMap<FieldId, String> errors) {
        name.addListener(o -> errors.remove(CareContact.Field.NAME));
        phone.addListener(o -> errors.remove(CareContact.Field.PHONE));
    }

    List<Problem> problems() {
        return CareContact.problems(name.get(), phone.get());
    }

    /** The new contact, not yet stored; only once {@link #problems()} is empty. */
    CareContact toContact() {
        return new CareContact(0, name.get(), phone.get(), hours.get());
    }

    /** Empties the form for the next number. */
    void clear() {
        name.set("");
        phone.set("");
        hours.set("");
    }
}
