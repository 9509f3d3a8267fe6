package org.yothub.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rows of the national dataset, one record type per table. {@link #values()} gives the
 * columns of {@link Table#columns()} after {@code tenant_id}, in order, for COPY.
 */
final class CaseRecords {
    private CaseRecords() {
    }

    /** A table the dataset fills, with the columns it writes (tenant_id first). */
    enum Table {
        CHILD("child", "tenant_id, id, child_ref, given_name, family_name, date_of_birth, sex, ethnicity, "
                + "ethnicity_detail, postcode_district, looked_after, case_manager_id, status, opened_on, closed_on"),
        OFFENCE("offence", "tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score, serious_violence"),
        OUTCOME("outcome", "tenant_id, id, child_id, offence_id, outcome_date, outcome_code, release_date, court"),
        INTERVENTION("intervention", "tenant_id, id, child_id, intervention_ref, outcome_code, outcome_id, start_date, "
                + "end_date, end_reason, ete_status_at_end, ete_hours_at_end, accommodation_suitable_at_end, send_identified, "
                + "send_formal_plan, mh_need, mh_intervention_planned, mh_attending, sm_need, sm_treatment_planned, sm_attending"),
        REMAND("remand", "tenant_id, id, child_id, remand_ref, start_date, end_date, placement"),
        VICTIM("victim", "tenant_id, id, offence_id, victim_ref, consented_to_contact, offered_rj, engaged_rj, rj_type, satisfied"),
        HEARING("hearing", "tenant_id, id, child_id, offence_id, hearing_date, court, hearing_type, result"),
        CONTACT_PERSON("child_contact_person", "tenant_id, id, child_id, kind, name, relationship, organisation, phone, "
                + "parental_responsibility"),
        CONTACT("contact", "tenant_id, id, child_id, intervention_id, contact_at, contact_type, outcome, "
                + "follow_up_due, followed_up_on, recorded_by");

        private final String name;
        private final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }

        String tableName() {
            return name;
        }

        String columns() {
            return columns;
        }
    }

    /** A row of one table. */
    interface Row {
        Table table();

        Object[] values();
    }

    record Child(UUID id, String ref, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                 String ethnicity, String ethnicityDetail, String postcodeDistrict, boolean lookedAfter,
                 UUID caseManagerId, String status, LocalDate openedOn, LocalDate closedOn) implements Row {
        public Table table() {
            return Table.CHILD;
        }

        public Object[] values() {
            return new Object[] {id, ref, givenName, familyName, dateOfBirth, sex, ethnicity, ethnicityDetail,
                    postcodeDistrict, lookedAfter, caseManagerId, status, openedOn, closedOn};
        }
    }

    record Offence(UUID id, UUID childId, String ref, LocalDate date, String category, int gravity,
                   boolean seriousViolence) implements Row {
        public Table table() {
            return Table.OFFENCE;
        }

        public Object[] values() {
            return new Object[] {id, childId, ref, date, category, gravity, seriousViolence};
        }
    }

    record Outcome(UUID id, UUID childId, UUID offenceId, LocalDate date, String code, LocalDate releaseDate,
                   String court) implements Row {
        public Table table() {
            return Table.OUTCOME;
        }

        public Object[] values() {
            return new Object[] {id, childId, offenceId, date, code, releaseDate, court};
        }
    }

    record Intervention(UUID id, UUID childId, String ref, String code, UUID outcomeId, LocalDate start, LocalDate end,
                        String endReason, String eteStatus, BigDecimal eteHours, Boolean accommodationSuitable,
                        Boolean sendIdentified, Boolean sendFormalPlan, Boolean mhNeed, Boolean mhPlanned,
                        Boolean mhAttending, Boolean smNeed, Boolean smPlanned, Boolean smAttending) implements Row {
        public Table table() {
            return Table.INTERVENTION;
        }

        public Object[] values() {
            return new Object[] {id, childId, ref, code, outcomeId, start, end, endReason, eteStatus, eteHours,
                    accommodationSuitable, sendIdentified, sendFormalPlan, mhNeed, mhPlanned, mhAttending, smNeed,
                    smPlanned, smAttending};
        }
    }

    record Remand(UUID id, UUID childId, String ref, LocalDate start, LocalDate end, String placement) implements Row {
        public Table table() {
            return Table.REMAND;
        }

        public Object[] values() {
            return new Object[] {id, childId, ref, start, end, placement};
        }
    }

    record Victim(UUID id, UUID offenceId, String ref, boolean consented, boolean offeredRj, boolean engagedRj,
                  String rjType, Boolean satisfied) implements Row {
        public Table table() {
            return Table.VICTIM;
        }

        public Object[] values() {
            return new Object[] {id, offenceId, ref, consented, offeredRj, engagedRj, rjType, satisfied};
        }
    }

    record Hearing(UUID id, UUID childId, UUID offenceId, LocalDate date, String court, String type, String result)
            implements Row {
        public Table table() {
            return Table.HEARING;
        }

        public Object[] values() {
            return new Object[] {id, childId, offenceId, date, court, type, result};
        }
    }

    record ContactPerson(UUID id, UUID childId, String kind, String name, String relationship, String organisation,
                         String phone, Boolean parentalResponsibility) implements Row {
        public Table table() {
            return Table.CONTACT_PERSON;
        }

        public Object[] values() {
            return new Object[] {id, childId, kind, name, relationship, organisation, phone, parentalResponsibility};
        }
    }

    record Contact(UUID id, UUID childId, UUID interventionId, LocalDateTime at, String type, String outcome,
                   LocalDate followUpDue, LocalDate followedUpOn, UUID recordedBy) implements Row {
        public Table table() {
            return Table.CONTACT;
        }

        public Object[] values() {
            return new Object[] {id, childId, interventionId, at, type, outcome, followUpDue, followedUpOn, recordedBy};
        }
    }

    /** One child's whole generated record. */
    record Case(Child child, List<Offence> offences, List<Outcome> outcomes, List<Intervention> interventions,
                List<Remand> remands, List<Victim> victims, List<Hearing> hearings, List<ContactPerson> people) {
    }
}
