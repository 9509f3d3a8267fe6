package org.yothub.platform.web;

import java.util.List;

/** What every page's frame shows: who is signed in to which YOT, the demo banner and navigation. */
public record ShellModel(
        boolean demo,
        boolean signedIn,
        String tenantCode,
        String tenantName,
        String userName,
        List<String> roles,
        String csrfToken,
        String path,
        List<NavItem> nav) {

    public record NavItem(String label, String href, boolean current) { }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
