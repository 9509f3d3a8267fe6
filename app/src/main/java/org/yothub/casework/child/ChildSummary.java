package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a search result or caseload list. */
@Serdeable
public record ChildSummary(UUID id, String childRef, @Nullable String givenName, @Nullable String familyName,
                           LocalDate dateOfBirth, String sex, String ethnicity, String status,
                           @Nullable UUID caseManagerId, @Nullable String caseManagerName) {

    public String displayName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return name.isEmpty() ? childRef : name;
    }
}
