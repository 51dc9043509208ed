package org.leiojournal.ui.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.SpanShift;
import org.leiojournal.domain.trend.TrendRange;
import org.leiojournal.domain.trend.TrendRanges;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/**
 * The days Trends shows: a preset ending today (30, 90, 365 days, all), a custom range typed by the user, or
 * wherever panning and zooming led. The arithmetic is {@link TrendRanges}'; this keeps the choice and its words.
 */
public final class RangeViewModel {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { FROM, TO }

    private final Messages messages;
    private final Formats formats;
    private final ObjectProperty<TrendRange> preset = new SimpleObjectProperty<>(TrendRange.DAYS_30);
    private final BooleanProperty custom = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<DateSpan> span = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private TrendRanges ranges;

    public RangeViewModel(Messages messages, LocalDate today) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        span.addListener((o, old, now) -> label.set(describe(now)));
        setJournal(new TrendRanges(today, today));
    }

    /** The preset shown, or null once the range was typed, panned or zoomed. */
    public ReadOnlyObjectProperty<TrendRange> presetProperty() { return preset; }
    /** True while the custom date fields are open. */
    public BooleanProperty customProperty() { return custom; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyObjectProperty<DateSpan> spanProperty() { return span.getReadOnlyProperty(); }
    public DateSpan span() { return span.get(); }
    /** "Mon 26 Oct 2026 – Sun 22 Nov 2026 (28 days)". */
    public ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }

    /** The journal's extent changed (a first check-in, a course added, a new day): a preset follows it. */
    public void setJournal(TrendRanges journal) {
        ranges = journal;
        if (preset.get() != null) {
            span.set(ranges.span(preset.get()));
        }
    }

    public DateSpan whole() {
        return ranges.whole();
    }

    public void choose(TrendRange range) {
        custom.set(false);
        errors.clear();
        preset.set(range);
        span.set(ranges.span(range));
    }

    /** Opens the custom date fields, filled with the range shown now. */
    public void openCustom() {
        custom.set(true);
        customFrom.set(span.get().first());
        customTo.set(span.get().last());
    }

    /** Shows the typed range; a missing date or a last day before the first is explained at the field. */
    public boolean applyCustom() {
        errors.clear();
        if (customFrom.get() == null) {
            errors.put(Field.FROM, messages.get("trends.custom.from.missing"));
        }
        if (customTo.get() == null) {
            errors.put(Field.TO, messages.get("trends.custom.to.missing"));
        }
        if (errors.isEmpty() && customTo.get().isBefore(customFrom.get())) {
            errors.put(Field.TO, messages.get("trends.custom.backwards"));
        }
        if (!errors.isEmpty()) {
            return false;
        }
        preset.set(null);
        span.set(new DateSpan(customFrom.get(), customTo.get()));
        return true;
    }

    public void earlier() {
        moveTo(ranges.earlier(span.get()));
    }

    public void later() {
        moveTo(ranges.later(span.get()));
    }

    public void zoomIn() {
        moveTo(ranges.zoomIn(span.get()));
    }

    public void zoomOut() {
        moveTo(ranges.zoomOut(span.get()));
    }

    /** Pans by whole days, as a drag does: earlier (negative) or later, within the limits of panning. */
    public void panDays(long days) {
        moveTo(SpanShift.by(ranges, span.get(), days));
    }

    private void moveTo(DateSpan next) {
        if (next.equals(span.get())) {
            return;
        }
        preset.set(null);
        custom.set(false);
        span.set(next);
    }

    private String describe(DateSpan shown) {
        long days = ChronoUnit.DAYS.between(shown.first(), shown.last()) + 1;
        return messages.get("trends.range.label", formats.date(shown.first()), formats.date(shown.last()), days);
    }
}
