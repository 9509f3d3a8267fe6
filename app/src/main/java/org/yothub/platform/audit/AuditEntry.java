package org.yothub.platform.audit;

import java.time.Instant;

/** One audit row as stored. Never holds field values of the record acted on. */
public record AuditEntry(
        String tenantId,
        long seq,
        Instant occurredAt,
        String userId,
        String role,
        String action,
        String entityType,
        String entityId,
        String outcome,
        String requestId,
        String clientAddress,
        String prevHash,
        String hash) {

    static final String GENESIS = "0".repeat(64);

    /** The canonical text hashed into the chain: every column but the hashes, unit-separated. */
    String canonical() {
        return String.join("\u001f", tenantId, Long.toString(seq), canonicalRest());
    }

    /** The canonical text after tenant and sequence number (the database appends with these; see audit_append). */
    String canonicalRest() {
        return String.join("\u001f", occurredAt.toString(), nz(userId), nz(role), action, nz(entityType),
                nz(entityId), outcome, nz(requestId), nz(clientAddress));
    }

    String expectedHash() {
        return AuditHashes.sha256(prevHash + "\u001e" + canonical());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
