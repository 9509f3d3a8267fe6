package org.yothub.plans;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.web.NotFoundException;
import org.yothub.riskregister.RiskRegisterService;
import org.yothub.riskregister.risk.RiskService;
import org.yothub.riskregister.risk.RiskView;

/** The current YOT's risk register as plans read it (through the register's public services). */
@Singleton
class RiskRegisterRisks implements PlanRisks {
    private final RiskRegisterService register;
    private final RiskService risks;

    RiskRegisterRisks(RiskRegisterService register, RiskService risks) {
        this.register = register;
        this.risks = risks;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public List<Risk> highAndEscalated() {
        return register.highAndEscalated().stream().map(r -> {
            List<String> actions = new ArrayList<>(r.controls());
            actions.addAll(r.actions());
            return new Risk(r.id(), r.riskRef(), r.title(), r.description(), r.band(), r.score(), r.status(), r.owner(),
                    r.reviewOn(), actions);
        }).toList();
    }

    @Override
    public Optional<Risk> find(UUID id) {
        try {
            RiskView r = risks.show(id);
            return Optional.of(new Risk(r.id(), r.riskRef(), r.title(), r.description(), r.band(), r.score(), r.status(), r.owner(),
                    r.reviewOn(), r.actions().stream().map(RiskView.ActionView::description).toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
