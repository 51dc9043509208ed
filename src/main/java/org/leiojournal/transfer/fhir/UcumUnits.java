package org.leiojournal.transfer.fhir;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;

/**
 * Finds the catalogue unit a lab result sent in another unit can be kept in, and converts the value exactly. A unit
 * the test is printed in is kept as it is. Otherwise only a change of metric prefix or power of ten is made (mmol/L
 * bilirubin to µmol/L, g/L CRP to mg/L, 10*6/L platelets to 10*9/L): a shift of the decimal point, never a rounding
 * and never a guess at a molar mass. A few spellings portals print instead of UCUM (K/uL, x10E3/uL, IU/L, mEq/L,
 * mL/min/1.73m2) are read as the UCUM they mean.
 */
final class UcumUnits {

    /** The unit kept and the value in it. */
    record Converted(LabUnit unit, BigDecimal value) {
    }

    private static final Map<String, String> SPELLINGS = Map.of(
            "ml/min/1.73m2", "mL/min/{1.73_m2}",
            "ml/min/1.73 m2", "mL/min/{1.73_m2}",
            "ml/min/{1.73m2}", "mL/min/{1.73_m2}",
            "ml/min/1.73m^2", "mL/min/{1.73_m2}",
            "mmhg", "mm[Hg]");
    /** A power of ten as labs write it: 10*9, 10^9, x10E9, K (thousands, "K/uL"). */
    private static final Pattern POWER = Pattern.compile("^(?:x?10[*^eE](-?\\d{1,2})|K(?=/|$))");
    private static final Pattern ATOM = Pattern.compile("^(da|[dcmunpfkµμ]?)(g|mol|L|l|U|\\[IU\\]|IU|kat|eq|Eq)$");

    private UcumUnits() {
    }

    /** The value in a unit {@code test} is printed in, or empty when no exact conversion exists. */
    static Optional<Converted> toCatalogue(LabTest test, BigDecimal value, String sent) {
        String unit = SPELLINGS.getOrDefault(sent.strip().toLowerCase(Locale.ROOT), sent.strip());
        Optional<LabUnit> same = test.unit(unit);
        if (same.isPresent()) {
            return Optional.of(new Converted(same.get(), value));
        }
        Optional<Scaled> from = Scaled.parse(unit);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        for (LabUnit candidate : test.units()) {
            Optional<Scaled> to = Scaled.parse(candidate.ucum());
            if (to.isPresent() && to.get().sameDimension(from.get())) {
                int shift = from.get().power() - to.get().power();
                return Optional.of(new Converted(candidate, plain(value.scaleByPowerOfTen(shift))));
            }
        }
        return Optional.empty();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** A unit as a power of ten times atoms above and below the line: "10*3/uL" is 10^9 per L. */
    private record Scaled(int power, String above, String below) {

        boolean sameDimension(Scaled other) {
            return above.equals(other.above) && below.equals(other.below);
        }

        static Optional<Scaled> parse(String unit) {
            String[] parts = unit.strip().split("/", -1);
            if (parts.length > 2) {
                return Optional.empty();
            }
            Optional<Scaled> top = term(parts[0]);
            Optional<Scaled> bottom = parts.length == 2 ? term(parts[1]) : Optional.of(new Scaled(0, "", ""));
            if (top.isEmpty() || bottom.isEmpty() || parts.length == 2 && parts[1].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Scaled(top.get().power - bottom.get().power, top.get().above,
                    bottom.get().above));
        }

        /** One side of the line: an optional power of ten, then an optional prefixed atom ("10*9", "umol", "L"). */
        private static Optional<Scaled> term(String text) {
            String rest = text.strip();
            int power = 0;
            Matcher p = POWER.matcher(rest);
            if (p.find()) {
                power = p.group(1) == null ? 3 : Integer.parseInt(p.group(1));
                rest = rest.substring(p.end()).strip();
                if (rest.startsWith(".")) {
                    rest = rest.substring(1);
                }
            }
            if (rest.isEmpty() || rest.equals("1")) {
                return Optional.of(new Scaled(power, "", ""));
            }
            Matcher a = ATOM.matcher(rest);
            if (!a.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Scaled(power + prefix(a.group(1)), atom(a.group(2)), ""));
        }

        private static int prefix(String prefix) {
            return switch (prefix) {
                case "da" -> 1;
                case "d" -> -1;
                case "c" -> -2;
                case "m" -> -3;
                case "u", "µ", "μ" -> -6;
                case "n" -> -9;
                case "p" -> -12;
                case "f" -> -15;
                case "k" -> 3;
                default -> 0;
            };
        }

        private static String atom(String atom) {
            return switch (atom) {
                case "l" -> "L";
                case "IU" -> "[IU]";
                case "Eq" -> "eq";
                default -> atom;
            };
        }
    }
}
