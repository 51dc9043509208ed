package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpInterval;
import org.leiojournal.domain.followup.FollowUpPlan;

/** The one follow-up plan (row 1) and its lines. Saving replaces the plan whole, in one transaction. */
public final class FollowUpPlanRepository {

    private final Database db;

    FollowUpPlanRepository(Database db) {
        this.db = db;
    }

    /** The saved plan, or empty before the first save. */
    public Optional<FollowUpPlan> load() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT preset, treatment_end, scan_kind FROM follow_up_plan WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String scan = rs.getString(3);
                return Optional.of(new FollowUpPlan(LocalDate.parse(rs.getString(2)), intervals(c),
                        Optional.ofNullable(scan).map(AppointmentKind::valueOf), Optional.of(rs.getString(1))));
            }
        });
    }

    public void save(FollowUpPlan plan) {
        db.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO follow_up_plan (id, preset, treatment_end, scan_kind) "
                    + "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET preset = excluded.preset, "
                    + "treatment_end = excluded.treatment_end, scan_kind = excluded.scan_kind")) {
                s.setString(1, plan.presetId().orElse(""));
                s.setString(2, plan.treatmentEnd().toString());
                if (plan.scanKind().isPresent()) {
                    s.setString(3, plan.scanKind().get().name());
                } else {
                    s.setNull(3, Types.VARCHAR);
                }
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("DELETE FROM follow_up_interval")) {
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO follow_up_interval (position, from_month, until_month, "
                    + "every_months) VALUES (?, ?, ?, ?)")) {
                int position = 0;
                for (FollowUpInterval line : plan.intervals()) {
                    s.setInt(1, position++);
                    s.setInt(2, line.fromMonth());
                    s.setInt(3, line.untilMonth());
                    s.setInt(4, line.everyMonths());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static List<FollowUpInterval> intervals(Connection c) throws SQLException {
        List<FollowUpInterval> lines = new ArrayList<>();
        try (var s = c.prepareStatement("SELECT from_month, until_month, every_months FROM follow_up_interval "
                + "ORDER BY position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lines.add(new FollowUpInterval(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return lines;
    }
}
