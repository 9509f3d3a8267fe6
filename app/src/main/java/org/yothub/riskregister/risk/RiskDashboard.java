package org.yothub.riskregister.risk;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;

/** What a manager or the board needs at a glance: bands, overdue reviews and actions, the heat map, escalations. */
@Singleton
public class RiskDashboard {
    private final RiskService risks;
    private final TenantSettingsService settings;

    RiskDashboard(RiskService risks, TenantSettingsService settings) {
        this.risks = risks;
        this.settings = settings;
    }

    @Serdeable
    public record Summary(int high, int medium, int low, int escalated, int closed, List<RiskView> overdueReviews,
                          List<OverdueAction> overdueActions, HeatMap heatMap) { }

    @Serdeable
    public record OverdueAction(UUID riskId, String riskRef, String riskTitle, RiskView.ActionView action) { }

    /** Likelihood rows from 5 (almost certain) down to 1, impact columns 1 to 5; live (not closed) risks only. */
    @Serdeable
    public record HeatMap(List<HeatRow> rows, int highBound, int mediumBound) { }

    @Serdeable
    public record HeatRow(int likelihood, String label, List<HeatCell> cells) { }

    @Serdeable
    public record HeatCell(int impact, int score, String band, int count, List<String> riskRefs) { }

    @TenantTransactional(readOnly = true)
    public Summary summary() {
        List<RiskView> all = risks.list(null, null, null);
        List<RiskView> live = all.stream().filter(r -> !"closed".equals(r.status())).toList();
        List<OverdueAction> overdue = new ArrayList<>();
        for (RiskView r : live) {
            r.actions().stream().filter(RiskView.ActionView::overdue)
                    .forEach(a -> overdue.add(new OverdueAction(r.id(), r.riskRef(), r.title(), a)));
        }
        overdue.sort(Comparator.comparing(o -> o.action().dueOn()));
        return new Summary(count(live, "high"), count(live, "medium"), count(live, "low"),
                (int) live.stream().filter(r -> "escalated".equals(r.status())).count(),
                all.size() - live.size(),
                live.stream().filter(RiskView::reviewOverdue).sorted(Comparator.comparing(RiskView::reviewOn)).toList(),
                overdue, heatMap(live));
    }

    @TenantTransactional(readOnly = true)
    public HeatMap heatMap() {
        return heatMap(risks.list(null, null, null).stream().filter(r -> !"closed".equals(r.status())).toList());
    }

    /** Risks escalated to the management board, highest score first. */
    @TenantTransactional(readOnly = true)
    public List<RiskView> board() {
        return risks.list("escalated", null, null);
    }

    private HeatMap heatMap(List<RiskView> live) {
        TenantSettings.RiskBands bands = settings.current().riskBands();
        List<HeatRow> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<HeatCell> cells = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int likelihood = l;
                int impact = i;
                List<String> refs = live.stream().filter(r -> r.likelihood() == likelihood && r.impact() == impact)
                        .map(RiskView::riskRef).sorted().toList();
                int score = RiskScale.score(l, i);
                cells.add(new HeatCell(i, score, RiskScale.band(score, bands), refs.size(), refs));
            }
            rows.add(new HeatRow(l, RiskScale.LIKELIHOOD[l - 1], cells));
        }
        return new HeatMap(rows, bands.high(), bands.medium());
    }

    private static int count(List<RiskView> risks, String band) {
        return (int) risks.stream().filter(r -> band.equals(r.band())).count();
    }
}
