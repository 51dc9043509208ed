package org.leiojournal.storage;

import static org.leiojournal.storage.ColumnType.BOOLEAN;
import static org.leiojournal.storage.ColumnType.DATE;
import static org.leiojournal.storage.ColumnType.DECIMAL;
import static org.leiojournal.storage.ColumnType.INSTANT;
import static org.leiojournal.storage.ColumnType.INTEGER_LIST;
import static org.leiojournal.storage.ColumnType.JSON;
import static org.leiojournal.storage.ColumnType.LOCAL_DATE_TIME;
import static org.leiojournal.storage.ColumnType.LOCAL_TIME;
import static org.leiojournal.storage.ColumnType.TEXT;
import static org.leiojournal.storage.ColumnType.TIME_LIST;
import static org.leiojournal.storage.ColumnType.ZONE;

import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.treatment.MedicineSchedule;

/**
 * Every table of the journal, parents before children, as export files carry them: the one description that JSON
 * and CSV export and import share. {@code JournalTablesTest} fails when a migration adds a table or column that is
 * not described here, so no format can silently lose data.
 */
public final class JournalTables {

    private static final long MAX = Column.LIMIT;
    private static final String CHECK_IN_TIME = "(SELECT recorded_at FROM check_in WHERE id = t.check_in_id)";
    private static final String COURSE_START = "(SELECT start_date FROM course WHERE id = t.course_id)";
    private static final String APPOINTMENT_START = "(SELECT start_utc FROM appointment WHERE id = t.appointment_id)";
    private static final String BLOOD_TEST_TIME = "(SELECT drawn_at FROM blood_test WHERE id = t.blood_test_id)";

    private static final List<JournalTable> ALL = List.of(
            TableBuilder.singleton("profile").text("patient_name").choice("recorder_role", RecorderRole.values())
                    .text("recorder_name").choice("temperature_unit", TemperatureUnit.values())
                    .choice("weight_unit", WeightUnit.values()).column("fever_threshold_c", DECIMAL)
                    .column("welcome_completed", BOOLEAN).column("prior_anthracycline_mg_m2", DECIMAL)
                    .text("prior_anthracycline_note").text("calendar_uid").integer("usual_stools_per_day", 0, 20)
                    .optional("date_of_birth", DATE).choice("line_kind", LineKind.values()).text("line_note")
                    .text("allergies").text("other_medicines").build(),
            TableBuilder.withUid("care_contact").text("name").text("phone").text("hours").integer("sort_order", -MAX, MAX)
                    .orderBy("sort_order", "uid").build(),
            TableBuilder.withUid("symptom_item").unique("code", TEXT, true).text("name")
                    .choice("kind", ItemKind.values()).column("retired", BOOLEAN).integer("sort_order", -MAX, MAX)
                    .orderBy("sort_order", "uid").build(),
            TableBuilder.withUid("check_in").column("day", DATE).column("recorded_at", INSTANT).column("zone", ZONE)
                    .choice("recorder_role", RecorderRole.values()).text("recorder_name").text("other_problem")
                    .optional("temperature_value", DECIMAL).choice("temperature_unit", true, TemperatureUnit.values())
                    .optional("weight_value", DECIMAL).choice("weight_unit", true, WeightUnit.values()).text("note")
                    .orderBy("recorded_at", "uid").build(),
            TableBuilder.owned("check_in_answer", "check_in", "check_in_uid", "item_uid")
                    .reference("check_in_uid", "check_in_id", "check_in")
                    .reference("item_uid", "item_id", "symptom_item").integer("value", 0, MAX)
                    .orderBy(CHECK_IN_TIME, "check_in_uid",
                            "(SELECT sort_order FROM symptom_item WHERE id = t.item_id)", "item_uid").build(),
            TableBuilder.owned("check_in_sign", "check_in", "check_in_uid", "sign")
                    .reference("check_in_uid", "check_in_id", "check_in").text("sign")
                    .orderBy(CHECK_IN_TIME, "check_in_uid", "sign").build(),
            TableBuilder.withUid("alert").reference("check_in_uid", "check_in_id", "check_in").text("rule_id")
                    .choice("subject_type", AlertSubject.Type.values()).text("subject_code").text("observed")
                    .optional("threshold", DECIMAL).optional("reference", DECIMAL).column("day", DATE)
                    .column("seen_at", INSTANT).column("zone", ZONE).optional("acknowledged_at", INSTANT)
                    .text("acknowledged_note").orderBy("seen_at", "uid").build(),
            TableBuilder.withUid("course").column("plan_json", JSON).column("start_date", DATE)
                    .column("planned_cycles", INTEGER_LIST).column("bsa_m2", DECIMAL).optional("height_cm", DECIMAL)
                    .optional("weight_kg", DECIMAL).text("note").optional("stop_date", DATE).text("stop_reason")
                    .orderBy("start_date", "uid").build(),
            TableBuilder.owned("course_delay", "course", "course_uid", "cycle", "day")
                    .reference("course_uid", "course_id", "course").integer("cycle", 1, MAX).integer("day", 1, MAX)
                    .column("new_date", DATE).text("reason")
                    .orderBy(COURSE_START, "course_uid", "cycle", "day").build(),
            TableBuilder.owned("course_dose", "course", "course_uid", "cycle", "day", "drug")
                    .reference("course_uid", "course_id", "course").integer("cycle", 1, MAX).integer("day", 1, MAX)
                    .text("drug").choice("outcome", DoseOutcome.values()).optional("amount", DECIMAL).text("note")
                    .orderBy(COURSE_START, "course_uid", "cycle", "day", "drug").build(),
            TableBuilder.owned("oral_dose_taken", "course", "course_uid", "day")
                    .reference("course_uid", "course_id", "course").column("day", DATE).column("taken_at", INSTANT)
                    .column("zone", ZONE).orderBy(COURSE_START, "course_uid", "day").build(),
            TableBuilder.withUid("medicine").text("name").text("dose").choice("schedule_kind", MedicineSchedule.values())
                    .column("times", TIME_LIST).column("start_date", DATE).optional("end_date", DATE).text("note")
                    .orderBy("start_date", "name", "uid").build(),
            TableBuilder.withUid("medicine_taken").reference("medicine_uid", "medicine_id", "medicine")
                    .column("day", DATE).column("taken_at", INSTANT).column("zone", ZONE)
                    .optional("scheduled_time", LOCAL_TIME).text("dose").orderBy("taken_at", "uid").build(),
            TableBuilder.withUid("surgery").column("day", DATE).text("procedure").text("site").text("note")
                    .orderBy("day", "uid").build(),
            TableBuilder.withUid("radiotherapy").column("start_date", DATE).column("end_date", DATE)
                    .optionalInteger("fractions", 0, MAX).text("site").text("technique").column("chest", BOOLEAN)
                    .text("note").orderBy("start_date", "uid").build(),
            TableBuilder.withUid("heart_scan").column("day", DATE).choice("kind", HeartScanKind.values())
                    .column("lvef", DECIMAL).text("note").orderBy("day", "uid").build(),
            TableBuilder.withUid("appointment").choice("kind", AppointmentKind.values()).text("title")
                    .column("start_local", LOCAL_DATE_TIME).optional("end_local", LOCAL_DATE_TIME).column("zone", ZONE)
                    .column("start_utc", INSTANT).text("place").text("clinician")
                    .choice("status", AppointmentStatus.values()).text("result").orderBy("start_utc", "uid").build(),
            TableBuilder.owned("appointment_preparation", "appointment", "appointment_uid", "position")
                    .reference("appointment_uid", "appointment_id", "appointment").integer("position", 0, MAX)
                    .text("text").optionalInteger("remind_minutes", 0, MAX)
                    .orderBy(APPOINTMENT_START, "appointment_uid", "position").build(),
            TableBuilder.owned("appointment_question", "appointment", "appointment_uid", "position")
                    .reference("appointment_uid", "appointment_id", "appointment").integer("position", 0, MAX)
                    .text("text").choice("state", QuestionState.values()).text("answer")
                    .orderBy(APPOINTMENT_START, "appointment_uid", "position").build(),
            TableBuilder.owned("reminder_state", "appointment", "appointment_uid", "reminder")
                    .reference("appointment_uid", "appointment_id", "appointment").text("reminder")
                    .column("done", BOOLEAN).optional("snoozed_until", INSTANT)
                    .orderBy(APPOINTMENT_START, "appointment_uid", "reminder").build(),
            TableBuilder.singleton("follow_up_plan").text("preset").column("treatment_end", DATE)
                    .choice("scan_kind", true, AppointmentKind.values()).build(),
            TableBuilder.owned("follow_up_interval", "follow_up_plan", "position").integer("position", 0, MAX)
                    .integer("from_month", 0, MAX).integer("until_month", 1, MAX).integer("every_months", 1, MAX)
                    .orderBy("position").build(),
            // Blood tests and home readings (issue 22): values as entered, in the unit the lab printed.
            TableBuilder.withUid("blood_test").column("drawn_at", LOCAL_DATE_TIME).text("lab")
                    .orderBy("drawn_at", "uid").build(),
            TableBuilder.owned("blood_test_value", "blood_test", "blood_test_uid", "test")
                    .reference("blood_test_uid", "blood_test_id", "blood_test").text("test").text("value")
                    .text("unit").optional("lab_low", DECIMAL).optional("lab_high", DECIMAL)
                    .orderBy(BLOOD_TEST_TIME, "blood_test_uid", "test").build(),
            TableBuilder.withUid("team_level").unique("measure", TEXT, false)
                    .choice("direction", LevelDirection.values()).column("value", DECIMAL).text("unit")
                    .orderBy("measure", "uid").build(),
            TableBuilder.withUid("home_vital").column("measured_at", LOCAL_DATE_TIME).integer("systolic", 50, 300)
                    .integer("diastolic", 20, 200).optionalInteger("pulse", 20, 250)
                    .orderBy("measured_at", "uid").build());

    private JournalTables() {
    }

    /** Parents before children: the order files list them in and imports write them in. */
    public static List<JournalTable> all() {
        return ALL;
    }

    public static Optional<JournalTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
