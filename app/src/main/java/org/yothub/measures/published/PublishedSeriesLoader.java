package org.yothub.measures.published;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.yothub.platform.tenancy.TenantsLoaded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantTransactions;

/**
 * Loads each tenant's {@code published.yml} at startup, replacing that tenant's published points
 * when (and only when) the file's content differs from what is stored.
 */
@Singleton
class PublishedSeriesLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedSeriesLoader.class);
    private final TenantTransactions transactions;
    private final TransactionOperations<Connection> tx;

    PublishedSeriesLoader(TenantTransactions transactions, TransactionOperations<Connection> tx) {
        this.transactions = transactions;
        this.tx = tx;
    }

    @EventListener
    void load(TenantsLoaded loaded) {
        Path directory = loaded.directory();
        int written = 0;
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path file = dir.resolve("published.yml");
                if (Files.exists(file) && loaded.tenants().contains(dir.getFileName().toString())) {
                    List<PublishedPoint> points = PublishedSeriesFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                    String tenant = dir.getFileName().toString();
                    written += TenantScope.call(tenant, () -> transactions.inTenant(false, () -> replace(tenant, points)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Published reference series loaded ({} points written)", written);
    }

    private int replace(String tenant, List<PublishedPoint> points) {
        Connection c = tx.getConnection();
        try {
            List<PublishedPoint> stored = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT measure, geography, source, period, value FROM published_point "
                    + "WHERE tenant_id = ? ORDER BY measure, geography, source, period")) {
                ps.setString(1, tenant);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new PublishedPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
                    }
                }
            }
            List<PublishedPoint> wanted = points.stream().sorted(java.util.Comparator.comparing(PublishedPoint::measure)
                    .thenComparing(PublishedPoint::geography).thenComparing(PublishedPoint::source).thenComparing(PublishedPoint::period)).toList();
            if (same(stored, wanted)) {
                return 0;
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM published_point WHERE tenant_id = ?")) {
                del.setString(1, tenant);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO published_point (tenant_id, measure, geography, source, period, value) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (PublishedPoint p : wanted) {
                    ins.setString(1, tenant);
                    ins.setString(2, p.measure());
                    ins.setString(3, p.geography());
                    ins.setString(4, p.source());
                    ins.setString(5, p.period());
                    ins.setBigDecimal(6, p.value());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return wanted.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store published series of " + tenant, e);
        }
    }

    private static boolean same(List<PublishedPoint> a, List<PublishedPoint> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PublishedPoint x = a.get(i);
            PublishedPoint y = b.get(i);
            if (!x.measure().equals(y.measure()) || !x.geography().equals(y.geography()) || !x.source().equals(y.source())
                    || !x.period().equals(y.period()) || x.value().compareTo(y.value()) != 0) {
                return false;
            }
        }
        return true;
    }
}
