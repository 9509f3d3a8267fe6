package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.testing.CaseFixtures;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/** Cached measures are served until the tenant's data changes, by any writer, and never after. */
@MicronautTest(transactional = false)
class MeasureCacheIT {
    private static final String FTE = "/api/v1/measures/first-time-entrants?period=FY2019-20-Q2&as_of=2026-01-01";
    private static final String CUSTODY = "/api/v1/measures/custody?period=FY2019-20-Q2&as_of=2026-01-01";

    @Inject
    @Client("/")
    HttpClient http;

    private long number(String path, String field, String tenant) {
        Map<?, ?> r = http.toBlocking().retrieve(HttpRequest.GET(path)
                .bearerAuth(TestSessions.token(http.toBlocking(), tenant, "performance")), Map.class);
        return ((Number) r.get(field)).longValue();
    }

    private static long dataVersion(String tenant) throws SQLException {
        try (Connection c = Database.owner();
             PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)");
             PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) FROM tenant_data_version")) {
            set.setString(1, tenant);
            set.execute();
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aChangeCommittedByAnyWriterIsSeenByTheNextRequest() throws SQLException {
        long before = number(FTE, "count", "southampton");
        assertEquals(before, number(FTE, "count", "southampton"), "a repeated request answers the same");
        try (CaseFixtures f = CaseFixtures.existingTenant("southampton")) {
            UUID child = f.child(LocalDate.of(2005, 3, 1));
            f.proven(child, LocalDate.of(2019, 7, 2), LocalDate.of(2019, 8, 15), "YC");
        }
        assertEquals(before + 1, number(FTE, "count", "southampton"));
    }

    @Test
    void oneTransactionRaisesTheVersionOnceWhateverItChanges() throws SQLException {
        long custodyBefore = number(CUSTODY, "custodial_sentences", "portsmouth");
        long before = dataVersion("portsmouth");
        try (CaseFixtures f = CaseFixtures.existingTenant("portsmouth")) {
            UUID child = f.child(LocalDate.of(2004, 1, 1));
            f.proven(child, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 9, 1), "DTO");
            f.remand(child, LocalDate.of(2019, 6, 2), LocalDate.of(2019, 6, 20), "YOI");
        }
        assertEquals(before + 1, dataVersion("portsmouth"));
        assertEquals(custodyBefore + 1, number(CUSTODY, "custodial_sentences", "portsmouth"));
    }

    @Test
    void anotherTenantsChangeLeavesTheVersionAlone() throws SQLException {
        long before = dataVersion("leicestershire");
        try (CaseFixtures f = CaseFixtures.existingTenant("southampton")) {
            f.child(LocalDate.of(2008, 5, 5));
        }
        assertEquals(before, dataVersion("leicestershire"));
    }
}
