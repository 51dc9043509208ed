package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineAdherence;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineTimetable;
import org.leiojournal.domain.trend.DateSpan;

/**
 * A supportive medicine taken on some day of the range: for fixed times, the doses due and marked taken on those
 * days (by the same count the Treatment screen shows, up to now); for as-needed medicines, how many doses were
 * logged and on how many days.
 */
public record MedicineSummary(Medicine medicine, Optional<MedicineAdherence> adherence, int asNeededDoses,
                              int asNeededDays) {

    public static List<MedicineSummary> of(Collection<Medicine> medicines, Collection<MedicineDose> doses,
                                           DateSpan span, ZonedDateTime now) {
        List<MedicineSummary> found = new ArrayList<>();
        for (Medicine medicine : medicines.stream()
                .sorted(Comparator.comparing(Medicine::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
            LocalDate from = later(span.first(), medicine.start());
            LocalDate to = medicine.end().filter(e -> e.isBefore(span.last())).orElse(span.last());
            if (to.isBefore(from)) {
                continue;
            }
            List<MedicineDose> own = doses.stream().filter(d -> d.medicineId() == medicine.id()).toList();
            if (medicine.isAsNeeded()) {
                List<MedicineDose> inRange = own.stream().filter(d -> span.contains(d.day())).toList();
                found.add(new MedicineSummary(medicine, Optional.empty(), inRange.size(),
                        (int) inRange.stream().map(MedicineDose::day).distinct().count()));
            } else {
                MedicineAdherence adherence = new MedicineTimetable(List.of(medicine), own)
                        .adherence(from, to, now.toLocalDateTime());
                found.add(new MedicineSummary(medicine, Optional.of(adherence), 0, 0));
            }
        }
        return found;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
