package org.yothub.platform.audit;

/** What was done. Stored lower-case. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, VIEW, CREATE, UPDATE, DELETE, EXPORT, IMPORT, VERIFY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
