package org.leiojournal.ui.appointment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.Reminder;
import org.leiojournal.ui.common.Messages;

/**
 * Shows reminders while the app runs: a check when started, then every minute and whenever the appointments
 * change. A reminder is shown once when it becomes due, and its notification closes by itself once it is no
 * longer due (done, put off, the appointment started, moved or cancelled).
 */
public final class ReminderNotifier {

    private static final Duration EVERY = Duration.minutes(1);

    private final RemindersViewModel model;
    private final ReminderWords wording;
    private final Messages messages;
    private final Timeline timeline = new Timeline(new KeyFrame(EVERY, e -> checkNow()));
    private final ListChangeListener<Appointment> appointmentsChanged = c -> checkNow();
    private final ListChangeListener<Reminder> dueChanged = c -> closeWhatIsNoLongerDue();
    private final Map<String, Runnable> open = new HashMap<>();
    private ReminderPopups popups;

    public ReminderNotifier(RemindersViewModel model, ReminderWords wording, Messages messages) {
        this.model = model;
        this.wording = wording;
        this.messages = messages;
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start(ReminderPopups shownIn) {
        stop();
        popups = shownIn;
        model.appointments().addListener(appointmentsChanged);
        model.due().addListener(dueChanged);
        checkNow();
        timeline.play();
    }

    public void stop() {
        timeline.stop();
        model.appointments().removeListener(appointmentsChanged);
        model.due().removeListener(dueChanged);
        List.copyOf(open.values()).forEach(Runnable::run);
        open.clear();
        popups = null;
    }

    /** One check, as the minute timer does it. Tests call it with their fixed clock instead of waiting. */
    public void checkNow() {
        model.check(this::show);
    }

    private void show(List<Reminder> reminders) {
        if (popups == null) {
            return;
        }
        for (Reminder r : reminders) {
            open.put(r.id(), popups.show(new ReminderPopups.ReminderNotice(r.id(), wording.title(r), wording.text(r),
                    messages.get("reminder.done"), messages.get("reminder.later"),
                    () -> model.done(r), () -> model.later(r))));
        }
    }

    private void closeWhatIsNoLongerDue() {
        Set<String> due = model.due().stream().map(Reminder::id).collect(Collectors.toSet());
        open.entrySet().removeIf(e -> {
            if (due.contains(e.getKey())) {
                return false;
            }
            e.getValue().run();
            return true;
        });
    }
}
