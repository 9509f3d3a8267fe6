package org.yothub.plans.plan;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.plans.Actor;
import org.yothub.plans.PlanSql;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * Youth Justice Plans of the current YOT and their workflow: draft → submitted to the board →
 * approved (board chair and YOT manager sign-off) → published. Only a draft changes; a published
 * plan is frozen and changes go into a new revision, which supersedes it when published. A new
 * year's plan carries forward the previous plan's narratives and unfinished delivery actions.
 */
@Singleton
@TenantTransactional
public class PlanService {
    static final String COLUMNS = "id, plan_year, revision, structure, title, status, as_of, previous_plan_id, created_by, created_at, "
            + "submitted_by, submitted_at, chair_name, chair_signed_by, chair_signed_at, manager_name, manager_signed_by, "
            + "manager_signed_at, published_by, published_at, version";
    private final PlanSql sql;
    private final Actor actor;
    private final PlanCopier copier;
    private final Clock clock;

    PlanService(PlanSql sql, Actor actor, PlanCopier copier, Optional<Clock> clock) {
        this.sql = sql;
        this.actor = actor;
        this.copier = copier;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @TenantTransactional(readOnly = true)
    public List<PlanView> list() {
        return sql.list("SELECT " + COLUMNS + " FROM plan WHERE tenant_id = :tenant ORDER BY plan_year DESC, revision DESC",
                PlanService::view);
    }

    @TenantTransactional(readOnly = true)
    public PlanView get(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM plan WHERE tenant_id = :tenant AND id = ?", PlanService::view, id)
                .orElseThrow(() -> new NotFoundException("Plan"));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PlanView create(PlanForm form) {
        boolean exists = sql.one("SELECT count(*) FROM plan WHERE tenant_id = :tenant AND plan_year = ?",
                rs -> rs.getLong(1) > 0, form.planYear()).orElse(false);
        if (exists) {
            throw ProblemException.field("plan_year", "one_plan_per_year",
                    "a plan for " + form.planYear() + " already exists; open it, or make a new revision of it");
        }
        String structure = form.structure() == null ? PlanSections.defaultStructure(form.planYear()) : form.structure();
        String title = form.title() == null || form.title().isBlank()
                ? "Youth Justice Plan " + form.planYear() + "-" + String.format("%02d", (form.planYear() + 1) % 100)
                : form.title().trim();
        Optional<PlanView> previous = sql.one("SELECT " + COLUMNS + " FROM plan WHERE tenant_id = :tenant AND plan_year = ? "
                + "ORDER BY (status = 'published') DESC, revision DESC LIMIT 1", PlanService::view, form.planYear() - 1);
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO plan (tenant_id, id, plan_year, revision, structure, title, previous_plan_id, created_by) "
                + "VALUES (:tenant, ?, ?, 1, ?, ?, ?, ?)", id, form.planYear(), structure, title,
                previous.map(PlanView::id).orElse(null), actor.username());
        previous.ifPresent(p -> copier.carryForward(p.id(), id, structure, "Carried forward from the " + p.yearLabel() + " plan"));
        return get(id);
    }

    /** A new draft revision of a published plan, starting from its narratives and delivery plan. */
    public PlanView newRevision(UUID id) {
        PlanView p = get(id);
        if (!"published".equals(p.status())) {
            throw ProblemException.field("status", "published_only", "only a published plan gets a new revision; this one is " + p.status());
        }
        boolean open = sql.one("SELECT count(*) FROM plan WHERE tenant_id = :tenant AND plan_year = ? AND status IN ('draft','submitted','approved')",
                rs -> rs.getLong(1) > 0, p.planYear()).orElse(false);
        if (open) {
            throw ProblemException.field("status", "revision_open", "a newer revision of this plan is already being worked on");
        }
        int next = sql.one("SELECT max(revision) FROM plan WHERE tenant_id = :tenant AND plan_year = ?", rs -> rs.getInt(1),
                p.planYear()).orElse(p.revision()) + 1;
        UUID copy = UUID.randomUUID();
        sql.update("INSERT INTO plan (tenant_id, id, plan_year, revision, structure, title, previous_plan_id, created_by) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", copy, p.planYear(), next, p.structure(), p.title(), p.previousPlanId(),
                actor.username());
        copier.copyRevision(p.id(), copy, "Revision " + next + " of the published plan");
        return get(copy);
    }

    public PlanView submit(UUID id, long version) {
        PlanView p = requireStatus(id, "draft", "submitted to the board");
        sql.updateVersioned("The plan", "UPDATE plan SET status = 'submitted', as_of = ?, submitted_by = ?, submitted_at = ?, "
                + "version = version + 1 WHERE tenant_id = :tenant AND id = ? AND version = ?", today(), actor.username(),
                Instant.now(clock), p.id(), version);
        return get(id);
    }

    /** Back to draft for changes (clears sign-offs, which were for the submitted text). */
    public PlanView returnToDraft(UUID id, long version) {
        PlanView p = get(id);
        if (!List.of("submitted", "approved").contains(p.status())) {
            throw ProblemException.field("status", "not_submitted", "only a submitted or approved plan can go back to draft");
        }
        sql.updateVersioned("The plan", "UPDATE plan SET status = 'draft', as_of = NULL, chair_name = NULL, chair_signed_by = NULL, "
                + "chair_signed_at = NULL, manager_name = NULL, manager_signed_by = NULL, manager_signed_at = NULL, "
                + "version = version + 1 WHERE tenant_id = :tenant AND id = ? AND version = ?", id, version);
        return get(id);
    }

    /** The board's approval, recorded by the chair (a board member). */
    public PlanView chairApproval(UUID id, long version, String chairName) {
        requireStatus(id, "submitted", "approved by the board");
        sql.updateVersioned("The plan", "UPDATE plan SET chair_name = ?, chair_signed_by = ?, chair_signed_at = ?, "
                + "version = version + 1 WHERE tenant_id = :tenant AND id = ? AND version = ?", chairName, actor.username(),
                Instant.now(clock), id, version);
        return approveWhenSigned(id);
    }

    public PlanView managerSignOff(UUID id, long version) {
        requireStatus(id, "submitted", "signed off");
        sql.updateVersioned("The plan", "UPDATE plan SET manager_name = ?, manager_signed_by = ?, manager_signed_at = ?, "
                + "version = version + 1 WHERE tenant_id = :tenant AND id = ? AND version = ?", actor.displayName(),
                actor.username(), Instant.now(clock), id, version);
        return approveWhenSigned(id);
    }

    private PlanView approveWhenSigned(UUID id) {
        sql.update("UPDATE plan SET status = 'approved', version = version + 1 WHERE tenant_id = :tenant AND id = ? "
                + "AND chair_signed_at IS NOT NULL AND manager_signed_at IS NOT NULL", id);
        return get(id);
    }

    /** Marks the plan published and supersedes earlier published revisions; the caller stores the frozen documents. */
    public PlanView markPublished(UUID id, long version) {
        PlanView p = requireStatus(id, "approved", "published");
        sql.update("UPDATE plan SET status = 'superseded', version = version + 1 WHERE tenant_id = :tenant AND plan_year = ? "
                + "AND status = 'published'", p.planYear());
        sql.updateVersioned("The plan", "UPDATE plan SET status = 'published', published_by = ?, published_at = ?, "
                + "version = version + 1 WHERE tenant_id = :tenant AND id = ? AND version = ?", actor.username(),
                Instant.now(clock), id, version);
        return get(id);
    }

    public PlanView requireDraft(UUID id) {
        return requireStatus(id, "draft", "changed");
    }

    private PlanView requireStatus(UUID id, String status, String what) {
        PlanView p = get(id);
        if (!status.equals(p.status())) {
            throw ProblemException.field("status", "wrong_status", "a " + p.status() + " plan cannot be " + what
                    + (p.status().equals("published") ? "; make a new revision to change it" : ""));
        }
        return p;
    }

    static PlanView view(ResultSet rs) throws SQLException {
        return new PlanView(rs.getObject("id", UUID.class), rs.getInt("plan_year"), rs.getInt("revision"), rs.getString("structure"),
                rs.getString("title"), rs.getString("status"), PlanSql.date(rs, "as_of"), rs.getObject("previous_plan_id", UUID.class),
                rs.getString("created_by"), PlanSql.instant(rs, "created_at"), rs.getString("submitted_by"),
                PlanSql.instant(rs, "submitted_at"), rs.getString("chair_name"), rs.getString("chair_signed_by"),
                PlanSql.instant(rs, "chair_signed_at"), rs.getString("manager_name"), rs.getString("manager_signed_by"),
                PlanSql.instant(rs, "manager_signed_at"), rs.getString("published_by"), PlanSql.instant(rs, "published_at"),
                rs.getLong("version"));
    }
}
