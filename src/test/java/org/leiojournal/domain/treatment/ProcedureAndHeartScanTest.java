package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

class ProcedureAndHeartScanTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static String key(Validated<?> result, FieldId field) {
        return result.problemFor(field).map(Problem::messageKey).orElse("");
    }

    private static RadiotherapyDraft course(LocalDate start, LocalDate end, String fractions) {
        return new RadiotherapyDraft(0, start, end, fractions, "Pelvis", "IMRT", false, "");
    }

    @Test
    void surgeryNeedsAProcedureAndMayBePlanned() {
        assertEquals("surgery.procedure.required", key(Surgery.validate(0, TODAY, " ", "", ""), Surgery.Field.PROCEDURE));
        assertEquals("surgery.date.required", key(Surgery.validate(0, null, "Hysterectomy", "", ""), Surgery.Field.DATE));
        Surgery planned = Surgery.validate(0, TODAY.plusDays(30), " Lung metastasectomy ", "Right lung", "VATS")
                .value().orElseThrow();
        assertEquals("Lung metastasectomy", planned.procedure());
    }

    @Test
    void radiotherapyEndsOnOrAfterItsStart() {
        assertEquals("radiotherapy.end.beforeStart", key(Radiotherapy.validate(course(TODAY, TODAY.minusDays(1), "")),
                Radiotherapy.Field.END));
        assertTrue(Radiotherapy.validate(course(TODAY, TODAY, "1")).isValid());
        assertEquals("radiotherapy.start.required", key(Radiotherapy.validate(course(null, TODAY, "")),
                Radiotherapy.Field.START));
        assertEquals("radiotherapy.end.required", key(Radiotherapy.validate(course(TODAY, null, "")),
                Radiotherapy.Field.END));
    }

    @Test
    void fractionsAreOptionalButMustBeFromOneToAHundred() {
        assertEquals(Optional.empty(), Radiotherapy.validate(course(TODAY, TODAY.plusDays(35), " "))
                .value().orElseThrow().fractions());
        assertEquals(Optional.of(25), Radiotherapy.validate(course(TODAY, TODAY.plusDays(35), "25"))
                .value().orElseThrow().fractions());
        assertTrue(Radiotherapy.validate(course(TODAY, TODAY, "100")).isValid());
        for (String bad : List.of("0", "101", "-3", "2.5", "twenty")) {
            assertEquals("radiotherapy.fractions.invalid", key(Radiotherapy.validate(course(TODAY, TODAY, bad)),
                    Radiotherapy.Field.FRACTIONS), bad);
        }
    }

    @Test
    void aPlannedChestCourseRoundTripsThroughItsDraft() {
        RadiotherapyDraft draft = new RadiotherapyDraft(4, TODAY.plusDays(7), TODAY.plusDays(14), "5", "Mediastinum",
                "SABR", true, "");
        Radiotherapy course = Radiotherapy.validate(draft).value().orElseThrow();
        assertTrue(course.chestOrMediastinal());
        assertEquals(draft, RadiotherapyDraft.of(course));
    }

    @Test
    void heartScanLvefAbove95SaysMoreThan95AndThreeDecimalsAreTooMany() {
        assertTrue(HeartScan.validate(0, TODAY, HeartScanKind.ECHO, "95", "", CLOCK).isValid(), "the largest allowed");
        assertEquals(new BigDecimal("58.25"), HeartScan.validate(0, TODAY, HeartScanKind.ECHO, "58.25", "", CLOCK)
                .value().orElseThrow().lvefPercent(), "two decimals");
        for (String tooLarge : List.of("95.01", "95.5", "550", "12345")) {
            assertEquals("heartScan.lvef.tooLarge", key(HeartScan.validate(0, TODAY, HeartScanKind.ECHO, tooLarge, "",
                    CLOCK), HeartScan.Field.LVEF), tooLarge);
        }
        for (String decimals : List.of("58.125", "1.234")) {
            assertEquals("input.tooManyDecimals", key(HeartScan.validate(0, TODAY, HeartScanKind.ECHO, decimals, "",
                    CLOCK), HeartScan.Field.LVEF), decimals);
        }
    }

    @Test
    void heartScanLvefMustBeAPlausibleNumberAndTheDateNotLaterThanToday() {
        HeartScan scan = HeartScan.validate(0, TODAY, HeartScanKind.ECHO, "58,5", "", CLOCK).value().orElseThrow();
        assertEquals(new BigDecimal("58.5"), scan.lvefPercent());
        assertTrue(HeartScan.validate(0, TODAY, HeartScanKind.MUGA, "5", "", CLOCK).isValid());
        assertTrue(HeartScan.validate(0, TODAY, HeartScanKind.MUGA, "95", "", CLOCK).isValid());
        for (String bad : List.of("4.9", "", "sixty")) { // "95.5" and "550": heartScanLvefAbove95… below
            assertEquals("heartScan.lvef.invalid", key(HeartScan.validate(0, TODAY, HeartScanKind.ECHO, bad, "", CLOCK),
                    HeartScan.Field.LVEF), bad);
        }
        assertEquals("heartScan.date.future", key(HeartScan.validate(0, TODAY.plusDays(1), HeartScanKind.ECHO, "60",
                "", CLOCK), HeartScan.Field.DATE));
        assertEquals("heartScan.date.required", key(HeartScan.validate(0, null, HeartScanKind.ECHO, "60", "", CLOCK),
                HeartScan.Field.DATE));
    }
}
