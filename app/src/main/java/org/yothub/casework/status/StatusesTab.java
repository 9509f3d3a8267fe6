package org.yothub.casework.status;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The statuses tab: what is in force today and every change. */
@Serdeable
public record StatusesTab(List<StatusView> current, List<StatusView> history) {
}
