package org.yothub.volunteers.volunteer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.role.VolunteerRoleView;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.DbsCheckRepository;
import org.yothub.volunteers.volunteer.VolunteerRecordRepositories.TrainingRepository;

/**
 * Whether a volunteer may act in a role on a date (domain.md §7): they are active, hold a DBS
 * check that has not expired (issue date + the YOT's {@code dbs_renewal_years}), and have completed
 * the YJB volunteer panel training and the role's own training. Panels and role assignments are
 * refused with the first rule broken.
 */
@Singleton
public class ComplianceService {
    private final VolunteerRepository volunteers;
    private final DbsCheckRepository checks;
    private final TrainingRepository trainings;
    private final VolunteerRoleService roles;
    private final TenantSettingsService settings;

    ComplianceService(VolunteerRepository volunteers, DbsCheckRepository checks, TrainingRepository trainings,
                      VolunteerRoleService roles, TenantSettingsService settings) {
        this.volunteers = volunteers;
        this.checks = checks;
        this.trainings = trainings;
        this.roles = roles;
        this.settings = settings;
    }

    /** A broken rule: its name and a message that names the volunteer. */
    public record Breach(String rule, String message) { }

    /** The expiry of a DBS check issued on {@code issuedOn}, under the YOT's renewal period. */
    public LocalDate expiryOf(LocalDate issuedOn) {
        return issuedOn.plusYears(settings.current().dbsRenewalYears());
    }

    /** The rules a volunteer breaks for acting in {@code roleCode} (null: any role) on {@code on}. */
    @TenantTransactional(readOnly = true)
    public List<Breach> breaches(UUID volunteerId, String roleCode, LocalDate on) {
        Volunteer v = volunteers.findById(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        String name = v.getGivenName() + " " + v.getFamilyName();
        List<Breach> out = new ArrayList<>();
        if (!"active".equals(v.getStatus()) || (v.getLeftOn() != null && !v.getLeftOn().isAfter(on))) {
            out.add(new Breach("volunteer_not_active", name + " is not an active volunteer"));
        }
        Optional<DbsCheck> latest = checks.findByVolunteerIdOrderByIssuedOnDesc(volunteerId).stream()
                .filter(c -> !c.getIssuedOn().isAfter(on)).findFirst();
        if (latest.isEmpty()) {
            out.add(new Breach("dbs_check_missing", name + " has no DBS check recorded"));
        } else if (expiryOf(latest.get().getIssuedOn()).isBefore(on) || expiryOf(latest.get().getIssuedOn()).isEqual(on)) {
            out.add(new Breach("dbs_check_expired", name + "'s DBS check expired on " + expiryOf(latest.get().getIssuedOn())));
        }
        List<Training> done = trainings.findByVolunteerIdOrderByCompletedOn(volunteerId).stream()
                .filter(t -> !t.getCompletedOn().isAfter(on)).toList();
        if (done.stream().noneMatch(t -> "yjb_panel".equals(t.getCourse()))) {
            out.add(new Breach("yjb_panel_training_missing", name + " has not completed the YJB volunteer panel training"));
        }
        if (roleCode != null && done.stream().noneMatch(t -> "role".equals(t.getCourse()) && roleCode.equals(t.getRoleCode()))) {
            String label = roles.find(roleCode).map(VolunteerRoleView::label).orElse(roleCode);
            out.add(new Breach("role_training_missing", name + " has not completed the training for the role " + label));
        }
        return out;
    }

    /** Throws a 400 naming {@code field} and the first rule broken, if any. */
    @TenantTransactional(readOnly = true)
    public void requireCleared(UUID volunteerId, String roleCode, LocalDate on, String field) {
        List<Breach> breaches = breaches(volunteerId, roleCode, on);
        if (!breaches.isEmpty()) {
            throw ProblemException.field(field, breaches.get(0).rule(), breaches.get(0).message());
        }
    }
}
