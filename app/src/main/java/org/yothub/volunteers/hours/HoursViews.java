package org.yothub.volunteers.hours;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** Read models of volunteer hours. */
public final class HoursViews {
    private HoursViews() {
    }

    @Serdeable
    public record HoursEntryView(UUID id, UUID volunteerId, LocalDate workedOn, BigDecimal hours, String activity,
                                 String roleCode, String notes) implements AuditedEntity {
        static HoursEntryView of(HoursEntry e) {
            return new HoursEntryView(e.getId(), e.getVolunteerId(), e.getWorkedOn(), e.getHours(), e.getActivity(),
                    e.getRoleCode(), e.getNotes());
        }

        @Override
        public Object auditId() {
            return volunteerId;
        }
    }

    /** A year's hours: the total, and by month (1-12, every month present), by role and by volunteer. */
    @Serdeable
    public record HoursTotals(int year, BigDecimal total, List<MonthTotal> byMonth, List<RoleTotal> byRole,
                              List<VolunteerTotal> byVolunteer) { }

    @Serdeable
    public record MonthTotal(int month, String name, BigDecimal hours) { }

    @Serdeable
    public record RoleTotal(String roleCode, String roleLabel, int volunteers, BigDecimal hours) { }

    @Serdeable
    public record VolunteerTotal(UUID volunteerId, String volunteerRef, String name, BigDecimal hours) { }
}
