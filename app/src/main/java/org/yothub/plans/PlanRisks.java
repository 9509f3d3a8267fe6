package org.yothub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What plans need from the risk register: its high and escalated risks, and a risk by id (for linking actions). */
public interface PlanRisks {

    /** A risk as a plan shows it; {@code band} is high, medium or low. */
    record Risk(UUID id, String ref, String title, String description, String band, int score, String status, String owner,
                LocalDate reviewOn, List<String> actions) { }

    /** False when this YOT has no risk register to read from. */
    boolean available();

    List<Risk> highAndEscalated();

    Optional<Risk> find(UUID id);
}
