package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/** The Appointments screen as a user works it: add, see in the list and the month, tick off, carry over. */
class AppointmentsViewTest extends ScreenViewTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    Screen screen() {
        return Screen.APPOINTMENTS;
    }

    @Test
    void anAppointmentWithTwoQuestionsIsListedShownInTheMonthAndItsOpenQuestionCarriedToTheNextVisit() {
        addAppointment("Clinic visit", "Sarcoma clinic", "24/11/2026", "10:15",
                "Is the numbness from docetaxel?", "Can cycle 4 be on a Monday?");
        Appointment first = only(store.appointments().all());
        assertEquals(List.of(Question.open("Is the numbness from docetaxel?"),
                Question.open("Can cycle 4 be on a Monday?")), first.questions());
        assertEquals(LocalDateTime.of(2026, 11, 24, 10, 15), first.start());
        assertTrue(upcomingTexts().stream().anyMatch(t -> t.contains("Sarcoma clinic")), upcomingTexts().toString());

        clickOn("#tab-month .tab-label");
        assertTrue(texts("#month-day-2026-11-24").contains("10:15 Sarcoma clinic"), texts("#month-day-2026-11-24"));

        clickOn("#tab-upcoming .tab-label");
        addAppointment("Clinic visit", "Results", "08/12/2026", "09:00");
        clickOn(lookup("#upcoming-list .list-cell").nth(0).queryAs(Node.class));
        assertEquals("Sarcoma clinic", lookup("#appointment-title").queryTextInputControl().getText());
        clickOn(reveal("#question-answered-0"));
        clickOn(reveal("#questions-carry"));

        Appointment visit = store.appointments().all().stream().filter(a -> a.id() == first.id())
                .findFirst().orElseThrow();
        assertEquals(List.of(QuestionState.ANSWERED, QuestionState.CARRIED_OVER),
                visit.questions().stream().map(Question::state).toList());
        Appointment next = store.appointments().all().stream().filter(a -> a.title().equals("Results")).findFirst()
                .orElseThrow();
        assertEquals(List.of(Question.open("Can cycle 4 be on a Monday?")), next.questions());
        assertTrue(label("#appointments-status").startsWith("1 question carried over to Tue 8 Dec 2026, 09:00"),
                label("#appointments-status"));
        assertEquals(1, lookup("#appointments-view .status").queryAll().stream().filter(AppointmentsViewTest::shown)
                .count(), "review D12: one status line in sight, for saves and exports alike");
    }

    /**
     * A row of the 30-day list says when, what, then where and what is left to do; with nothing for that third line
     * it has two, not an empty third. Issue 21: a row makes its lines once and only changes their words.
     */
    @Test
    void eachRowSaysWhenWhatAndWhereAndKeepsItsLinesWhenTheListChanges() {
        Appointment ct = new Appointment(0, AppointmentKind.CT, "CT chest", LocalDateTime.of(2026, 11, 23, 9, 30),
                Optional.empty(), LONDON, "St Mary’s", "", List.of(), List.of(), AppointmentStatus.TO_BOOK, "");
        interact(() -> store.appointments().save(ct));
        restart();
        assertEquals(List.of(List.of("Tomorrow, 09:30", "CT chest", "St Mary’s · To book")), rows());
        java.util.Set<Node> lines = lookup("#upcoming-list .label").queryAll();

        Appointment saved = only(store.appointments().all());
        Appointment booked = new Appointment(saved.id(), saved.kind(), saved.title(), saved.start(), saved.end(),
                saved.zone(), "", "", List.of(), List.of(), AppointmentStatus.BOOKED, "");
        interact(() -> screens.state().appointments().replaceAll(a -> a.id() == booked.id() ? booked : a));
        visit(Screen.TODAY);
        visit(Screen.APPOINTMENTS); // read again when shown
        assertEquals(List.of(List.of("Tomorrow, 09:30", "CT chest")), rows());
        assertEquals(lines, lookup("#upcoming-list .label").queryAll(),
                "the same lines with new words, none made again");
    }

    @Test
    void badInputIsExplainedAtTheFieldAndNothingIsSaved() {
        clickOn("#appointment-new");
        clickOn(reveal("#appointment-date"));
        write("24/11/2026");
        clickOn(reveal("#appointment-start")).write("10:00");
        clickOn(reveal("#appointment-end")).write("09:30");
        clickOn(reveal("#appointment-save"));
        assertEquals("Choose what kind of appointment this is.", label("#appointment-kind-error"));
        assertEquals("The end time must be after the start time.", label("#appointment-end-error"));
        javafx.scene.Node kind = lookup("#appointment-kind").query();
        assertEquals(kind, stage.getScene().getFocusOwner(), "D18: the cursor goes to the first problem");
        javafx.geometry.Bounds shown = kind.localToScene(kind.getBoundsInLocal());
        assertTrue(shown.getMinY() >= 0 && shown.getMaxY() <= stage.getScene().getHeight(),
                "D18: and it is scrolled into view: " + shown);

        chooseKind("Blood test");
        clickOn(reveal("#appointment-date"));
        push(KeyCode.SHORTCUT, KeyCode.A).write("21/11/2026");
        clickOn(reveal("#appointment-end"));
        push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        clickOn(reveal("#appointment-save"));
        assertTrue(label("#appointment-date-error").startsWith("This time has already passed."),
                label("#appointment-date-error"));
        assertTrue(store.appointments().all().isEmpty(), "nothing saved");
    }

    @Test
    void aPastVisitStillMarkedToComeAsksForItsOutcomeUntilItIsRecorded() {
        interact(() -> store.appointments().save(new Appointment(0, AppointmentKind.CT, "CT chest",
                LocalDateTime.of(2026, 11, 18, 9, 0), Optional.empty(), LONDON, "", "", List.of(), List.of(),
                AppointmentStatus.BOOKED, "")));
        restart();
        assertEquals(1, lookup("#awaiting-list").queryListView().getItems().size());
        clickOn(lookup("#awaiting-list .list-cell").nth(0).queryAs(Node.class));
        clickOn(reveal("#appointment-status"));
        clickOn("Attended");
        clickOn(reveal("#appointment-result")).write("CT chest: stable");
        shortcut(KeyCode.S);
        Appointment saved = only(store.appointments().all());
        assertEquals(AppointmentStatus.ATTENDED, saved.status());
        assertEquals("CT chest: stable", saved.result());
        assertEquals(0, lookup("#awaiting-list").queryListView().getItems().size());
    }

    @Test
    void theMonthTurnsWithTheKeyboardAndShowsTreatmentFreeDaysEmpty() {
        clickOn("#tab-month .tab-label");
        clickOn("#month-day-2026-11-25");
        assertEquals("Wed 25 Nov 2026", label("#month-day-title"));
        type(KeyCode.RIGHT);
        assertEquals("Thu 26 Nov 2026", label("#month-day-title"));
        type(KeyCode.PAGE_DOWN);
        assertEquals("December 2026", label("#month-title"));
        assertEquals("Sat 26 Dec 2026", label("#month-day-title"));
        type(KeyCode.HOME);
        assertEquals("November 2026", label("#month-title"));
        assertEquals("Sun 22 Nov 2026", label("#month-day-title"));
        assertEquals(0, lookup("#month-day-items").queryListView().getItems().size());
    }

    private void addAppointment(String kind, String title, String date, String time, String... questions) {
        clickOn("#appointment-new");
        chooseKind(kind);
        clickOn(reveal("#appointment-title")).write(title);
        clickOn(reveal("#appointment-date"));
        push(KeyCode.SHORTCUT, KeyCode.A).write(date);
        clickOn(reveal("#appointment-start")).write(time);
        for (String question : questions) {
            clickOn(reveal("#question-new")).write(question);
            type(KeyCode.ENTER);
        }
        shortcut(KeyCode.S);
        FxSettle.settle();
    }

    private void chooseKind(String kind) {
        clickOn(reveal("#appointment-kind"));
        clickOn(kind);
    }

    private List<String> upcomingTexts() {
        ListView<Appointment> list = lookup("#upcoming-list").queryListView();
        return list.getItems().stream().map(a -> a.title() + " " + a.start()).toList();
    }

    /** The words of each filled row of the 30-day list, line by line, as shown. */
    private List<List<String>> rows() {
        return lookup("#upcoming-list .list-cell").queryAll().stream().filter(AppointmentsViewTest::shown)
                .map(cell -> (ListCell<?>) cell).filter(cell -> !cell.isEmpty())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(cell -> cell.lookupAll(".label").stream().filter(AppointmentsViewTest::shown)
                        .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList())
                .toList();
    }

    private String texts(String query) {
        return lookup(query).queryAll().stream().flatMap(n -> n.lookupAll(".label").stream())
                .map(n -> ((Label) n).getText()).toList().toString();
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    /** On the tab in sight (a status line itself hides when its message has gone, so only its parents count). */
    private static boolean shown(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
