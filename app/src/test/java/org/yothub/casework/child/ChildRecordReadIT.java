package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.NotFoundException;
import org.yothub.testing.Database;

/**
 * A whole-record read reads its child once ({@link ChildService#readingOnce}): inside it, the
 * sections' checks of the child answer from that read; once it ends, nothing of it is kept.
 */
@MicronautTest(transactional = false)
class ChildRecordReadIT {
    private static final String TENANT = "southampton";
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ChildService children;
    @Inject
    ChildRecordService records;
    @Inject
    TenantTransactions transactions;

    @Test
    void insideARecordReadTheChildIsReadOnceAndAfterItIsReadAgain() {
        Map<String, Object> made = createChild(client.toBlocking(), TENANT);
        UUID id = UUID.fromString(made.get("id").toString());
        assertEquals(made.get("child_ref"), TenantScope.call(TENANT, () -> records.load(id)).child().childRef());

        ChildFacts during = TenantScope.call(TENANT, () -> transactions.inTenant(true, () -> children.readingOnce(() -> {
            children.find(id);
            delete(id); // by another connection, committed: a second read of the child would not find it
            return children.facts(id);
        })));
        assertEquals(made.get("child_ref"), during.childRef());

        // the read is over: nothing of it is kept on this thread, so the child is read again, and is gone
        assertThrows(NotFoundException.class, () -> TenantScope.call(TENANT, () -> children.facts(id)));
        assertThrows(NotFoundException.class, () -> TenantScope.call(TENANT, () -> records.load(id)));
    }

    private static void delete(UUID id) {
        try (Connection c = Database.ownerIn(TENANT);
             PreparedStatement ps = c.prepareStatement("DELETE FROM child WHERE id = ?")) {
            ps.setObject(1, id);
            assertEquals(1, ps.executeUpdate());
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
