package org.leiojournal.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

class CareContactTest {

    private static Set<FieldId> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0800 123 4567", "+44 (0)20 7946 0958", "020-7946-0958", "999", "01632 960001 ext 12",
            "555/123.4567"})
    void phoneNumbersAsPeopleWriteThemAreAccepted(String phone) {
        assertTrue(CareContact.problems("Chemo hotline", phone).isEmpty());
        assertEquals(phone.strip(), new CareContact(0, "Chemo hotline", phone, "24 hours").phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12", "call the ward", "+-()", "0800 123 4567 #2", "12345678901234567890123456789012345678901"})
    void phoneNumbersThatCannotBeDialledAreRefused(String phone) {
        assertEquals(Set.of(CareContact.Field.PHONE), fields(CareContact.problems("Chemo hotline", phone)));
        assertThrows(IllegalArgumentException.class, () -> new CareContact(0, "Chemo hotline", phone, ""));
    }

    @Test
    void nameIsRequiredAndLimited() {
        assertEquals(Set.of(CareContact.Field.NAME), fields(CareContact.problems(" ", "0800 123 4567")));
        assertEquals(Set.of(CareContact.Field.NAME), fields(CareContact.problems("n".repeat(81), "0800 123 4567")));
        assertTrue(CareContact.problems("n".repeat(80), "0800 123 4567").isEmpty());
    }

    @Test
    void bothProblemsAreReportedTogether() {
        assertEquals(Set.of(CareContact.Field.NAME, CareContact.Field.PHONE), fields(CareContact.problems("", null)));
    }

    @Test
    void valuesAreTrimmed() {
        CareContact contact = new CareContact(3, " Specialist nurse ", " 0800 123 4567 ", null);
        assertEquals("Specialist nurse", contact.name());
        assertEquals("0800 123 4567", contact.phone());
        assertEquals("", contact.hours());
    }
}
