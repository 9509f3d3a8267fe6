package org.yothub.volunteers.volunteer;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One line of the volunteer register: who, status, current roles and DBS expiry. */
@Serdeable
public record VolunteerRow(UUID id, String volunteerRef, String name, String status, List<String> roleCodes,
                           List<String> roleLabels, LocalDate dbsExpiresOn, boolean availableWeekdays,
                           boolean availableEvenings, boolean availableWeekends) {
}
