package org.leiojournal.domain.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Either a valid value or the problems that stop it from being one. */
public record Validated<T>(Optional<T> value, List<Problem> problems) {

    public Validated {
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a value or problems, not both or neither");
        }
    }

    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Optional.of(value), List.of());
    }

    public static <T> Validated<T> invalid(List<Problem> problems) {
        return new Validated<>(Optional.empty(), problems);
    }

    /** Valid with what {@code value} makes when there are no problems, which it is then safe to make; else invalid. */
    public static <T> Validated<T> of(List<Problem> problems, Supplier<T> value) {
        return problems.isEmpty() ? valid(value.get()) : invalid(problems);
    }

    public boolean isValid() {
        return value.isPresent();
    }

    public Optional<Problem> problemFor(FieldId field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }
}
