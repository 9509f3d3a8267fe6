package org.yothub.plans.board;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.PlanSql;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * The management board of the current YOT: its members (tenant-owned table board_member) and
 * the attendance of partners' senior members at board meetings (the measures feature's
 * board_meeting and board_attendance tables, read with a tenant-filtered query).
 */
@Singleton
@TenantTransactional
public class BoardMemberService {
    private static final String COLUMNS = "id, name, role_title, agency, partner, statutory, chair, champion, active, position, version";
    private final PlanSql sql;

    BoardMemberService(PlanSql sql) {
        this.sql = sql;
    }

    /** Partner attendance at the meetings of a period: one row per partner, one column per meeting. */
    public record Attendance(List<LocalDate> meetings, List<AttendanceRow> rows) { }

    public record AttendanceRow(String partner, String label, List<Boolean> attended, long count, Double percent) { }

    @TenantTransactional(readOnly = true)
    public List<BoardMemberView> active() {
        return sql.list("SELECT " + COLUMNS + " FROM board_member WHERE tenant_id = :tenant AND active "
                + "ORDER BY chair DESC, position, name", BoardMemberService::view);
    }

    /** The name of the board's chair, when one is recorded. */
    @TenantTransactional(readOnly = true)
    public java.util.Optional<String> chairName() {
        return active().stream().filter(BoardMemberView::chair).map(BoardMemberView::name).findFirst();
    }

    @TenantTransactional(readOnly = true)
    public BoardMemberView get(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM board_member WHERE tenant_id = :tenant AND id = ? AND active",
                BoardMemberService::view, id).orElseThrow(() -> new NotFoundException("Board member"));
    }

    public BoardMemberView create(BoardMemberForm form) {
        checkChair(form, null);
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO board_member (tenant_id, id, name, role_title, agency, partner, statutory, chair, champion, position) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, form.name().trim(), form.roleTitle().trim(),
                form.agency().trim(), form.partner(), form.statutory(), form.chair(), blankToNull(form.champion()), form.position());
        return get(id);
    }

    public BoardMemberView update(UUID id, BoardMemberForm form) {
        get(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "version is required to change a board member");
        }
        checkChair(form, id);
        sql.updateVersioned("The board member", "UPDATE board_member SET name = ?, role_title = ?, agency = ?, partner = ?, "
                        + "statutory = ?, chair = ?, champion = ?, position = ?, version = version + 1, updated_at = now() "
                        + "WHERE tenant_id = :tenant AND id = ? AND version = ?", form.name().trim(), form.roleTitle().trim(),
                form.agency().trim(), form.partner(), form.statutory(), form.chair(), blankToNull(form.champion()),
                form.position(), id, form.version());
        return get(id);
    }

    /** Members leave the board; the row stays for the record. */
    public void remove(UUID id) {
        get(id);
        sql.update("UPDATE board_member SET active = false, chair = false, version = version + 1, updated_at = now() "
                + "WHERE tenant_id = :tenant AND id = ?", id);
    }

    @TenantTransactional(readOnly = true)
    public Attendance attendance(LocalDate from, LocalDate to) {
        List<Object[]> rows = sql.list("""
                SELECT m.id, m.meeting_date, a.partner, a.senior_attended FROM board_meeting m
                LEFT JOIN board_attendance a ON a.tenant_id = m.tenant_id AND a.meeting_id = m.id
                WHERE m.tenant_id = :tenant AND m.meeting_date BETWEEN ? AND ?
                ORDER BY m.meeting_date, m.id""", rs -> new Object[] {rs.getObject(1, UUID.class),
                PlanSql.date(rs, "meeting_date"), rs.getString(3), rs.getObject(4)}, from, to);
        Map<UUID, LocalDate> meetings = new LinkedHashMap<>();
        Map<String, Map<UUID, Boolean>> byPartner = new LinkedHashMap<>();
        for (Object[] r : rows) {
            meetings.put((UUID) r[0], (LocalDate) r[1]);
            if (r[2] != null) {
                byPartner.computeIfAbsent((String) r[2], k -> new LinkedHashMap<>()).put((UUID) r[0], (Boolean) r[3]);
            }
        }
        List<AttendanceRow> out = new ArrayList<>();
        for (String partner : Partners.LABELS.keySet()) {
            Map<UUID, Boolean> marks = byPartner.getOrDefault(partner, Map.of());
            if (marks.isEmpty() && partner.equals("other")) {
                continue;
            }
            List<Boolean> attended = meetings.keySet().stream().map(m -> Boolean.TRUE.equals(marks.get(m))).toList();
            long count = attended.stream().filter(Boolean::booleanValue).count();
            out.add(new AttendanceRow(partner, Partners.label(partner), attended, count,
                    meetings.isEmpty() ? null : 100.0 * count / meetings.size()));
        }
        return new Attendance(List.copyOf(meetings.values()), out);
    }

    private void checkChair(BoardMemberForm form, UUID self) {
        if (!form.chair()) {
            return;
        }
        boolean other = sql.one("SELECT count(*) FROM board_member WHERE tenant_id = :tenant AND chair AND active AND id <> ?",
                rs -> rs.getLong(1) > 0, self == null ? new UUID(0, 0) : self).orElse(false);
        if (other) {
            throw ProblemException.field("chair", "one_chair", "the board already has a chair; change that member first");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static BoardMemberView view(ResultSet rs) throws SQLException {
        return new BoardMemberView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role_title"),
                rs.getString("agency"), rs.getString("partner"), rs.getBoolean("statutory"), rs.getBoolean("chair"),
                rs.getString("champion"), rs.getBoolean("active"), rs.getInt("position"), rs.getLong("version"));
    }
}
