package org.yothub.casework.caseload;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;

/** The caseload dashboard: one query for the cases, rules applied in memory. */
@Singleton
public class CaseloadService {
    private final CaseloadQuery query;
    private final TenantSettingsService settings;

    CaseloadService(CaseloadQuery query, TenantSettingsService settings) {
        this.query = query;
        this.settings = settings;
    }

    /** A case manager's own cases ({@code caseManager} given) or the whole team's (null). */
    @TenantTransactional(readOnly = true)
    public CaseloadView caseload(UUID caseManager, LocalDate asOf) {
        LocalDate on = asOf == null ? WorkingDays.today() : asOf;
        TenantSettings s = settings.current();
        List<CaseloadView.Entry> cases = query.openCases(on, caseManager, s.timescales()).stream()
                .map(f -> CaseloadRules.entry(f, s, on)).toList();
        return new CaseloadView(on, caseManager == null ? "team" : "mine", counts(cases), cases,
                caseManager == null ? loads(cases) : List.of());
    }

    private static CaseloadView.Counts counts(List<CaseloadView.Entry> cases) {
        return new CaseloadView.Counts(cases.size(),
                (int) cases.stream().filter(CaseloadView.Entry::assessmentOverdue).count(),
                (int) cases.stream().filter(CaseloadView.Entry::planOverdue).count(),
                (int) cases.stream().filter(CaseloadView.Entry::reviewOverdue).count(),
                (int) cases.stream().filter(CaseloadView.Entry::contactsBelowMinimum).count(),
                (int) cases.stream().filter(e -> e.followUpsOverdue() > 0).count(),
                (int) cases.stream().filter(e -> e.outcomesToRecord() > 0).count(),
                (int) cases.stream().filter(e -> e.enforcementDue() > 0).count(),
                (int) cases.stream().filter(e -> e.caseManagerId() == null).count());
    }

    private static List<CaseloadView.ManagerLoad> loads(List<CaseloadView.Entry> cases) {
        Map<UUID, int[]> totals = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        UUID none = new UUID(0, 0);
        for (CaseloadView.Entry e : cases) {
            UUID key = e.caseManagerId() == null ? none : e.caseManagerId();
            names.putIfAbsent(key, e.caseManagerId() == null ? "Not allocated" : e.caseManagerName());
            int[] t = totals.computeIfAbsent(key, k -> new int[2]);
            t[0]++;
            t[1] += e.overdueItems();
        }
        List<CaseloadView.ManagerLoad> out = new ArrayList<>();
        totals.forEach((k, t) -> out.add(new CaseloadView.ManagerLoad(k.equals(none) ? null : k, names.get(k), t[0], t[1])));
        out.sort(java.util.Comparator.comparing(CaseloadView.ManagerLoad::name));
        return out;
    }
}
