package org.yothub.casework.courtorder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.CaseRules;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Remand episodes of a child, costed with the YOT's cost per night for each placement type. */
@Singleton
public class RemandService {
    private final RemandRepository remands;
    private final ChildService children;
    private final TenantSettingsService settings;

    RemandService(RemandRepository remands, ChildService children, TenantSettingsService settings) {
        this.remands = remands;
        this.children = children;
        this.settings = settings;
    }

    @TenantTransactional(readOnly = true)
    public List<RemandView> list(UUID childId) {
        children.facts(childId);
        Map<String, Double> costs = settings.current().remandCostPerNight();
        LocalDate today = LocalDate.now();
        return remands.findByChildIdOrderByStartDateDesc(childId).stream()
                .map(r -> RemandView.of(r, costs.getOrDefault(r.getPlacement(), 0.0), today)).toList();
    }

    @TenantTransactional(readOnly = true)
    public RemandView find(UUID id) {
        return view(require(id));
    }

    @TenantTransactional
    public RemandView create(UUID childId, RemandForm form) {
        children.facts(childId);
        if (remands.existsByRemandRef(form.remandRef())) {
            throw duplicateRef(form.remandRef());
        }
        Remand r = new Remand();
        r.setId(UUID.randomUUID());
        r.setChildId(childId);
        apply(r, form);
        return view(remands.save(r));
    }

    @TenantTransactional
    public RemandView update(UUID id, RemandForm form) {
        Remand r = require(id);
        InterventionService.requireVersion(form.version());
        if (!r.getRemandRef().equals(form.remandRef()) && remands.existsByRemandRefAndIdNotEqual(form.remandRef(), id)) {
            throw duplicateRef(form.remandRef());
        }
        apply(r, form);
        r.setVersion(form.version());
        return view(remands.update(r));
    }

    /** Deletes the episode; with {@code version}, only while it is still that version (else 409). */
    @TenantTransactional
    public void delete(UUID id, @Nullable Long version) {
        Remand r = require(id);
        Versions.requireCurrent("The remand", version, r.getVersion());
        remands.delete(r);
    }

    private static void apply(Remand r, RemandForm f) {
        InterventionService.reject(CaseRules.NOT_BEFORE_START, "end_date",
                CaseRules.endAfterStart("remand", f.startDate(), f.endDate()));
        r.setRemandRef(f.remandRef().trim());
        r.setStartDate(f.startDate());
        r.setEndDate(f.endDate());
        r.setPlacement(f.placement());
    }

    private RemandView view(Remand r) {
        return RemandView.of(r, settings.current().remandCostPerNight().getOrDefault(r.getPlacement(), 0.0), LocalDate.now());
    }

    private Remand require(UUID id) {
        return remands.findById(id).orElseThrow(() -> new NotFoundException("Remand"));
    }

    private static ProblemException duplicateRef(String ref) {
        return ProblemException.field("remand_ref", "unique", "Another remand episode already has the reference " + ref);
    }
}
