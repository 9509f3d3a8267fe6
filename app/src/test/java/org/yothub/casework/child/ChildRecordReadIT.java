package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.post;
import static org.yothub.casework.CaseworkFixtures.unique;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.casework.contact.ContactFixtures;
import org.yothub.platform.tenancy.ReadOnce;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.NotFoundException;
import org.yothub.testing.Database;

/**
 * A whole-record read is one {@link ReadOnce} unit: inside it, what several sections read (the
 * child, the tenant's settings, the child's orders, offences, hearings, contacts, statuses) is
 * answered from its first read; once it ends, nothing of it is kept. Shown by changing those rows
 * from another connection in the middle of a unit.
 */
@MicronautTest(transactional = false)
class ChildRecordReadIT {
    private static final String TENANT = "southampton";
    /** The sections whose reads are shared: they answer from a unit's first read. */
    private static final List<String> ONCE = List.of("offences", "contacts", "statuses");
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ChildService children;
    @Inject
    ChildRecordService records;
    @Inject
    TenantSettingsService settings;
    @Inject
    TenantTransactions transactions;

    @Test
    void insideARecordReadTheChildIsReadOnceAndAfterItIsReadAgain() {
        Map<String, Object> made = createChild(client.toBlocking(), TENANT);
        UUID id = UUID.fromString(made.get("id").toString());
        assertEquals(made.get("child_ref"), TenantScope.call(TENANT, () -> records.load(id)).child().childRef());

        ChildFacts during = TenantScope.call(TENANT, () -> transactions.inTenant(true, () -> ReadOnce.within(() -> {
            children.find(id);
            update("DELETE FROM child WHERE id = ?", id); // a second read of the child would not find it
            return children.facts(id);
        })));
        assertEquals(made.get("child_ref"), during.childRef());

        // the read is over: nothing of it is kept on this thread, so the child is read again, and is gone
        assertThrows(NotFoundException.class, () -> TenantScope.call(TENANT, () -> children.facts(id)));
        assertThrows(NotFoundException.class, () -> TenantScope.call(TENANT, () -> records.load(id)));
    }

    @Test
    void insideARecordReadWhatSeveralSectionsReadIsReadOnce() {
        var http = client.toBlocking();
        Map<String, Object> made = createChild(http, TENANT);
        UUID id = UUID.fromString(made.get("id").toString());
        String base = "/api/v1/children/" + id;
        Map<String, Object> offence = createOffence(http, TENANT, id, "YRO");
        post(http, TENANT, base + "/interventions", Map.of("intervention_ref", unique("IN"), "outcome_code", "YRO",
                "start_date", "2022-06-01", "outcome_id", ((Map<?, ?>) offence.get("outcome")).get("id")));
        post(http, TENANT, base + "/hearings", Map.of("offence_id", offence.get("id"), "hearing_date", "2024-02-01",
                "court", "Southampton Youth Court", "hearing_type", "sentence", "result", "sentenced"));
        ContactFixtures.create(http, TENANT, id, ContactFixtures.form("2024-03-04T10:00:00", "attended"));
        post(http, TENANT, base + "/statuses", Map.of("kind", "ete", "effective_date", "2024-01-10", "value", "training",
                "hours", 20));
        ChildRecord before = TenantScope.call(TENANT, () -> records.load(id));
        assertTrue(before.sections().get("offences").toString().contains(offence.get("offence_ref").toString()));
        String saved = settingsText();
        try {
            Inside inside = TenantScope.call(TENANT, () -> transactions.inTenant(true, () -> ReadOnce.within(() -> {
                ChildRecord first = records.load(id);
                TenantSettings read = settings.current();
                update("DELETE FROM hearing WHERE child_id = ?", id);
                update("DELETE FROM contact WHERE child_id = ?", id);
                update("DELETE FROM child_status WHERE child_id = ?", id);
                update("DELETE FROM intervention WHERE child_id = ?", id);
                update("DELETE FROM offence WHERE child_id = ?", id); // and its outcome
                update("UPDATE tenant_setting SET settings = jsonb_set(settings, '{dbs_renewal_years}', '9') "
                        + "WHERE tenant_id = ?", TENANT);
                return new Inside(first, records.load(id), read, settings.current());
            })));
            assertEquals(before, inside.first());
            // the offences tab (offences, outcomes, hearings), the contacts tab (contacts, the orders they
            // count against, the settings' contact frequencies) and the statuses tab answer from the first read
            for (String section : ONCE) {
                assertEquals(inside.first().sections().get(section), inside.again().sections().get(section), section);
            }
            assertEquals(inside.settings(), inside.settingsAgain());
            // the orders tab reads its interventions itself: the rows were gone in the middle of the unit
            assertNotEquals(inside.first().sections().get("orders"), inside.again().sections().get("orders"));

            // the unit is over: everything is read again, and the changes are seen
            ChildRecord after = TenantScope.call(TENANT, () -> records.load(id));
            for (String section : ONCE) {
                assertNotEquals(before.sections().get(section), after.sections().get(section), section);
            }
            assertEquals(9, TenantScope.call(TENANT, () -> settings.current()).dbsRenewalYears());
            assertNotEquals(9, inside.settings().dbsRenewalYears());
        } finally {
            update("UPDATE tenant_setting SET settings = ?::jsonb WHERE tenant_id = ?", saved, TENANT);
        }
    }

    /** Two reads of the whole record and of the settings inside one unit, with the rows changed between them. */
    private record Inside(ChildRecord first, ChildRecord again, TenantSettings settings, TenantSettings settingsAgain) {
    }

    private static String settingsText() {
        try (Connection c = Database.ownerIn(TENANT);
             PreparedStatement ps = c.prepareStatement("SELECT settings::text FROM tenant_setting WHERE tenant_id = ?")) {
            ps.setString(1, TENANT);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement by another connection (the schema's owner) and commits it. */
    private static void update(String sql, Object... params) {
        try (Connection c = Database.ownerIn(TENANT); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
