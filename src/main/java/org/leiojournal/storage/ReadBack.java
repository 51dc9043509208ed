package org.leiojournal.storage;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Reads a whole journal through the app's own repositories, as the screens will: run inside an import's
 * transaction, a row the app could not read fails here and rolls the import back instead of breaking a screen.
 * Check-ins and alerts, most of a journal's rows, are not read back: {@link ReadableRows} has built each imported
 * one with the same code before the write.
 */
final class ReadBack {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private ReadBack() {
    }

    static void check(JournalStore store) {
        read("profile", () -> store.profile().load());
        read("profile", () -> store.priorAnthracycline().load());
        read("care_contact", () -> store.contacts().all());
        read("symptom_item", () -> store.items().all());
        read("course", () -> store.courses().all());
        read("medicine", () -> store.medicines().all());
        read("medicine_taken", () -> store.medicines().dosesBetween(FIRST, LAST));
        read("surgery", () -> store.procedures().surgeries());
        read("radiotherapy", () -> store.procedures().radiotherapyCourses());
        read("heart_scan", () -> store.heartScans().all());
        read("appointment", () -> store.appointments().all());
        read("reminder_state", () -> store.reminders().all());
        read("follow_up_plan", () -> store.followUpPlan().load());
        read("blood_test", () -> store.bloodTests().all());
        read("team_level", () -> store.bloodTests().levels());
        read("home_vital", () -> store.homeVitals().all());
    }

    private static void read(String table, Supplier<?> reader) {
        try {
            reader.get();
        } catch (RuntimeException e) {
            throw new RowWriter.RejectedRow(new RowProblem(table, 0, null,
                    "the app could not read these rows back (" + rootReason(e) + ")"));
        }
    }

    static String rootReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
