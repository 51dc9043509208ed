package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.Optional;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/**
 * A dose as the user types it (the course form, a reduced dose, the tablets' label dose): above 0 and at most what
 * can be typed for its unit, a slip and not a judgement of the dose. A refusal says why: "more than 5000 mg/m²", too
 * many digits after the point, or the field's own message.
 */
public final class TypedDose {

    /** The message key for a dose above its unit's typing limit; its arguments are the limit and the unit. */
    public static final String TOO_LARGE_KEY = "treatment.dose.tooLarge";

    private TypedDose() {
    }

    /** The amount typed, when it is a dose above 0 within {@code unit}'s typing limit. */
    public static Optional<BigDecimal> read(String text, DoseUnit unit) {
        return DecimalInput.parse(text).filter(a -> a.signum() > 0).filter(a -> a.compareTo(unit.typingLimit()) <= 0);
    }

    /** Why {@link #read} refused {@code text}; {@code otherwise} when it is not a positive number at all. */
    public static Problem problem(String text, DoseUnit unit, String tooLargeKey, Problem otherwise) {
        FieldId field = otherwise.field();
        return DecimalInput.problemFor(text, unit.typingLimit(),
                Problem.of(field, tooLargeKey, unit.typingLimit().toPlainString(), unit.symbol()), otherwise);
    }
}
