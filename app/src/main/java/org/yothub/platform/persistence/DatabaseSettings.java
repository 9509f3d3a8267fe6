package org.yothub.platform.persistence;

/**
 * Where the database is and which two roles to use: the owner runs migrations, the runtime role
 * serves requests and is subject to row-level security.
 */
public record DatabaseSettings(
        String jdbcUrl,
        String runtimeUser,
        String runtimePassword,
        String ownerUser,
        String ownerPassword,
        boolean embedded) {

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", runtime=" + runtimeUser + ", owner=" + ownerUser
                + ", embedded=" + embedded + "]";
    }
}
