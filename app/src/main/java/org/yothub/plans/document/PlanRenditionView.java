package org.yothub.plans.document;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A PDF of a plan rendered by a plan batch: when, by which batch, how large (the bytes are downloaded separately). */
@Serdeable
public record PlanRenditionView(UUID id, UUID planId, UUID batchId, Instant renderedAt, int size, String sha256) {
}
