package org.yothub.platform.tenancy;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;

/** The current tenant's settings and population, for feature code (which never names a tenant). */
@Singleton
public class TenantSettingsService {
    private final TransactionOperations<Connection> tx;
    private final TenantTransactions tenantTx;
    private final JsonMapper json;
    private final CurrentTenant currentTenant;

    TenantSettingsService(TransactionOperations<Connection> tx, TenantTransactions tenantTx, JsonMapper json,
                          CurrentTenant currentTenant) {
        this.tx = tx;
        this.tenantTx = tenantTx;
        this.json = json;
        this.currentTenant = currentTenant;
    }

    /** The current tenant's settings (inside a {@link ReadOnce} unit, read once for it). */
    public TenantSettings current() {
        return ReadOnce.read("tenant_setting", currentTenant.require(), this::read);
    }

    private TenantSettings read() {
        return tenantTx.inTenant(true, () -> {
            try (PreparedStatement ps = tx.getConnection().prepareStatement(
                    "SELECT settings::text FROM tenant_setting WHERE tenant_id = ?")) {
                ps.setString(1, currentTenant.require());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? json.readValue(rs.getString(1), TenantSettings.class) : TenantSettings.defaults();
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not read tenant settings", e);
            }
        });
    }

    /** The 10-17 population of a calendar year split by sex and top-level ethnic group, where declared. */
    public record Population(int total, java.util.Map<String, Integer> bySex, java.util.Map<String, Integer> byEthnicity) { }

    @SuppressWarnings("unchecked")
    public java.util.Optional<Population> populationDetail(int year) {
        return tenantTx.inTenant(true, () -> {
            try (PreparedStatement ps = tx.getConnection().prepareStatement(
                    "SELECT total, by_sex::text, by_ethnicity::text FROM tenant_population WHERE tenant_id = ? AND year = ?")) {
                ps.setString(1, currentTenant.require());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.<Population>empty();
                    }
                    return java.util.Optional.of(new Population(rs.getInt(1), counts(rs.getString(2)), counts(rs.getString(3))));
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not read the population", e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Integer> counts(String jsonText) throws IOException {
        if (jsonText == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, Object> raw = json.readValue(jsonText, java.util.Map.class);
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }

    /** The 10-17 population for a calendar year, if the tenant declared it. */
    public OptionalInt population(int year) {
        return tenantTx.inTenant(true, () -> {
            try (PreparedStatement ps = tx.getConnection().prepareStatement(
                    "SELECT total FROM tenant_population WHERE tenant_id = ? AND year = ?")) {
                ps.setString(1, currentTenant.require());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the population", e);
            }
        });
    }
}
