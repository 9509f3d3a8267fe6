package org.yothub.riskregister.risk;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.riskregister.objective.RiskObjectiveService;
import org.yothub.riskregister.objective.RiskObjectiveView;
import org.yothub.riskregister.risk.RiskRepositories.RiskActionRepository;
import org.yothub.riskregister.risk.RiskRepositories.RiskHistoryRepository;
import org.yothub.riskregister.risk.RiskRepositories.RiskLinkRepository;

/** Builds {@link RiskView}s: derived score and band, source-convention displays, actions, links and trend. */
@Singleton
class RiskViews {
    private final RiskActionRepository actions;
    private final RiskLinkRepository links;
    private final RiskHistoryRepository history;
    private final RiskObjectiveService objectives;
    private final StaffUserRepository staff;
    private final TenantSettingsService settings;

    RiskViews(RiskActionRepository actions, RiskLinkRepository links, RiskHistoryRepository history,
              RiskObjectiveService objectives, StaffUserRepository staff, TenantSettingsService settings) {
        this.actions = actions;
        this.links = links;
        this.history = history;
        this.objectives = objectives;
        this.staff = staff;
        this.settings = settings;
    }

    /** Full views, with the trend, for one or a few risks. */
    RiskView detailed(Risk risk) {
        List<RiskView.TrendPoint> trend = history.findByRiskIdOrderByChangedAt(risk.getId()).stream()
                .map(h -> new RiskView.TrendPoint(h.getChangedAt(), h.getChangedBy(), h.getChange(), h.getBeforeScore(),
                        h.getAfterScore(), h.getAfterStatus(), h.getNote())).toList();
        return build(List.of(risk), trend).get(0);
    }

    /** Views for a list (no trend), with actions and links loaded in two queries. */
    List<RiskView> listed(List<Risk> risks) {
        return build(risks, List.of());
    }

    private List<RiskView> build(List<Risk> risks, List<RiskView.TrendPoint> trend) {
        if (risks.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = risks.stream().map(Risk::getId).toList();
        Map<UUID, List<RiskAction>> actionsByRisk = actions.findByRiskIdIn(ids).stream()
                .collect(Collectors.groupingBy(RiskAction::getRiskId));
        Map<UUID, List<RiskLink>> linksByRisk = links.findByRiskIdIn(ids).stream()
                .collect(Collectors.groupingBy(RiskLink::getRiskId));
        Map<UUID, String> objectiveTitles = objectives.all().stream()
                .collect(Collectors.toMap(RiskObjectiveView::id, RiskObjectiveView::title));
        Map<UUID, String> staffNames = staff.findAllOrderByDisplayName().stream()
                .collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName, (a, b) -> a));
        TenantSettings.RiskBands bands = settings.current().riskBands();
        LocalDate today = LocalDate.now();
        return risks.stream().map(r -> view(r, actionsByRisk.getOrDefault(r.getId(), List.of()),
                linksByRisk.getOrDefault(r.getId(), List.of()), objectiveTitles, staffNames, bands, today, trend)).toList();
    }

    private static RiskView view(Risk r, List<RiskAction> acts, List<RiskLink> ls, Map<UUID, String> objectiveTitles,
                                 Map<UUID, String> staffNames, TenantSettings.RiskBands bands, LocalDate today,
                                 List<RiskView.TrendPoint> trend) {
        int score = RiskScale.score(r.getLikelihood(), r.getImpact());
        String band = RiskScale.band(score, bands);
        SourceConvention convention = SourceConvention.of(r.getSourceConvention(), "source_convention");
        boolean open = !"closed".equals(r.getStatus());
        List<RiskView.ActionView> actionViews = acts.stream()
                .sorted(java.util.Comparator.comparing(RiskAction::getKind).reversed().thenComparing(RiskAction::getCreatedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(a -> new RiskView.ActionView(a.getId(), a.getKind(), a.getDescription(), a.getOwner(), a.getDueOn(),
                        a.getStatus(), open && a.getDueOn() != null && a.getDueOn().isBefore(today) && !"done".equals(a.getStatus()),
                        a.getVersion())).toList();
        return new RiskView(r.getId(), r.getRiskRef(), r.getObjectiveId(), objectiveTitles.get(r.getObjectiveId()),
                r.getTitle(), r.getDescription(), r.getCause(), r.getImpactNarrative(), r.getLikelihood(), r.getImpact(),
                score, band, r.getTargetScore(), r.getOwnerRole(), r.getOwnerStaffId(),
                r.getOwnerStaffId() == null ? null : staffNames.get(r.getOwnerStaffId()), r.getReviewOn(),
                open && r.getReviewOn() != null && r.getReviewOn().isBefore(today), r.getStatus(), r.getSourceConvention(),
                r.getSourceRating(), convention.display(r.getImpact(), band).orElse(null), 6 - r.getImpact(),
                SourceConvention.SOUTHAMPTON_RATING.display(r.getImpact(), band).orElseThrow(), actionViews,
                ls.stream().map(l -> new RiskView.LinkView(l.getId(), l.getLinkedType(), l.getLinkedId())).toList(),
                trend, r.getVersion(), r.getUpdatedAt());
    }
}
