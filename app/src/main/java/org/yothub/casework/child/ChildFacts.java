package org.yothub.casework.child;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need to check their rules against a child (e.g. age on an offence date). */
/** @param open the case is open (not closed) */
public record ChildFacts(UUID id, String childRef, LocalDate dateOfBirth, boolean open) {

    /** The date of the child's tenth birthday, the age of criminal responsibility. */
    public LocalDate tenthBirthday() {
        return dateOfBirth.plusYears(10);
    }
}
