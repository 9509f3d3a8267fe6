package org.yothub.casework.caseload;

import java.time.LocalDate;
import java.util.UUID;

/** The raw facts of one open case as of a date, read in one query for the whole caseload. */
record CaseFacts(UUID childId, String childRef, String givenName, String familyName, UUID caseManagerId,
                 String caseManagerName, long childVersion, String orderRef, String outcomeCode, String tier,
                 LocalDate orderStart, String level, LocalDate assessedOn, LocalDate plannedOn,
                 LocalDate planFirstSignedOff, LocalDate lastReview, int attendedThisMonth, int followUpsOverdue,
                 LocalDate significantChange, int outcomesToRecord, int enforcementDue) {
}
