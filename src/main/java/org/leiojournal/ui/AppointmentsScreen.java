package org.leiojournal.ui;

import java.time.Clock;
import javafx.stage.Stage;
import org.leiojournal.catalog.FollowUpCatalog;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.CalendarFileExport;
import org.leiojournal.ui.appointment.AppointmentBook;
import org.leiojournal.ui.appointment.AppointmentsView;
import org.leiojournal.ui.appointment.AppointmentsViewModel;
import org.leiojournal.ui.appointment.CalendarExportDialog;
import org.leiojournal.ui.appointment.CalendarExportViewModel;
import org.leiojournal.ui.appointment.DueRemindersCard;
import org.leiojournal.ui.appointment.FollowUpPane;
import org.leiojournal.ui.appointment.FollowUpViewModel;
import org.leiojournal.ui.appointment.MonthPane;
import org.leiojournal.ui.appointment.MonthViewModel;
import org.leiojournal.ui.appointment.ReminderWords;
import org.leiojournal.ui.appointment.RemindersViewModel;
import org.leiojournal.ui.appointment.UpcomingPane;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.Screen;

/** Puts the Appointments screen together: upcoming (with due reminders); the month and
 * the follow-up plan, each built when its tab is first chosen. */
final class AppointmentsScreen {

    private AppointmentsScreen() {
    }

    /** Builds the screen into {@code screens}: it is refreshed and focused each time it is shown. */
    static AppointmentsView build(ScreenRegistry screens, Stage stage, AppState state, JournalStore store,
                                  AppointmentBook book, RemindersViewModel reminderModel,
                                  ReminderWords reminderWording, UiContext ui) {
        Messages messages = ui.messages();
        Clock clock = ui.clock();
        AppointmentsView view = new AppointmentsView(messages);
        AppointmentsViewModel appointments = new AppointmentsViewModel(book, ui);
        screens.refreshOnShow(Screen.APPOINTMENTS, appointments::refresh);
        UpcomingPane upcoming = new UpcomingPane(appointments, messages);
        upcoming.addAtTop(new DueRemindersCard(reminderModel, reminderWording, messages));
        screens.focusWith(Screen.APPOINTMENTS, upcoming::focusList);
        view.addTab("tab-upcoming", messages.get("appointments.tab.upcoming"), upcoming);
        CalendarExportViewModel export = new CalendarExportViewModel(
                (range, alarms, target) -> CalendarFileExport.write(store, range, alarms, target, clock),
                store.folder(), ui);
        view.addAction(Forms.button("export-calendar", messages.get("export.open"),
                () -> CalendarExportDialog.ask(stage, export, messages)));
        view.showStatus(appointments.statusProperty(), export.statusProperty());
        view.addTab("tab-month", messages.get("appointments.tab.month"), () -> new MonthPane(
                new MonthViewModel(state.appointments(), state.courses(), clock, messages.locale()),
                appointments.formats(), messages, appointment -> {
                    view.showTab("tab-upcoming");
                    appointments.open(appointment);
                }));
        view.addTab("tab-followup", messages.get("followUp.tab"), () -> new FollowUpPane(new FollowUpViewModel(
                state, store.followUpPlan(), book, FollowUpCatalog.bundled(), ui),
                messages));
        return view;
    }
}
