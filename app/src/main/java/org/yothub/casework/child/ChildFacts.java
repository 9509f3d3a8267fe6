package org.yothub.casework.child;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need to check their rules against a child (e.g. age on an offence date). */
public record ChildFacts(UUID id, String childRef, LocalDate dateOfBirth) {

    /** The date of the child's tenth birthday, the age of criminal responsibility. */
    public LocalDate tenthBirthday() {
        return dateOfBirth.plusYears(10);
    }
}
