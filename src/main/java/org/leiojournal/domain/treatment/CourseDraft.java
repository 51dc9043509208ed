package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.WeightUnit;

/**
 * The course form as typed. {@code template} is the regimen the form started from (empty for one built from
 * scratch); the name, cycle lengths, cycle counts, drug rows and the supportive medicines, checks and low-count
 * windows ({@code care}) come from the form. {@code bsaFromHeightAndWeight} picks Mosteller over the entered value;
 * the weight is typed in the profile's unit, {@code weightUnit} (the profile has no height unit: height is in cm).
 */
public record CourseDraft(long id, Optional<Regimen> template, String name, List<String> cycleLengthTexts,
                          List<String> cycleCountTexts, List<DrugDraft> drugs, LocalDate start,
                          boolean bsaFromHeightAndWeight, String bsaText, String heightCmText, String weightText,
                          String note, CareDrafts care, WeightUnit weightUnit) {

    public CourseDraft {
        name = name == null ? "" : name;
        cycleLengthTexts = List.copyOf(cycleLengthTexts);
        cycleCountTexts = List.copyOf(cycleCountTexts);
        drugs = List.copyOf(drugs);
        note = note == null ? "" : note;
        care = care == null ? template.map(CareDrafts::of).orElse(CareDrafts.NONE) : care;
        weightUnit = weightUnit == null ? WeightUnit.KILOGRAM : weightUnit;
    }

    /** A draft with the weight in kg. */
    public CourseDraft(long id, Optional<Regimen> template, String name, List<String> cycleLengthTexts,
                       List<String> cycleCountTexts, List<DrugDraft> drugs, LocalDate start,
                       boolean bsaFromHeightAndWeight, String bsaText, String heightCmText, String weightText,
                       String note, CareDrafts care) {
        this(id, template, name, cycleLengthTexts, cycleCountTexts, drugs, start, bsaFromHeightAndWeight, bsaText,
                heightCmText, weightText, note, care, WeightUnit.KILOGRAM);
    }

    /** A draft whose supportive medicines, checks and low-count windows are the template's as they are. */
    public CourseDraft(long id, Optional<Regimen> template, String name, List<String> cycleLengthTexts,
                       List<String> cycleCountTexts, List<DrugDraft> drugs, LocalDate start,
                       boolean bsaFromHeightAndWeight, String bsaText, String heightCmText, String weightText,
                       String note) {
        this(id, template, name, cycleLengthTexts, cycleCountTexts, drugs, start, bsaFromHeightAndWeight, bsaText,
                heightCmText, weightText, note, null, WeightUnit.KILOGRAM);
    }

    /**
     * A new course from a template: its doses and days, its usual cycle counts, and an empty count — "until your
     * team stops it" — where the sources give none (Hensley, trabectedin, eribulin…): never a made-up 6.
     */
    public static CourseDraft fromTemplate(Regimen template, LocalDate start) {
        List<String> lengths = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<DrugDraft> drugs = new ArrayList<>();
        for (int p = 0; p < template.phases().size(); p++) {
            Phase phase = template.phases().get(p);
            lengths.add(Integer.toString(phase.cycleLengthDays()));
            counts.add(phase.usualCycles().filter(n -> !phase.continuous()).map(String::valueOf).orElse(""));
            for (DrugPlan drug : phase.drugs()) {
                drugs.add(DrugDraft.of(p, drug));
            }
        }
        return new CourseDraft(0, Optional.of(template), defaultName(template), lengths, counts, drugs, start, false,
                "", "", "", "", CareDrafts.of(template));
    }

    /** "Gemcitabine + docetaxel" rather than the template's longer name, which tells the templates apart. */
    private static String defaultName(Regimen template) {
        return template.phases().size() == 1 ? template.phases().get(0).name() : template.name();
    }

    /** A course as it was saved, for editing. */
    public static CourseDraft of(Course course) {
        CourseDraft draft = fromTemplate(course.plan(), course.start());
        List<String> counts = course.plannedCycles().stream()
                .map(n -> n == 0 ? "" : Integer.toString(n)).toList();
        BodySurfaceArea bsa = course.bsa();
        return new CourseDraft(course.id(), Optional.of(course.plan()), course.plan().name(),
                draft.cycleLengthTexts(), counts, draft.drugs(), course.start(), bsa.computed(),
                bsa.squareMetres().toPlainString(), bsa.heightCm().map(v -> v.toPlainString()).orElse(""),
                bsa.weightKg().map(v -> v.toPlainString()).orElse(""), course.note(), CareDrafts.of(course.plan()));
    }

    /**
     * The same draft with the weight in another unit, the profile's: a weight saved in kg shows as pounds to a user
     * who weighs in pounds (one decimal, as the journal's weights are typed).
     */
    public CourseDraft inWeightUnit(WeightUnit unit) {
        String weight = DecimalInput.parse(weightText)
                .map(w -> unit.fromKilograms(weightUnit.toKilograms(w)).setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros())
                .map(w -> w.scale() < 0 ? w.setScale(0) : w).map(BigDecimal::toPlainString).orElse(weightText);
        return new CourseDraft(id, template, name, cycleLengthTexts, cycleCountTexts, drugs, start,
                bsaFromHeightAndWeight, bsaText, heightCmText, weight, note, care, unit);
    }

    /** A single-phase regimen built from scratch: one empty drug row, 21-day cycles until the team stops it. */
    public static CourseDraft blank(LocalDate start) {
        return new CourseDraft(0, Optional.empty(), "", List.of("21"), List.of(""),
                List.of(new DrugDraft(0, "", "", DoseUnit.MG_PER_M2, Route.INTRAVENOUS, "1")), start, false, "",
                "", "", "", CareDrafts.NONE);
    }
}
