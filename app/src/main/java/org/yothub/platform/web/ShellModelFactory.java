package org.yothub.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yothub.platform.security.CsrfTokens;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantDirectory;

/** Builds the {@link ShellModel} for a request from its verified authentication. */
@Singleton
public class ShellModelFactory {
    private final TenantDirectory tenants;
    private final CsrfTokens csrfTokens;
    private final DemoMode demoMode;

    ShellModelFactory(TenantDirectory tenants, CsrfTokens csrfTokens, DemoMode demoMode) {
        this.tenants = tenants;
        this.csrfTokens = csrfTokens;
        this.demoMode = demoMode;
    }

    public ShellModel create(HttpRequest<?> request) {
        String path = request == null ? "/" : request.getPath();
        Optional<Authentication> auth = request == null ? Optional.empty()
                : request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
        if (auth.isEmpty()) {
            return new ShellModel(demoMode.enabled(), false, null, null, null, List.of(), null, path, List.of());
        }
        Authentication a = auth.get();
        String tenant = CurrentTenant.fromAuthentication(a).orElse(null);
        String tenantName = tenant == null ? "All YOTs" : tenants.displayName(tenant);
        Object name = a.getAttributes().get("name");
        List<String> roles = List.copyOf(a.getRoles());
        return new ShellModel(demoMode.enabled(), true, tenant, tenantName, name == null ? a.getName() : name.toString(),
                roles, csrfTokens.tokenFor(a).orElse(null), path, navigation(tenant != null, roles, path));
    }

    private static List<ShellModel.NavItem> navigation(boolean inTenant, Collection<String> roles, String path) {
        List<ShellModel.NavItem> items = new ArrayList<>();
        items.add(item("Home", "/", path));
        if (inTenant) {
            if (any(roles, Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER)) {
                items.add(item("Children", "/children", path));
            }
            if (any(roles, Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER)) {
                items.add(item("Caseload", "/caseload", path));
            }
            if (any(roles, Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER)) {
                items.add(item("Performance", "/performance", path));
            }
            if (any(roles, Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER)) {
                items.add(item("Volunteers", "/volunteers", path));
            }
            if (any(roles, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.BOARD_MEMBER)) {
                items.add(item("Risks", "/risks", path));
            }
            if (any(roles, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER)) {
                items.add(item("Plans", "/plans", path));
            }
            if (roles.contains(Roles.YOT_MANAGER)) {
                items.add(item("Audit log", "/audit", path));
            }
        } else {
            items.add(item("Benchmarking", "/benchmarking", path));
            if (roles.contains(Roles.OVERSIGHT)) {
                items.add(item("Oversight report", "/oversight-reports", path));
            }
            if (roles.contains(Roles.PLATFORM_ADMIN)) {
                items.add(item("Plan batches", "/admin/plan-batches", path));
            }
        }
        return items;
    }

    private static boolean any(Collection<String> roles, String... wanted) {
        for (String w : wanted) {
            if (roles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static ShellModel.NavItem item(String label, String href, String path) {
        boolean current = href.equals("/") ? path.equals("/") : path.startsWith(href);
        return new ShellModel.NavItem(label, href, current);
    }
}
