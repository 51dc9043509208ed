package org.leiojournal.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/** Someone to call: the chemotherapy hotline, the specialist nurse, the GP out of hours. */
public record CareContact(long id, String name, String phone, String hours) {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { NAME, PHONE }

    private static final Pattern PHONE_CHARS = Pattern.compile("[0-9+() .\\-/ext]{3,40}");

    public CareContact {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        hours = hours == null ? "" : hours.strip();
        if (!problems(name, phone).isEmpty()) {
            throw new IllegalArgumentException("invalid contact");
        }
    }

    public static List<Problem> problems(String name, String phone) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            problems.add(Problem.of(Field.NAME, "contact.name.invalid"));
        }
        if (phone == null || !PHONE_CHARS.matcher(phone.strip()).matches() || phone.chars().noneMatch(Character::isDigit)) {
            problems.add(Problem.of(Field.PHONE, "contact.phone.invalid"));
        }
        return problems;
    }
}
