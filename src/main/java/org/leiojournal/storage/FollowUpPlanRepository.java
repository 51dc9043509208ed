package org.leiojournal.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpInterval;
import org.leiojournal.domain.followup.FollowUpPlan;

/** The one follow-up plan (row 1) and its lines. Saving replaces the plan whole, in one transaction. */
public final class FollowUpPlanRepository extends Repository {

    FollowUpPlanRepository(Database db) {
        super(db);
    }

    /** The saved plan, or empty before the first save. */
    public Optional<FollowUpPlan> load() {
        return db.read(c -> {
            List<FollowUpInterval> intervals = Sql.list(c, "SELECT from_month, until_month, every_months "
                    + "FROM follow_up_interval ORDER BY position",
                    rs -> new FollowUpInterval(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
            return Sql.first(c, "SELECT preset, treatment_end, scan_kind FROM follow_up_plan WHERE id = 1",
                    rs -> new FollowUpPlan(LocalDate.parse(rs.getString(2)), intervals,
                            Optional.ofNullable(rs.getString(3)).map(AppointmentKind::valueOf),
                            Optional.of(rs.getString(1))));
        });
    }

    public void save(FollowUpPlan plan) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO follow_up_plan (id, preset, treatment_end, scan_kind) "
                    + "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET preset = excluded.preset, "
                    + "treatment_end = excluded.treatment_end, scan_kind = excluded.scan_kind",
                    plan.presetId().orElse(""), plan.treatmentEnd().toString(),
                    plan.scanKind().map(AppointmentKind::name).orElse(null));
            Sql.update(c, "DELETE FROM follow_up_interval");
            try (var s = c.prepareStatement("INSERT INTO follow_up_interval (position, from_month, until_month, "
                    + "every_months) VALUES (?, ?, ?, ?)")) {
                int position = 0;
                for (FollowUpInterval line : plan.intervals()) {
                    Sql.bind(s, position++, line.fromMonth(), line.untilMonth(), line.everyMonths());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
