package org.leiojournal.domain.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last 7 days that have one, of each of the last 4 weeks (ISO,
 * Monday to Sunday) and of each of the last 12 months, in the user's time zone. So ten years of daily backups
 * come down to at most 23 files, while yesterday, last week and last spring can still be brought back.
 */
public final class BackupRotation {

    public static final int DAYS = 7;
    public static final int WEEKS = 4;
    public static final int MONTHS = 12;

    private BackupRotation() {
    }

    /** The moments among {@code taken} to keep; every other backup may go. */
    public static Set<Instant> keep(Collection<Instant> taken, ZoneId zone) {
        List<Instant> newestFirst = taken.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> kept = new HashSet<>();
        kept.addAll(newestOfEach(newestFirst, DAYS, t -> day(t, zone)));
        kept.addAll(newestOfEach(newestFirst, WEEKS, t -> {
            LocalDate day = day(t, zone);
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }));
        kept.addAll(newestOfEach(newestFirst, MONTHS, t -> YearMonth.from(day(t, zone))));
        return kept;
    }

    /** The newest moment of each of the {@code periods} most recent periods that have one. */
    private static Collection<Instant> newestOfEach(List<Instant> newestFirst, int periods,
                                                    Function<Instant, Object> period) {
        Map<Object, Instant> newest = new LinkedHashMap<>();
        for (Instant t : newestFirst) {
            Object p = period.apply(t);
            if (!newest.containsKey(p)) {
                if (newest.size() == periods) {
                    break;
                }
                newest.put(p, t);
            }
        }
        return newest.values();
    }

    private static LocalDate day(Instant t, ZoneId zone) {
        return t.atZone(zone).toLocalDate();
    }
}
