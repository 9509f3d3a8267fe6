package org.yothub.casework.contact;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;

/** Reads the contact HTML forms; the date is a GOV.UK date input and the time is HH:MM (24-hour). */
@Singleton
class ContactFormReader {
    private static final Map<String, String> LABELS = Map.of("contact_at", "Date and time", "contact_type",
            "Type of contact", "with_whom", "With whom", "followed_up_on", "Date followed up", "outcome", "Outcome", "action", "Step taken", "on", "Date of the step",
            "reason", "Reason");
    private final Validator validator;

    ContactFormReader(Validator validator) {
        this.validator = validator;
    }

    ContactForm read(FormFields f) {
        LocalDate date = f.date("contact_date", "Date");
        LocalTime time = time(f);
        UUID order = null;
        String orderText = f.text("intervention_id");
        if (orderText != null) {
            try {
                order = UUID.fromString(orderText);
            } catch (IllegalArgumentException e) {
                f.error("intervention_id", "Choose one of the child's orders");
            }
        }
        LocalDateTime at = date == null ? null : date.atTime(time == null ? LocalTime.NOON : time);
        ContactForm form = new ContactForm(at, f.text("contact_type"), f.text("with_whom"), f.text("outcome"),
                f.text("notes"), order, f.whole("version", "Version"));
        if (date == null && !f.errors().containsKey("contact_date")) {
            f.error("contact_date", "Enter the date of the contact");
        }
        validator.validate(form).stream().filter(v -> !v.getPropertyPath().toString().equals("contactAt"))
                .forEach(v -> f.addViolations(java.util.Set.of(v), LABELS));
        return form;
    }

    FollowUpForm readFollowUp(FormFields f) {
        LocalDate on = f.date("followed_up_on", "Date followed up");
        Long version = f.whole("version", "Version");
        FollowUpForm form = new FollowUpForm(on, f.text("follow_up_notes"), version);
        f.addViolations(validator.validate(form), LABELS);
        return form;
    }

    EnforcementForm readEnforcement(FormFields f) {
        String action = f.text("action");
        if (action == null) {
            f.error("action", "Choose the step taken");
        }
        LocalDate on = f.date("on", "Date of the step");
        Long version = f.whole("version", "Version");
        EnforcementForm form = new EnforcementForm(action, on, f.text("reason"), version);
        f.addViolations(validator.validate(form), LABELS);
        return form;
    }

    private static LocalTime time(FormFields f) {
        String t = f.text("contact_time");
        if (t == null) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            f.error("contact_time", "Time must be a 24-hour time such as 14:30");
            return null;
        }
    }

    static Map<String, String> blank() {
        Map<String, String> v = new HashMap<>();
        FormFields.putDate(v, "contact_date", WorkingDays.today());
        v.put("contact_type", "office");
        return v;
    }

    static Map<String, String> values(ContactView c) {
        Map<String, String> v = new HashMap<>();
        FormFields.putDate(v, "contact_date", c.contactAt().toLocalDate());
        v.put("contact_time", c.contactAt().toLocalTime().toString());
        v.put("contact_type", c.contactType());
        v.put("with_whom", c.withWhom() == null ? "" : c.withWhom());
        v.put("outcome", c.outcome() == null ? "" : c.outcome());
        v.put("notes", c.notes() == null ? "" : c.notes());
        v.put("intervention_id", c.interventionId() == null ? "" : c.interventionId().toString());
        v.put("version", String.valueOf(c.version()));
        FormFields.putDate(v, "followed_up_on", c.followedUpOn());
        v.put("follow_up_notes", c.followUpNotes() == null ? "" : c.followUpNotes());
        return v;
    }
}
