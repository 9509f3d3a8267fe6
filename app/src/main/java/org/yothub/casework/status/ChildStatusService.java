package org.yothub.casework.status;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.child.ChildFacts;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.ReadOnce;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** A child's statuses over time, and the statuses in force on a date. */
@Singleton
public class ChildStatusService {
    private final ChildStatusRepository statuses;
    private final ChildService children;

    ChildStatusService(ChildStatusRepository statuses, ChildService children) {
        this.statuses = statuses;
        this.children = children;
    }

    /** Every change, newest first. */
    @TenantTransactional(readOnly = true)
    public List<StatusView> history(UUID childId) {
        return ReadOnce.read("statuses", childId, () -> {
            ChildFacts child = children.facts(childId);
            return statuses.findByChildIdOrderByEffectiveDateDesc(childId).stream()
                    .map(s -> StatusView.of(s, child.dateOfBirth())).toList();
        });
    }

    /** For each kind, the latest change effective on or before {@code date} (kinds never recorded are absent). */
    @TenantTransactional(readOnly = true)
    public List<StatusView> asOf(UUID childId, LocalDate date) {
        Map<String, StatusView> current = new LinkedHashMap<>();
        StatusKinds.kinds().forEach(k -> current.put(k, null));
        for (StatusView s : history(childId)) {
            if (!s.effectiveDate().isAfter(date) && current.get(s.kind()) == null) {
                current.put(s.kind(), s);
            }
        }
        return current.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    @TenantTransactional(readOnly = true)
    public StatusView find(UUID id) {
        ChildStatus s = require(id);
        return StatusView.of(s, children.facts(s.getChildId()).dateOfBirth());
    }

    @TenantTransactional
    public StatusView create(UUID childId, StatusForm form) {
        ChildFacts child = children.facts(childId);
        check(child, form);
        if (statuses.existsByChildIdAndKindAndEffectiveDate(childId, form.kind(), form.effectiveDate())) {
            throw duplicate(form);
        }
        ChildStatus s = new ChildStatus();
        s.setId(UUID.randomUUID());
        s.setChildId(childId);
        apply(s, form);
        return StatusView.of(statuses.save(s), child.dateOfBirth());
    }

    @TenantTransactional
    public StatusView update(UUID id, StatusForm form) {
        ChildStatus s = require(id);
        ChildFacts child = children.facts(s.getChildId());
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the record you edited");
        }
        check(child, form);
        if (statuses.existsByChildIdAndKindAndEffectiveDateAndIdNotEqual(s.getChildId(), form.kind(), form.effectiveDate(), id)) {
            throw duplicate(form);
        }
        apply(s, form);
        s.setVersion(form.version());
        return StatusView.of(statuses.update(s), child.dateOfBirth());
    }

    /** Deletes the status row; with {@code version}, only while it is still that version (else 409). */
    @TenantTransactional
    public void delete(UUID id, @Nullable Long version) {
        ChildStatus s = require(id);
        Versions.requireCurrent("The status", version, s.getVersion());
        statuses.delete(s);
    }

    private static void check(ChildFacts child, StatusForm f) {
        List<String> allowed = StatusKinds.VALUES.get(f.kind());
        if (!allowed.contains(f.value())) {
            throw ProblemException.field("value", "allowed_for_kind",
                    "For " + f.kind() + " the value must be one of " + String.join(", ", allowed));
        }
        if (f.hours() != null && !"ete".equals(f.kind())) {
            throw ProblemException.field("hours", "ete_only", "Hours a week are recorded only for education, training or employment");
        }
        if (f.effectiveDate().isBefore(child.dateOfBirth())) {
            throw ProblemException.field("effective_date", "not_before_birth", "The date is before the child's date of birth");
        }
    }

    private static void apply(ChildStatus s, StatusForm f) {
        s.setKind(f.kind());
        s.setEffectiveDate(f.effectiveDate());
        s.setValue(f.value());
        s.setHours(f.hours());
        s.setNotes(f.notes() == null || f.notes().isBlank() ? null : f.notes().trim());
    }

    private ChildStatus require(UUID id) {
        return statuses.findById(id).orElseThrow(() -> new NotFoundException("Status"));
    }

    private static ProblemException duplicate(StatusForm f) {
        return ProblemException.field("effective_date", "unique",
                "A " + f.kind() + " status is already recorded from " + f.effectiveDate() + "; change that one instead");
    }
}
