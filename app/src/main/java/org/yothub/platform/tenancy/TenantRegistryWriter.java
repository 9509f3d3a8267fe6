package org.yothub.platform.tenancy;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes declared tenants to the registry and their tenant-owned settings and populations.
 * Each statement is an upsert that skips rows whose values are unchanged, so loading the same
 * files twice writes nothing.
 */
@Singleton
class TenantRegistryWriter {
    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;

    TenantRegistryWriter(TransactionOperations<Connection> tx, JsonMapper json) {
        this.tx = tx;
        this.json = json;
    }

    int upsertTenant(TenantDefinition t, boolean demo) {
        return tx.executeWrite(status -> execute(status.getConnection(), """
                INSERT INTO tenant (code, name, area, region, family, context, demo)
                VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, area = EXCLUDED.area, region = EXCLUDED.region,
                  family = EXCLUDED.family, context = EXCLUDED.context, demo = EXCLUDED.demo, updated_at = now()
                WHERE (tenant.name, tenant.area, tenant.region, tenant.family, tenant.context, tenant.demo)
                  IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.area, EXCLUDED.region, EXCLUDED.family, EXCLUDED.context, EXCLUDED.demo)
                """, t.code(), t.name(), t.area(), t.region(), toJson(t.family()), toJson(t.context()), demo));
    }

    /** Runs inside the tenant's own transaction (row-level security admits only its rows). */
    int upsertTenantOwned(TenantDefinition t) {
        Connection c = tx.getConnection();
        int written = execute(c, """
                INSERT INTO tenant_setting (tenant_id, settings) VALUES (?, ?::jsonb)
                ON CONFLICT (tenant_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()
                WHERE tenant_setting.settings IS DISTINCT FROM EXCLUDED.settings
                """, t.code(), toJson(t.settings()));
        for (Map.Entry<Integer, Integer> e : t.population().entrySet()) {
            TenantDefinition.PopulationDetail d = t.populationDetail().get(e.getKey());
            written += execute(c, """
                    INSERT INTO tenant_population (tenant_id, year, total, by_sex, by_ethnicity)
                    VALUES (?, ?, ?, ?::jsonb, ?::jsonb)
                    ON CONFLICT (tenant_id, year) DO UPDATE SET total = EXCLUDED.total, by_sex = EXCLUDED.by_sex,
                      by_ethnicity = EXCLUDED.by_ethnicity
                    WHERE (tenant_population.total, tenant_population.by_sex, tenant_population.by_ethnicity)
                      IS DISTINCT FROM (EXCLUDED.total, EXCLUDED.by_sex, EXCLUDED.by_ethnicity)
                    """, t.code(), e.getKey(), e.getValue(),
                    d == null || d.bySex().isEmpty() ? null : toJson(d.bySex()),
                    d == null || d.byEthnicity().isEmpty() ? null : toJson(d.byEthnicity()));
        }
        return written;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int execute(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write tenant data: " + e.getMessage(), e);
        }
    }
}
