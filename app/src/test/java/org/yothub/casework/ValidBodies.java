package org.yothub.casework;

import static org.yothub.casework.CaseworkFixtures.unique;

import java.util.HashMap;
import java.util.Map;
import org.yothub.casework.assessment.AssessmentFixtures;
import org.yothub.casework.contact.ContactFixtures;
import org.yothub.casework.plan.PlanFixtures;

/**
 * A body that passes validation for each change route of a child's record, so that a request
 * refused for naming another tenant's record is refused for that reason and not for a missing
 * field. API bodies are JSON maps; page bodies are form fields as a browser sends them (dates in
 * -day/-month/-year parts, the CSRF token added by the caller). Versions are the current ones of
 * {@code records}, the records the route names.
 */
final class ValidBodies {
    private ValidBodies() {
    }

    /** The body for the route ("METHOD template"), or null when none is known. */
    static Object of(String route, CaseworkRecords records, Object staffId) {
        return route.startsWith("POST /api/") || route.startsWith("PUT /api/") ? api(route, records, staffId)
                : page(route, records, staffId);
    }

    private static Object api(String route, CaseworkRecords r, Object staffId) {
        return switch (route) {
            case "PUT /api/v1/children/{id}" -> versioned(CaseworkFixtures.childForm(unique("T")), r, "children");
            case "PUT /api/v1/children/{id}/allocation", "PUT /api/v1/caseload/{childId}/allocation" ->
                    versioned(map("case_manager_id", staffId), r, "children");
            case "POST /api/v1/children/{childId}/offences" -> CaseworkFixtures.offenceForm(unique("OF"), "2022-03-01");
            case "PUT /api/v1/offences/{id}" -> versioned(CaseworkFixtures.offenceForm(unique("OF"), "2022-03-01"), r, "offences");
            case "PUT /api/v1/offences/{id}/outcome" -> versioned(CaseworkFixtures.outcomeForm("YRO", "2022-06-01", null), r, "outcome");
            case "POST /api/v1/children/{childId}/hearings" -> hearing();
            case "PUT /api/v1/hearings/{id}" -> versioned(hearing(), r, "hearings");
            case "POST /api/v1/children/{childId}/interventions" -> intervention();
            case "PUT /api/v1/interventions/{id}" -> versioned(intervention(), r, "interventions");
            case "POST /api/v1/interventions/{interventionId}/requirements" -> map("requirement", "activity");
            case "POST /api/v1/children/{childId}/remands" -> remand();
            case "PUT /api/v1/remands/{id}" -> versioned(remand(), r, "remands");
            case "POST /api/v1/offences/{offenceId}/victims" -> map("victim_ref", unique("V"));
            case "PUT /api/v1/victims/{id}" -> versioned(map("victim_ref", unique("V")), r, "victims");
            case "POST /api/v1/children/{childId}/statuses" -> status();
            case "PUT /api/v1/statuses/{id}" -> versioned(status(), r, "statuses");
            case "POST /api/v1/children/{childId}/contact-people" -> person();
            case "PUT /api/v1/contact-people/{id}" -> versioned(person(), r, "contact-people");
            case "POST /api/v1/children/{childId}/contacts" -> ContactFixtures.form("2026-01-08T10:00:00", "attended");
            case "PUT /api/v1/children/{childId}/contacts/{id}" ->
                    versioned(ContactFixtures.form("2026-01-07T10:00:00", "attended"), r, "contacts");
            case "POST /api/v1/children/{childId}/contacts/{id}/follow-up" ->
                    versioned(map("followed_up_on", "2026-01-08", "notes", "Phoned the child"), r, "contacts");
            case "POST /api/v1/children/{childId}/contacts/{id}/enforcement" ->
                    versioned(map("action", "warning_issued", "on", "2026-01-09", "reason", "Second absence"), r, "contacts");
            case "POST /api/v1/children/{childId}/assessments" -> AssessmentFixtures.form(20, "medium");
            case "PUT /api/v1/children/{childId}/assessments/{id}" ->
                    versioned(AssessmentFixtures.form(20, "medium"), r, "assessments");
            case "POST /api/v1/children/{childId}/assessments/{id}/submit",
                 "POST /api/v1/children/{childId}/assessments/{id}/countersign" -> versioned(map(), r, "assessments");
            case "POST /api/v1/children/{childId}/plans" -> PlanFixtures.form("2026-01-07", "Attend college");
            case "PUT /api/v1/children/{childId}/plans/{id}" ->
                    versioned(PlanFixtures.form("2026-01-07", "Attend college"), r, "plans");
            case "POST /api/v1/children/{childId}/plans/{id}/sign-off" -> versioned(map(), r, "plans");
            case "POST /api/v1/children/{childId}/plans/{id}/reviews" ->
                    map("review_date", "2026-01-09", "reason", "scheduled", "notes", "Going well");
            default -> null;
        };
    }

    private static Map<String, String> page(String route, CaseworkRecords r, Object staffId) {
        return switch (route) {
            case "POST /children/{id}" -> date(form("child_ref", unique("T"), "sex", "F", "ethnicity", "White",
                    "version", r.version("children")), "date_of_birth", "2009-11-09");
            case "POST /children/{id}/allocation" -> form("case_manager_id", staffId, "version", r.version("children"));
            case "POST /children/{childId}/offences" -> date(form("offence_ref", unique("OF"), "category", "criminal_damage",
                    "gravity_score", 2), "offence_date", "2022-03-01");
            case "POST /children/{childId}/offences/{offenceId}/outcome" ->
                    date(form("outcome_code", "YRO", "version", r.version("outcome")), "outcome_date", "2022-06-01");
            case "POST /children/{childId}/hearings" -> date(form("offence_id", r.id("offences"), "court", "Youth Court",
                    "hearing_type", "plea"), "hearing_date", "2022-05-01");
            case "POST /children/{childId}/interventions" ->
                    date(form("intervention_ref", unique("IN"), "outcome_code", "YRO"), "start_date", "2022-06-01");
            case "POST /children/{childId}/interventions/{id}" -> date(form("intervention_ref", unique("IN"),
                    "outcome_code", "YRO", "version", r.version("interventions")), "start_date", "2022-06-01");
            case "POST /children/{childId}/interventions/{id}/requirements" -> form("requirement", "activity");
            case "POST /children/{childId}/remands" ->
                    date(form("remand_ref", unique("RM"), "placement", "LAA"), "start_date", "2022-04-01");
            case "POST /children/{childId}/victims" -> form("offence_id", r.id("offences"), "victim_ref", unique("V"));
            case "POST /children/{childId}/statuses" ->
                    date(form("status", "ete:education", "hours", 25), "effective_date", "2023-02-01");
            case "POST /children/{childId}/contact-people" -> form("kind", "professional", "name", "Sam Social Worker");
            case "POST /children/{childId}/contact-people/{id}" -> form("kind", "professional", "name", "Sam Social Worker",
                    "version", r.version("contact-people"));
            case "POST /children/{childId}/remands/{id}" -> date(form("remand_ref", unique("RM"), "placement", "LAA",
                    "version", r.version("remands")), "start_date", "2022-04-01");
            case "POST /children/{childId}/victims/{id}" -> form("victim_ref", unique("V"), "version", r.version("victims"));
            case "POST /children/{childId}/hearings/{id}" -> date(form("offence_id", r.id("offences"), "court", "Youth Court",
                    "hearing_type", "plea", "version", r.version("hearings")), "hearing_date", "2022-05-01");
            case "POST /children/{childId}/statuses/{id}" -> date(form("status", "ete:education", "hours", 25,
                    "version", r.version("statuses")), "effective_date", "2023-02-01");
            case "POST /children/{childId}/contact-people/{id}/delete" -> form("version", r.version("contact-people"));
            case "POST /children/{childId}/remands/{id}/delete" -> form("version", r.version("remands"));
            case "POST /children/{childId}/victims/{id}/delete" -> form("version", r.version("victims"));
            case "POST /children/{childId}/hearings/{id}/delete" -> form("version", r.version("hearings"));
            case "POST /children/{childId}/statuses/{id}/delete" -> form("version", r.version("statuses"));
            case "POST /children/{childId}/contacts" -> date(form("contact_time", "10:00", "contact_type", "office",
                    "outcome", "attended"), "contact_date", "2026-01-08");
            case "POST /children/{childId}/contacts/{id}" -> date(form("contact_time", "10:00", "contact_type", "office",
                    "outcome", "attended", "version", r.version("contacts")), "contact_date", "2026-01-07");
            case "POST /children/{childId}/contacts/{id}/follow-up" ->
                    date(form("follow_up_notes", "Phoned", "version", r.version("contacts")), "followed_up_on", "2026-01-08");
            case "POST /children/{childId}/contacts/{id}/enforcement" -> date(form("action", "warning_issued",
                    "reason", "Second absence", "version", r.version("contacts")), "on", "2026-01-09");
            case "POST /children/{childId}/assessments" -> assessment(null);
            case "POST /children/{childId}/assessments/{id}" -> assessment(r.version("assessments"));
            case "POST /children/{childId}/assessments/{id}/submit",
                 "POST /children/{childId}/assessments/{id}/countersign" -> form("version", r.version("assessments"));
            case "POST /children/{childId}/plans" -> plan(null);
            case "POST /children/{childId}/plans/{id}" -> plan(r.version("plans"));
            case "POST /children/{childId}/plans/{id}/sign-off" -> form("version", r.version("plans"), "comment", "Agreed");
            case "POST /children/{childId}/plans/{id}/reviews" ->
                    date(form("reason", "scheduled", "notes", "Going well"), "review_date", "2026-01-09");
            default -> null;
        };
    }

    private static Map<String, Object> hearing() {
        return map("hearing_date", "2022-05-01", "court", "Youth Court", "hearing_type", "plea");
    }

    private static Map<String, Object> intervention() {
        return map("intervention_ref", unique("IN"), "outcome_code", "YRO", "start_date", "2022-06-01");
    }

    private static Map<String, Object> remand() {
        return map("remand_ref", unique("RM"), "start_date", "2022-04-01", "placement", "LAA");
    }

    private static Map<String, Object> status() {
        return map("kind", "ete", "effective_date", "2023-02-01", "value", "education", "hours", 25);
    }

    private static Map<String, Object> person() {
        return map("kind", "professional", "name", "Sam Social Worker");
    }

    private static Map<String, String> assessment(Object version) {
        Map<String, String> f = date(form("tool", "asset_plus", "likelihood_of_reoffending", "medium",
                "risk_of_serious_harm", "low", "safety_and_wellbeing", "low", "mappa_level", "none"), "assessment_date", "2026-01-05");
        if (version != null) {
            f.put("version", version.toString());
        }
        return f;
    }

    private static Map<String, String> plan(Object version) {
        Map<String, String> f = date(form("objective_1_what", "Attend college", "objective_1_by_whom", "Case manager"),
                "plan_date", "2026-01-07");
        date(f, "objective_1_by_when", "2026-04-07");
        if (version != null) {
            f.put("version", version.toString());
        }
        return f;
    }

    private static Map<String, Object> versioned(Map<String, Object> body, CaseworkRecords r, String kind) {
        Map<String, Object> b = new HashMap<>(body);
        b.put("version", r.version(kind));
        return b;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, String> form(Object... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return m;
    }

    /** Puts an ISO date as the three fields of a GOV.UK date input. */
    private static Map<String, String> date(Map<String, String> form, String name, String iso) {
        String[] p = iso.split("-");
        form.put(name + "-year", p[0]);
        form.put(name + "-month", String.valueOf(Integer.parseInt(p[1])));
        form.put(name + "-day", String.valueOf(Integer.parseInt(p[2])));
        return form;
    }
}
