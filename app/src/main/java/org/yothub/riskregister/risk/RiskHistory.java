package org.yothub.riskregister.risk;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.yothub.riskregister.risk.RiskRepositories.RiskHistoryRepository;

/** Appends to a risk's history: who (the signed-in person's name), when, what, and the score before and after. */
@Singleton
class RiskHistory {
    /** Who is recorded for changes made with no one signed in (startup loading of demo data). */
    static final String SYSTEM = "yot-hub (demo data)";
    private final RiskHistoryRepository history;
    private final SecurityService security;

    RiskHistory(RiskHistoryRepository history, SecurityService security) {
        this.history = history;
        this.security = security;
    }

    /** The state of a risk that history compares. */
    record State(int likelihood, int impact, String status) {
        static State of(Risk r) {
            return new State(r.getLikelihood(), r.getImpact(), r.getStatus());
        }
    }

    void record(UUID riskId, String change, State before, State after, String note) {
        RiskHistoryEntry e = new RiskHistoryEntry();
        e.setId(UUID.randomUUID());
        e.setRiskId(riskId);
        e.setChangedAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
        e.setChangedBy(actor());
        e.setChange(change);
        if (before != null) {
            e.setBeforeLikelihood(before.likelihood());
            e.setBeforeImpact(before.impact());
            e.setBeforeScore(RiskScale.score(before.likelihood(), before.impact()));
            e.setBeforeStatus(before.status());
        }
        e.setAfterLikelihood(after.likelihood());
        e.setAfterImpact(after.impact());
        e.setAfterScore(RiskScale.score(after.likelihood(), after.impact()));
        e.setAfterStatus(after.status());
        e.setNote(note == null || note.length() <= 1000 ? note : note.substring(0, 1000));
        history.save(e);
    }

    private String actor() {
        return security.getAuthentication().map(RiskHistory::nameOf).orElse(SYSTEM);
    }

    private static String nameOf(Authentication a) {
        Object name = a.getAttributes().get("name");
        return name == null ? a.getName() : name.toString();
    }
}
