package org.yothub.measures.published;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/** The current tenant's published reference figures (never mixed with computed values). */
@Singleton
public class PublishedSeriesService {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    PublishedSeriesService(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    @TenantTransactional(readOnly = true)
    public List<PublishedPoint> all() {
        List<PublishedPoint> out = new ArrayList<>();
        try (PreparedStatement ps = tx.getConnection().prepareStatement("SELECT measure, geography, source, period, value "
                + "FROM published_point WHERE tenant_id = ? ORDER BY measure, geography, period")) {
            ps.setString(1, currentTenant.require());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublishedPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read published series", e);
        }
        return out;
    }
}
