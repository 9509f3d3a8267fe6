package org.yothub.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/**
 * The audit log is append-only for the service and tamper-evident for everyone else. Each test
 * uses its own scratch chain so tampering does not disturb the demo tenants' chains.
 */
@MicronautTest(transactional = false)
class AuditChainIT {
    @Inject
    AuditLog auditLog;
    @Inject
    AuditChainVerifier verifier;
    @Inject
    @Client("/")
    HttpClient http;

    private static String scratchChain() {
        return "_test" + Long.toHexString(System.nanoTime());
    }

    private void write(String chain, int events) {
        for (int i = 0; i < events; i++) {
            auditLog.recordFor(chain, "user-" + i, "case_manager", AuditAction.VIEW, "success");
        }
    }

    private static void asOwner(String chain, String sql) throws SQLException {
        try (Connection c = Database.ownerIn(chain)) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, chain);
                assertEquals(1, ps.executeUpdate());
            }
            c.commit();
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        String chain = scratchChain();
        write(chain, 5);
        AuditChainVerifier.Result result = verifier.verify(chain);
        assertTrue(result.intact());
        assertEquals(5, result.rowsChecked());
    }

    @Test
    void detectsAnAlteredRow() throws SQLException {
        String chain = scratchChain();
        write(chain, 5);
        asOwner(chain, "UPDATE audit_event SET outcome = 'denied' WHERE tenant_id = ? AND seq = 3");
        AuditChainVerifier.Result result = verifier.verify(chain);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenSeq());
    }

    @Test
    void detectsADeletedRow() throws SQLException {
        String chain = scratchChain();
        write(chain, 5);
        asOwner(chain, "DELETE FROM audit_event WHERE tenant_id = ? AND seq = 2");
        AuditChainVerifier.Result result = verifier.verify(chain);
        assertFalse(result.intact());
        assertEquals(2L, result.firstBrokenSeq());
    }

    @Test
    void detectsARemovedTail() throws SQLException {
        String chain = scratchChain();
        write(chain, 3);
        asOwner(chain, "DELETE FROM audit_event WHERE tenant_id = ? AND seq = 1");
        assertEquals(1L, verifier.verify(chain).firstBrokenSeq());
    }

    @Test
    void theRuntimeRoleCannotUpdateOrDeleteAuditRows() throws SQLException {
        try (Connection c = Database.runtime()) {
            c.setAutoCommit(false);
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', true)");
            SQLException update = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE audit_event SET outcome = 'x'"));
            assertEquals("42501", update.getSQLState());
            c.rollback();
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', true)");
            SQLException delete = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM audit_event"));
            assertEquals("42501", delete.getSQLState());
            c.rollback();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void signInsAreAuditedAndAManagerCanVerifyTheirChain() {
        String token = TestSessions.freshToken(http.toBlocking(), "leicestershire", "yot.manager", TestSessions.DEMO_PASSWORD);
        Map<String, Object> result = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit/verify").bearerAuth(token), Map.class);
        assertEquals(true, result.get("intact"));
        assertTrue(((Number) result.get("rows_checked")).intValue() >= 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewIsAppendedWithTheReadAndAFailedViewIsRecordedToo() throws SQLException {
        String token = TestSessions.token(http.toBlocking(), "portsmouth", "case.manager");
        List<Map<String, Object>> children = http.toBlocking().retrieve(
                HttpRequest.GET("/api/v1/children").bearerAuth(token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        String seen = (String) children.get(0).get("id");
        String missing = UUID.randomUUID().toString();
        http.toBlocking().exchange(HttpRequest.GET("/api/v1/children/" + seen).bearerAuth(token));
        HttpClientResponseException notFound = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/children/" + missing).bearerAuth(token)));
        assertEquals(404, notFound.getStatus().getCode());

        assertEquals("success", lastOutcome("portsmouth", seen));
        assertEquals("not_found", lastOutcome("portsmouth", missing));
        String manager = TestSessions.token(http.toBlocking(), "portsmouth", "yot.manager");
        Map<String, Object> result = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/audit/verify").bearerAuth(manager), Map.class);
        assertEquals(true, result.get("intact"));
    }

    private static String lastOutcome(String tenant, String entityId) throws SQLException {
        try (Connection c = Database.ownerIn(tenant);
             PreparedStatement ps = c.prepareStatement("SELECT outcome FROM audit_event WHERE tenant_id = ? "
                     + "AND action = 'view' AND entity_type = 'child' AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, tenant);
            ps.setString(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
