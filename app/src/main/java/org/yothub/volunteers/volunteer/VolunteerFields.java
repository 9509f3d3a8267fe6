package org.yothub.volunteers.volunteer;

import java.util.HashMap;
import java.util.Map;

/** A volunteer's details as the fields of the edit form. */
final class VolunteerFields {
    private VolunteerFields() {
    }

    static Map<String, String> of(VolunteerView v) {
        Map<String, String> f = new HashMap<>();
        f.put("volunteer_ref", v.volunteerRef());
        f.put("given_name", v.givenName());
        f.put("family_name", v.familyName());
        f.put("email", text(v.email()));
        f.put("phone", text(v.phone()));
        f.put("joined_on", text(v.joinedOn()));
        f.put("left_on", text(v.leftOn()));
        f.put("status", v.status());
        f.put("sex", text(v.sex()));
        f.put("ethnic_group", text(v.ethnicGroup()));
        f.put("age_band", text(v.ageBand()));
        f.put("skills", text(v.skills()));
        f.put("languages", text(v.languages()));
        f.put("available_weekdays", String.valueOf(v.availableWeekdays()));
        f.put("available_evenings", String.valueOf(v.availableEvenings()));
        f.put("available_weekends", String.valueOf(v.availableWeekends()));
        f.put("version", String.valueOf(v.version()));
        return f;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
