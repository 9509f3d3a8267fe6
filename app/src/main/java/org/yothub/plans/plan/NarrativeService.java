package org.yothub.plans.plan;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.Actor;
import org.yothub.plans.PlanSql;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * The narrative sections of a plan, written in Markdown. Every save that changes the text adds a
 * revision (table plan_narrative, append-only) recording who wrote it and when; the plan shows the
 * latest. Managers write every section; a performance officer writes only the performance ones.
 */
@Singleton
@TenantTransactional
public class NarrativeService {
    private final PlanSql sql;
    private final PlanService plans;
    private final Actor actor;

    NarrativeService(PlanSql sql, PlanService plans, Actor actor) {
        this.sql = sql;
        this.plans = plans;
        this.actor = actor;
    }

    /** The latest revision of each narrative of a plan, by section key. */
    @TenantTransactional(readOnly = true)
    public Map<String, NarrativeView> latest(UUID planId) {
        Map<String, NarrativeView> out = new LinkedHashMap<>();
        sql.list("SELECT DISTINCT ON (section_key) section_key, revision, body, changed_by, changed_name, changed_at "
                + "FROM plan_narrative WHERE tenant_id = :tenant AND plan_id = ? ORDER BY section_key, revision DESC",
                NarrativeService::view, planId).forEach(n -> out.put(n.sectionKey(), n));
        return out;
    }

    @TenantTransactional(readOnly = true)
    public List<NarrativeView> history(UUID planId, String key) {
        PlanView plan = plans.get(planId);
        requireSection(plan, key);
        return sql.list("SELECT section_key, revision, body, changed_by, changed_name, changed_at FROM plan_narrative "
                + "WHERE tenant_id = :tenant AND plan_id = ? AND section_key = ? ORDER BY revision DESC", NarrativeService::view,
                planId, key);
    }

    public NarrativeView save(UUID planId, String key, NarrativeForm form) {
        PlanView plan = plans.requireDraft(planId);
        requireSection(plan, key);
        if (!mayWrite(key)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "You may not write this section");
        }
        NarrativeView current = latest(planId).get(key);
        int currentRevision = current == null ? 0 : current.revision();
        if (form.baseRevision() != null && form.baseRevision() != currentRevision) {
            throw ProblemException.conflict("This section was changed by " + (current == null ? "someone" : current.changedName())
                    + " since you opened it (revision " + currentRevision + "); reload and apply your changes again");
        }
        String body = form.body().replace("\r\n", "\n").strip();
        if (current != null && current.body().equals(body)) {
            return current;
        }
        sql.update("INSERT INTO plan_narrative (tenant_id, id, plan_id, section_key, revision, body, changed_by, changed_name) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), planId, key, currentRevision + 1, body,
                actor.username(), actor.displayName());
        return latest(planId).get(key);
    }

    public boolean mayWrite(String key) {
        return actor.hasRole(Roles.YOT_MANAGER) || actor.hasRole(Roles.TEAM_MANAGER)
                || (actor.hasRole(Roles.PERFORMANCE_OFFICER) && PlanSections.PERFORMANCE.contains(key));
    }

    static void requireSection(PlanView plan, String key) {
        if (!PlanSections.has(plan.structure(), key)) {
            throw new NotFoundException("Section");
        }
    }

    static NarrativeView view(ResultSet rs) throws SQLException {
        String body = rs.getString("body");
        return new NarrativeView(rs.getString("section_key"), rs.getInt("revision"), body, NarrativeText.html(body),
                rs.getString("changed_by"), rs.getString("changed_name"), PlanSql.instant(rs, "changed_at"));
    }
}
