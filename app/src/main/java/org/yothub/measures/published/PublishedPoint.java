package org.yothub.measures.published;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** One published figure: a measure's value for a period and geography, as a document stated it. */
@Serdeable
public record PublishedPoint(String measure, String geography, String source, String period, BigDecimal value) {
}
