package org.yothub.plans.plan;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.Actor;
import org.yothub.plans.PlanSql;

/**
 * Copies one plan's content into another, in the caller's tenant transaction: the latest
 * narratives (as revision 1, attributed to the user and noted as carried forward), the priorities
 * and the actions with their linked risks. A new year's plan takes only the unfinished actions
 * and links each copy to its original; a new revision of the same year takes everything.
 */
@Singleton
class PlanCopier {
    private final PlanSql sql;
    private final Actor actor;

    PlanCopier(PlanSql sql, Actor actor) {
        this.sql = sql;
        this.actor = actor;
    }

    void carryForward(UUID from, UUID to, String structure, String note) {
        copyNarratives(from, to, structure, note);
        copyDelivery(from, to, true);
    }

    void copyRevision(UUID from, UUID to, String note) {
        copyNarratives(from, to, null, note);
        copyDelivery(from, to, false);
    }

    private void copyNarratives(UUID from, UUID to, String structure, String note) {
        List<String[]> latest = sql.list("""
                SELECT DISTINCT ON (section_key) section_key, body FROM plan_narrative
                WHERE tenant_id = :tenant AND plan_id = ? ORDER BY section_key, revision DESC""",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, from);
        for (String[] n : latest) {
            if (structure != null && !PlanSections.has(structure, n[0])) {
                continue;
            }
            sql.update("INSERT INTO plan_narrative (tenant_id, id, plan_id, section_key, revision, body, changed_by, changed_name) "
                    + "VALUES (:tenant, ?, ?, ?, 1, ?, ?, ?)", UUID.randomUUID(), to, n[0], n[1], actor.username(),
                    actor.displayName() + " (" + note + ")");
        }
    }

    private void copyDelivery(UUID from, UUID to, boolean unfinishedOnly) {
        Map<UUID, UUID> priorities = new HashMap<>();
        sql.list("SELECT id FROM plan_priority WHERE tenant_id = :tenant AND plan_id = ? ORDER BY position", rs -> rs.getObject(1, UUID.class), from)
                .forEach(old -> {
                    UUID id = UUID.randomUUID();
                    priorities.put(old, id);
                    sql.update("INSERT INTO plan_priority (tenant_id, id, plan_id, position, title, outcome, lead, carried_from) "
                            + "SELECT tenant_id, ?, ?, position, title, outcome, lead, ? FROM plan_priority WHERE tenant_id = :tenant AND id = ?",
                            id, to, unfinishedOnly ? old : null, old);
                });
        List<UUID> actions = sql.list("SELECT id FROM plan_action WHERE tenant_id = :tenant AND plan_id = ?"
                + (unfinishedOnly ? " AND rag <> 'complete'" : "") + " ORDER BY position", rs -> rs.getObject(1, UUID.class), from);
        for (UUID old : actions) {
            UUID id = UUID.randomUUID();
            UUID priority = sql.one("SELECT priority_id FROM plan_action WHERE tenant_id = :tenant AND id = ?",
                    rs -> rs.getObject(1, UUID.class), old).orElseThrow();
            sql.update("INSERT INTO plan_action (tenant_id, id, plan_id, priority_id, position, action, owner, due_on, rag, "
                    + "success_measure, progress, carried_from) SELECT tenant_id, ?, ?, ?, position, action, owner, due_on, "
                    + (unfinishedOnly ? "CASE WHEN rag = 'not_started' THEN rag ELSE 'amber' END" : "rag")
                    + ", success_measure, progress, ? FROM plan_action WHERE tenant_id = :tenant AND id = ?",
                    id, to, priorities.get(priority), unfinishedOnly ? old : null, old);
            sql.update("INSERT INTO plan_action_risk (tenant_id, action_id, risk_id) SELECT tenant_id, ?, risk_id "
                    + "FROM plan_action_risk WHERE tenant_id = :tenant AND action_id = ?", id, old);
        }
        if (unfinishedOnly) {
            sql.update("DELETE FROM plan_priority p WHERE p.tenant_id = :tenant AND p.plan_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM plan_action a WHERE a.tenant_id = p.tenant_id AND a.priority_id = p.id)", to);
        }
    }
}
