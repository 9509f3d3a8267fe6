package org.yothub.casework.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * One status row. For ETE, {@code suitable} applies domain.md §4a on the effective date: education,
 * training or employment for at least 25 hours a week under 16, else at least 16 hours.
 */
@Serdeable
public record StatusView(UUID id, UUID childId, String kind, String kindLabel, LocalDate effectiveDate, String value,
                         String valueLabel, @Nullable BigDecimal hours, @Nullable Boolean suitable,
                         @Nullable String notes, long version) implements AuditedEntity {

    static StatusView of(ChildStatus s, LocalDate dateOfBirth) {
        return new StatusView(s.getId(), s.getChildId(), s.getKind(), StatusKinds.LABELS.get(s.getKind()),
                s.getEffectiveDate(), s.getValue(), StatusKinds.valueLabel(s.getValue()), s.getHours(),
                suitable(s, dateOfBirth), s.getNotes(), s.getVersion() == null ? 0 : s.getVersion());
    }

    private static Boolean suitable(ChildStatus s, LocalDate dateOfBirth) {
        switch (s.getKind()) {
            case "accommodation":
                return "suitable".equals(s.getValue());
            case "ete":
                if (!List.of("education", "training", "employment").contains(s.getValue())) {
                    return false;
                }
                if (s.getHours() == null) {
                    return null;
                }
                boolean under16 = s.getEffectiveDate().isBefore(dateOfBirth.plusYears(16));
                return s.getHours().compareTo(BigDecimal.valueOf(under16 ? 25 : 16)) >= 0;
            default:
                return null;
        }
    }

    @Override
    public Object auditId() {
        return id;
    }
}
