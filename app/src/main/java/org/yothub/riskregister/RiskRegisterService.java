package org.yothub.riskregister;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.riskregister.risk.RiskService;
import org.yothub.riskregister.risk.RiskView;

/**
 * The risk register as other features see it. The plans feature pulls "challenges, risks and
 * issues" from {@link #highAndEscalated()} and the risks linked to a plan priority or action
 * from {@link #linkedTo(String, UUID)}. Always the current tenant's register.
 */
@Singleton
public class RiskRegisterService {
    private final RiskService risks;

    RiskRegisterService(RiskService risks) {
        this.risks = risks;
    }

    /** A risk as a plan or report shows it. */
    @Serdeable
    public record RiskSummary(UUID id, String riskRef, String objective, String title, String description,
                              int likelihood, int impact, int score, String band, String status, String owner,
                              LocalDate reviewOn, List<String> controls, List<String> actions) {
        static RiskSummary of(RiskView r) {
            return new RiskSummary(r.id(), r.riskRef(), r.objective(), r.title(), r.description(), r.likelihood(),
                    r.impact(), r.score(), r.band(), r.status(), r.owner(), r.reviewOn(),
                    r.actions().stream().filter(a -> "control".equals(a.kind())).map(RiskView.ActionView::description).toList(),
                    r.actions().stream().filter(a -> "action".equals(a.kind())).map(a -> a.description()
                            + (a.owner() == null ? "" : " (" + a.owner() + (a.dueOn() == null ? "" : ", by " + a.dueOn()) + ")"))
                            .toList());
        }
    }

    /** Live risks in the high band or escalated to the board, highest score first. */
    @TenantTransactional(readOnly = true)
    public List<RiskSummary> highAndEscalated() {
        return risks.list(null, null, null).stream()
                .filter(r -> !"closed".equals(r.status()))
                .filter(r -> "high".equals(r.band()) || "escalated".equals(r.status()))
                .map(RiskSummary::of).toList();
    }

    /** Risks linked to a record of another feature, e.g. ("plan_priority", id). */
    @TenantTransactional(readOnly = true)
    public List<RiskSummary> linkedTo(String linkedType, UUID linkedId) {
        return risks.linkedTo(linkedType, linkedId).stream().map(RiskSummary::of).toList();
    }
}
