package org.yothub.plans.plan;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.PlanRisks;
import org.yothub.plans.PlanSql;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The delivery plan of a plan (tables plan_priority, plan_action, plan_action_risk); changes only while the plan is a draft. */
@Singleton
@TenantTransactional
public class DeliveryService {
    private static final String ACTION_COLUMNS = "id, priority_id, position, action, owner, due_on, rag, success_measure, progress, "
            + "carried_from, version";
    private final PlanSql sql;
    private final PlanService plans;
    private final PlanRisks risks;

    DeliveryService(PlanSql sql, PlanService plans, PlanRisks risks) {
        this.sql = sql;
        this.plans = plans;
        this.risks = risks;
    }

    @TenantTransactional(readOnly = true)
    public List<DeliveryView.Priority> of(UUID planId) {
        Map<UUID, List<DeliveryView.LinkedRisk>> linked = new HashMap<>();
        sql.list("SELECT r.action_id, r.risk_id FROM plan_action_risk r JOIN plan_action a ON a.tenant_id = r.tenant_id "
                + "AND a.id = r.action_id WHERE r.tenant_id = :tenant AND a.plan_id = ?", rs -> new UUID[] {
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}, planId).forEach(p -> linked
                .computeIfAbsent(p[0], k -> new ArrayList<>()).add(risks.find(p[1])
                        .map(r -> new DeliveryView.LinkedRisk(r.id(), r.ref(), r.title()))
                        .orElse(new DeliveryView.LinkedRisk(p[1], "–", "Risk no longer in the register"))));
        Map<UUID, List<DeliveryView.Action>> actions = new HashMap<>();
        sql.list("SELECT " + ACTION_COLUMNS + " FROM plan_action WHERE tenant_id = :tenant AND plan_id = ? ORDER BY position, due_on",
                rs -> new DeliveryView.Action(rs.getObject("id", UUID.class), rs.getObject("priority_id", UUID.class),
                        rs.getInt("position"), rs.getString("action"), rs.getString("owner"), PlanSql.date(rs, "due_on"),
                        rs.getString("rag"), rs.getString("success_measure"), rs.getString("progress"),
                        rs.getObject("carried_from") != null, linked.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getLong("version")), planId).forEach(a -> actions.computeIfAbsent(a.priorityId(), k -> new ArrayList<>()).add(a));
        return sql.list("SELECT id, position, title, outcome, lead, carried_from, version FROM plan_priority "
                + "WHERE tenant_id = :tenant AND plan_id = ? ORDER BY position, title", rs -> new DeliveryView.Priority(
                rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("title"), rs.getString("outcome"),
                rs.getString("lead"), rs.getObject("carried_from") != null, rs.getLong("version"),
                actions.getOrDefault(rs.getObject("id", UUID.class), List.of())), planId);
    }

    public DeliveryView.Priority addPriority(UUID planId, PriorityForm form) {
        plans.requireDraft(planId);
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO plan_priority (tenant_id, id, plan_id, position, title, outcome, lead) VALUES (:tenant, ?, ?, ?, ?, ?, ?)",
                id, planId, form.position(), form.title().trim(), blank(form.outcome()), blank(form.lead()));
        return priority(planId, id);
    }

    public DeliveryView.Priority updatePriority(UUID planId, UUID id, PriorityForm form) {
        plans.requireDraft(planId);
        priority(planId, id);
        sql.updateVersioned("The priority", "UPDATE plan_priority SET position = ?, title = ?, outcome = ?, lead = ?, version = version + 1 "
                + "WHERE tenant_id = :tenant AND plan_id = ? AND id = ? AND version = ?", form.position(), form.title().trim(),
                blank(form.outcome()), blank(form.lead()), planId, id, required(form.version()));
        return priority(planId, id);
    }

    public void removePriority(UUID planId, UUID id) {
        plans.requireDraft(planId);
        priority(planId, id);
        sql.update("DELETE FROM plan_priority WHERE tenant_id = :tenant AND plan_id = ? AND id = ?", planId, id);
    }

    public DeliveryView.Action addAction(UUID planId, ActionForm form) {
        plans.requireDraft(planId);
        priority(planId, form.priorityId());
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO plan_action (tenant_id, id, plan_id, priority_id, position, action, owner, due_on, rag, success_measure, "
                + "progress) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, planId, form.priorityId(), form.position(),
                form.action().trim(), form.owner().trim(), form.dueOn(), form.rag(), form.successMeasure().trim(), blank(form.progress()));
        linkRisks(id, form.riskIds());
        return action(planId, id);
    }

    public DeliveryView.Action updateAction(UUID planId, UUID id, ActionForm form) {
        plans.requireDraft(planId);
        action(planId, id);
        priority(planId, form.priorityId());
        sql.updateVersioned("The action", "UPDATE plan_action SET priority_id = ?, position = ?, action = ?, owner = ?, due_on = ?, rag = ?, "
                + "success_measure = ?, progress = ?, version = version + 1 WHERE tenant_id = :tenant AND plan_id = ? AND id = ? "
                + "AND version = ?", form.priorityId(), form.position(), form.action().trim(), form.owner().trim(), form.dueOn(),
                form.rag(), form.successMeasure().trim(), blank(form.progress()), planId, id, required(form.version()));
        sql.update("DELETE FROM plan_action_risk WHERE tenant_id = :tenant AND action_id = ?", id);
        linkRisks(id, form.riskIds());
        return action(planId, id);
    }

    public void removeAction(UUID planId, UUID id) {
        plans.requireDraft(planId);
        action(planId, id);
        sql.update("DELETE FROM plan_action WHERE tenant_id = :tenant AND plan_id = ? AND id = ?", planId, id);
    }

    private void linkRisks(UUID actionId, List<UUID> riskIds) {
        if (riskIds == null) {
            return;
        }
        for (UUID risk : new LinkedHashSet<>(riskIds)) {
            if (risks.find(risk).isEmpty()) {
                throw ProblemException.field("risk_ids", "unknown_risk", "risk " + risk + " is not in this YOT's risk register");
            }
            sql.update("INSERT INTO plan_action_risk (tenant_id, action_id, risk_id) VALUES (:tenant, ?, ?)", actionId, risk);
        }
    }

    private DeliveryView.Priority priority(UUID planId, UUID id) {
        return of(planId).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundException("Priority"));
    }

    private DeliveryView.Action action(UUID planId, UUID id) {
        return of(planId).stream().flatMap(p -> p.actions().stream()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action"));
    }

    private static long required(Long version) {
        if (version == null) {
            throw ProblemException.field("version", "required", "version is required to change an existing item");
        }
        return version;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
