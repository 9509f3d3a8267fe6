package org.yothub.casework;

import static org.yothub.casework.CaseworkFixtures.get;
import static org.yothub.casework.CaseworkFixtures.post;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.client.BlockingHttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yothub.casework.assessment.AssessmentFixtures;
import org.yothub.casework.contact.ContactFixtures;
import org.yothub.casework.plan.PlanFixtures;

/**
 * One record of each kind on one child's record, made through the API as the tenant's users make
 * them: an offence with its outcome, a hearing, a youth rehabilitation order with a requirement, a
 * remand, a victim, a status, a parent, a missed contact, a submitted assessment and a signed-off
 * plan. Ids and versions are kept by the URI segment that names the kind ("offences", "contacts").
 */
public final class CaseworkRecords {
    public final String tenant;
    private final Map<String, Object> ids = new HashMap<>();
    private final Map<String, Object> versions = new HashMap<>();

    private CaseworkRecords(String tenant) {
        this.tenant = tenant;
    }

    public static CaseworkRecords create(BlockingHttpClient http, String tenant) {
        CaseworkRecords r = new CaseworkRecords(tenant);
        Object child = r.keep("children", CaseworkFixtures.createChild(http, tenant));
        Map<String, Object> offence = CaseworkFixtures.createOffence(http, tenant, child, "YRO");
        r.keep("offences", offence);
        r.keep("outcome", (Map<?, ?>) offence.get("outcome"));
        r.keep("hearings", post(http, tenant, "/api/v1/children/" + child + "/hearings", Map.of("offence_id", r.id("offences"),
                "hearing_date", "2022-05-02", "court", "Southampton Youth Court", "hearing_type", "sentence")));
        r.keep("interventions", post(http, tenant, "/api/v1/children/" + child + "/interventions", Map.of("intervention_ref",
                unique("IN"), "outcome_code", "YRO", "outcome_id", r.id("outcome"), "start_date", "2022-06-01")));
        r.keep("requirements", post(http, tenant, "/api/v1/interventions/" + r.id("interventions") + "/requirements",
                Map.of("requirement", "curfew", "detail", "7pm to 7am")));
        r.keep("remands", post(http, tenant, "/api/v1/children/" + child + "/remands", Map.of("remand_ref", unique("RM"),
                "start_date", "2022-04-01", "end_date", "2022-04-11", "placement", "YOI")));
        r.keep("victims", post(http, tenant, "/api/v1/offences/" + r.id("offences") + "/victims",
                Map.of("victim_ref", unique("V"), "consented_to_contact", true)));
        r.keep("statuses", post(http, tenant, "/api/v1/children/" + child + "/statuses", Map.of("kind", "ete",
                "effective_date", "2023-01-09", "value", "training", "hours", 20)));
        r.keep("contact-people", post(http, tenant, "/api/v1/children/" + child + "/contact-people",
                Map.of("kind", "parent_carer", "name", "Morgan Example", "relationship", "Mother")));
        r.keep("contacts", ContactFixtures.create(http, tenant, child, ContactFixtures.form("2026-01-07T10:00:00",
                "unacceptable_absence")));
        Map<String, Object> assessment = AssessmentFixtures.create(http, tenant, "case.manager", child,
                AssessmentFixtures.form(12, "low"));
        r.keep("assessments", AssessmentFixtures.step(http, tenant, "case.manager", child, assessment.get("id"), "submit",
                assessment.get("version")));
        r.keep("plans", PlanFixtures.signedOff(http, tenant, child, "2026-01-06"));
        r.refresh(http, child);
        return r;
    }

    /** Reads every record again, for the versions the later steps left. */
    private void refresh(BlockingHttpClient http, Object child) {
        for (String kind : List.of("children", "offences", "hearings", "interventions", "remands", "victims", "statuses",
                "contact-people")) {
            keep(kind, get(http, tenant, "/api/v1/" + kind + "/" + id(kind)));
        }
        for (String kind : List.of("contacts", "assessments", "plans")) {
            keep(kind, get(http, tenant, "/api/v1/children/" + child + "/" + kind + "/" + id(kind)));
        }
        keep("outcome", (Map<?, ?>) get(http, tenant, "/api/v1/offences/" + id("offences")).get("outcome"));
    }

    /** The id of the record of a kind, by the URI segment that names it. */
    public Object id(String kind) {
        Object id = ids.get(kind);
        if (id == null) {
            throw new IllegalArgumentException("no record of kind " + kind);
        }
        return id;
    }

    public boolean has(String kind) {
        return ids.containsKey(kind);
    }

    /** The version to send when changing the record (optimistic locking). */
    public Object version(String kind) {
        return versions.get(kind);
    }

    private Object keep(String kind, Map<?, ?> record) {
        ids.put(kind, record.get("id"));
        versions.put(kind, record.get("version"));
        return record.get("id");
    }
}
