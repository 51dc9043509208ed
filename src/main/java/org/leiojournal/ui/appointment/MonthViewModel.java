package org.leiojournal.ui.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.CalendarDays;
import org.leiojournal.domain.appointment.DayItem;
import org.leiojournal.domain.treatment.Course;

/**
 * The month calendar: which month is shown, which day is selected, and what is on each of the 42 days the grid
 * shows (six weeks, so months never change height). Moving the selection out of the month turns the page.
 */
public final class MonthViewModel {

    public static final int WEEKS = 6;

    private final ObservableList<Appointment> appointments;
    private final ObservableList<Course> courses;
    private final Clock clock;
    private final WeekFields weeks;
    private final ObjectProperty<LocalDate> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<LocalDate, List<DayItem>>> items = new ReadOnlyObjectWrapper<>(Map.of());

    public MonthViewModel(ObservableList<Appointment> appointments, ObservableList<Course> courses, Clock clock,
                          Locale locale) {
        this.appointments = appointments;
        this.courses = courses;
        this.clock = clock;
        this.weeks = WeekFields.of(locale);
        selected.addListener((o, old, day) -> month.set(YearMonth.from(day)));
        month.addListener((Observable o) -> recompute());
        appointments.addListener((Observable o) -> recompute());
        courses.addListener((Observable o) -> recompute());
        selected.set(today());
    }

    /** The selected day; the month shown is always the one it is in. */
    public ObjectProperty<LocalDate> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<YearMonth> monthProperty() { return month.getReadOnlyProperty(); }
    /** What is on each day shown that has anything. */
    public ReadOnlyObjectProperty<Map<LocalDate, List<DayItem>>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The first day in the grid: the start of the week the 1st falls in (Monday in the UK). */
    public LocalDate firstShown() {
        return month.get().atDay(1).with(TemporalAdjusters.previousOrSame(weeks.getFirstDayOfWeek()));
    }

    public List<DayItem> itemsOn(LocalDate day) {
        return items.get().getOrDefault(day, List.of());
    }

    public void moveDays(int days) {
        selected.set(selected.get().plusDays(days));
    }

    public void moveMonths(int months) {
        selected.set(selected.get().plusMonths(months));
    }

    public void goToToday() {
        selected.set(today());
        recompute(); // the day may have changed since the grid was built
    }

    private void recompute() {
        LocalDate first = firstShown();
        items.set(CalendarDays.between(first, first.plusWeeks(WEEKS).minusDays(1), appointments, courses, zone()));
    }
}
