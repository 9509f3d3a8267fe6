package org.yothub.measures;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.audit.AuditedEntity;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.ProblemException;

/** Management board meetings and senior partner attendance: the minimal record KPI 7 needs. */
@Controller("/api/v1/board-meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Measures")
class BoardMeetingController {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;
    private final MeasureSql sql;

    BoardMeetingController(TransactionOperations<Connection> tx, CurrentTenant currentTenant, MeasureSql sql) {
        this.tx = tx;
        this.currentTenant = currentTenant;
        this.sql = sql;
    }

    @Serdeable
    record Attendance(@NotNull @Pattern(regexp = "local_authority|police|probation|health|education|other",
            message = "must be one of local_authority, police, probation, health, education, other") String partner,
                      boolean seniorAttended) { }

    @Serdeable
    record MeetingForm(@NotNull LocalDate meetingDate, @NotEmpty List<@Valid Attendance> attendance) { }

    @Serdeable
    record MeetingView(UUID id, LocalDate meetingDate, Map<String, Boolean> attendance) implements AuditedEntity {
        @Override
        public Object auditId() {
            return id;
        }
    }

    @Operation(summary = "Record a management board meeting and which partners' senior members attended")
    @Post
    @Secured({Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @TenantTransactional
    @Audited(action = AuditAction.CREATE, entity = "board_meeting")
    HttpResponse<MeetingView> create(@Body @Valid MeetingForm form) {
        if (new HashSet<>(form.attendance().stream().map(Attendance::partner).toList()).size() != form.attendance().size()) {
            throw ProblemException.field("attendance", "unique_partner", "each partner may be listed once per meeting");
        }
        UUID id = UUID.randomUUID();
        String tenant = currentTenant.require();
        try (PreparedStatement m = tx.getConnection().prepareStatement(
                "INSERT INTO board_meeting (tenant_id, id, meeting_date) VALUES (?, ?, ?)");
             PreparedStatement a = tx.getConnection().prepareStatement(
                     "INSERT INTO board_attendance (tenant_id, meeting_id, partner, senior_attended) VALUES (?, ?, ?, ?)")) {
            m.setString(1, tenant);
            m.setObject(2, id);
            m.setDate(3, Date.valueOf(form.meetingDate()));
            m.executeUpdate();
            for (Attendance at : form.attendance()) {
                a.setString(1, tenant);
                a.setObject(2, id);
                a.setString(3, at.partner());
                a.setBoolean(4, at.seniorAttended());
                a.addBatch();
            }
            a.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the meeting", e);
        }
        Map<String, Boolean> attendance = new java.util.TreeMap<>();
        form.attendance().forEach(at -> attendance.put(at.partner(), at.seniorAttended()));
        return HttpResponse.created(new MeetingView(id, form.meetingDate(), attendance));
    }

    @Operation(summary = "List your YOT's board meetings with attendance")
    @Get
    @Secured({Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER, Roles.TEAM_MANAGER})
    @TenantTransactional(readOnly = true)
    List<MeetingView> list() {
        Map<UUID, MeetingView> meetings = new java.util.LinkedHashMap<>();
        sql.list("""
                SELECT m.id, m.meeting_date, a.partner, a.senior_attended FROM board_meeting m
                LEFT JOIN board_attendance a ON a.tenant_id = m.tenant_id AND a.meeting_id = m.id
                WHERE m.tenant_id = :tenant ORDER BY m.meeting_date DESC, a.partner
                """, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            MeetingView v = meetings.computeIfAbsent(id, k -> {
                try {
                    return new MeetingView(k, rs.getDate(2).toLocalDate(), new java.util.TreeMap<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (rs.getString(3) != null) {
                v.attendance().put(rs.getString(3), rs.getBoolean(4));
            }
            return v;
        });
        return List.copyOf(meetings.values());
    }
}
