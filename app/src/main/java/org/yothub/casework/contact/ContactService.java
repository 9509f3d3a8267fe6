package org.yothub.casework.contact;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yothub.casework.assessment.AssessmentService;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.contact.ChildOrders.ChildOrder;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** A child's contacts: schedule, record, follow up missed appointments, and compliance with the minimum. */
@Singleton
public class ContactService {
    private final ContactRepository contacts;
    private final ChildOrders orders;
    private final ChildService children;
    private final AssessmentService assessments;
    private final TenantSettingsService settings;

    ContactService(ContactRepository contacts, ChildOrders orders, ChildService children, AssessmentService assessments,
                   TenantSettingsService settings) {
        this.contacts = contacts;
        this.orders = orders;
        this.children = children;
        this.assessments = assessments;
        this.settings = settings;
    }

    /** The child's contacts, latest first. */
    @TenantTransactional(readOnly = true)
    public List<ContactView> list(UUID childId) {
        children.facts(childId);
        List<Contact> all = contacts.ofChild(childId);
        return views(all, all, orders.of(childId), settings.current().timescales());
    }

    @TenantTransactional(readOnly = true)
    public ContactView find(UUID childId, UUID id) {
        children.facts(childId);
        Contact c = require(childId, id);
        List<Contact> all = contacts.ofChild(childId);
        return views(List.of(c), all, orders.of(childId), settings.current().timescales()).get(0);
    }

    @TenantTransactional
    public ContactView create(UUID childId, ContactForm form, UUID recordedBy) {
        children.facts(childId);
        Contact c = new Contact();
        c.setId(UUID.randomUUID());
        c.setChildId(childId);
        c.setRecordedBy(recordedBy);
        apply(c, form, orders.of(childId));
        contacts.save(c);
        return find(childId, c.getId());
    }

    @TenantTransactional
    public ContactView update(UUID childId, UUID id, ContactForm form, UUID recordedBy) {
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the contact you edited");
        }
        children.facts(childId);
        Contact c = require(childId, id);
        apply(c, form, orders.of(childId));
        c.setRecordedBy(recordedBy);
        c.setVersion(form.version());
        contacts.update(c);
        return find(childId, id);
    }

    @TenantTransactional
    public ContactView followUp(UUID childId, UUID id, FollowUpForm form) {
        children.facts(childId);
        Contact c = require(childId, id);
        if (!c.missed()) {
            throw ProblemException.field("outcome", "missed_to_follow_up",
                    "Only a missed appointment (an absence) is followed up");
        }
        if (form.followedUpOn().isBefore(c.getContactAt().toLocalDate())) {
            throw ProblemException.field("followed_up_on", "not_before_contact",
                    "The follow-up cannot be before the missed appointment");
        }
        c.setFollowedUpOn(form.followedUpOn());
        c.setFollowUpNotes(blankToNull(form.notes()));
        c.setVersion(form.version());
        contacts.update(c);
        return find(childId, id);
    }

    /**
     * Records the enforcement step taken on an unacceptable absence (domain.md §3): a warning once
     * the absence leads to one, a breach decision (started, or not with its reason) once it leads
     * to breach consideration.
     */
    @TenantTransactional
    public ContactView enforce(UUID childId, UUID id, EnforcementForm form) {
        children.facts(childId);
        Contact c = require(childId, id);
        if (!"unacceptable_absence".equals(c.getOutcome())) {
            throw ProblemException.field("action", "unacceptable_absence_only",
                    "Only an unacceptable absence leads to a warning or breach consideration");
        }
        String step = ContactRules.enforcement(ContactRules.absenceNumbers(contacts.ofChild(childId)).get(c.getId()),
                settings.current().timescales());
        if (step == null) {
            throw ProblemException.field("action", "not_yet_due", "This absence does not yet lead to a warning "
                    + "or breach consideration (see the tenant's absence thresholds)");
        }
        if (!ContactRules.WARNING_ISSUED.equals(form.action()) && !ContactRules.BREACH_CONSIDERATION.equals(step)) {
            throw ProblemException.field("action", "breach_not_due",
                    "This absence leads to a warning; breach is considered from a later absence");
        }
        if (form.on().isBefore(c.getContactAt().toLocalDate())) {
            throw ProblemException.field("on", "not_before_contact", "The step cannot be before the absence");
        }
        String reason = blankToNull(form.reason());
        if (ContactRules.BREACH_NOT_INITIATED.equals(form.action()) && reason == null) {
            throw ProblemException.field("reason", "required", "Give the reason breach proceedings are not started");
        }
        c.setEnforcementAction(form.action());
        c.setEnforcementOn(form.on());
        c.setEnforcementReason(reason);
        c.setVersion(form.version());
        contacts.update(c);
        return find(childId, id);
    }

    @TenantTransactional(readOnly = true)
    public ContactCompliance compliance(UUID childId, LocalDate asOf) {
        children.facts(childId);
        LocalDate on = asOf == null ? WorkingDays.today() : asOf;
        TenantSettings s = settings.current();
        List<ChildOrder> childOrders = orders.of(childId);
        LocalDate start = ChildOrders.openOn(childOrders, on).map(ChildOrder::startDate).orElse(null);
        String current = assessments.currentLevel(childId).orElse(null);
        String level = current == null ? "standard" : current;
        TenantSettings.ContactFrequency frequency = s.scaledApproach().getOrDefault(level,
                TenantSettings.defaults().scaledApproach().get(level));
        int minimum = ContactRules.minimumPerMonth(frequency, start, on);
        List<Contact> all = contacts.ofChild(childId);
        YearMonth month = YearMonth.from(on);
        int attended = (int) all.stream().filter(c -> "attended".equals(c.getOutcome()))
                .filter(c -> YearMonth.from(c.getContactAt()).equals(month) && !c.getContactAt().toLocalDate().isAfter(on))
                .count();
        int overdue = (int) all.stream().filter(c -> ContactRules.followUpOverdue(c, on)).count();
        return new ContactCompliance(on, level, current == null ? "default" : "assessment", start,
                ContactRules.firstThreeMonths(start, on), minimum, attended, attended < minimum, overdue,
                absences(all, childOrders, s.timescales()));
    }

    private List<ContactCompliance.OrderAbsences> absences(List<Contact> all, List<ChildOrder> childOrders,
                                                           TenantSettings.Timescales t) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        UUID none = new UUID(0, 0);
        all.stream().filter(c -> "unacceptable_absence".equals(c.getOutcome()))
                .forEach(c -> counts.merge(Objects.requireNonNullElse(c.getInterventionId(), none), 1, Integer::sum));
        List<ContactCompliance.OrderAbsences> out = new ArrayList<>();
        counts.forEach((order, n) -> out.add(new ContactCompliance.OrderAbsences(order.equals(none) ? null : order,
                order.equals(none) ? null : refOf(childOrders, order), n, ContactRules.enforcement(n, t),
                t.absencesBeforeWarning(), t.absencesBeforeBreach())));
        return out;
    }

    private void apply(Contact c, ContactForm f, List<ChildOrder> childOrders) {
        LocalDate date = f.contactAt().toLocalDate();
        if (f.outcome() != null && date.isAfter(WorkingDays.today())) {
            throw ProblemException.field("outcome", "not_in_future",
                    "A contact in the future can be scheduled, but its outcome cannot be recorded yet");
        }
        UUID chosen = f.interventionId();
        if (chosen != null && childOrders.stream().noneMatch(o -> o.id().equals(chosen))) {
            throw ProblemException.field("intervention_id", "order_of_child", "Choose one of the child's orders");
        }
        UUID order = chosen != null ? chosen : ChildOrders.openOn(childOrders, date).map(ChildOrder::id).orElse(null);
        boolean dateChanged = c.getContactAt() != null && !c.getContactAt().toLocalDate().equals(date);
        c.setInterventionId(order);
        c.setContactAt(f.contactAt());
        c.setContactType(f.contactType());
        c.setWithWhom(blankToNull(f.withWhom()));
        c.setOutcome(f.outcome());
        c.setNotes(blankToNull(f.notes()));
        if (!"unacceptable_absence".equals(c.getOutcome())) {
            c.setEnforcementAction(null);
            c.setEnforcementOn(null);
            c.setEnforcementReason(null);
        }
        if (!c.missed()) {
            c.setFollowUpDue(null);
            c.setFollowedUpOn(null);
            c.setFollowUpNotes(null);
        } else if (c.getFollowUpDue() == null || (dateChanged && c.getFollowedUpOn() == null)) {
            c.setFollowUpDue(WorkingDays.add(date, settings.current().timescales().missedAppointmentFollowUpWorkingDays()));
        }
    }

    private List<ContactView> views(List<Contact> shown, List<Contact> all, List<ChildOrder> childOrders,
                                    TenantSettings.Timescales t) {
        Map<UUID, Integer> numbers = ContactRules.absenceNumbers(all);
        LocalDate today = WorkingDays.today();
        List<ContactView> out = new ArrayList<>();
        for (Contact c : shown) {
            Integer n = numbers.get(c.getId());
            String step = n == null ? null : ContactRules.enforcement(n, t);
            out.add(new ContactView(c.getId(), c.getChildId(), c.getInterventionId(),
                    c.getInterventionId() == null ? null : refOf(childOrders, c.getInterventionId()), c.getContactAt(),
                    c.getContactType(), c.getWithWhom(), c.getOutcome(), c.getNotes(), c.getFollowUpDue(),
                    c.getFollowedUpOn(), c.getFollowUpNotes(), ContactRules.followUpOverdue(c, today), n, step,
                    c.getEnforcementAction(), c.getEnforcementOn(), c.getEnforcementReason(),
                    ContactRules.enforcementDue(step, c.getEnforcementAction()), c.getRecordedBy(),
                    c.getVersion() == null ? 0 : c.getVersion()));
        }
        return out;
    }

    private static String refOf(List<ChildOrder> childOrders, UUID id) {
        return childOrders.stream().filter(o -> o.id().equals(id)).map(ChildOrder::ref).findFirst().orElse(null);
    }

    private Contact require(UUID childId, UUID id) {
        return contacts.findByIdAndChildId(id, childId).orElseThrow(() -> new NotFoundException("Contact"));
    }

    /** The child's orders, for choosing the order a contact counts for. */
    @TenantTransactional(readOnly = true)
    public List<ChildOrder> orders(UUID childId) {
        children.facts(childId);
        return orders.of(childId);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
