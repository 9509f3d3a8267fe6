package org.yothub.volunteers.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.yothub.volunteers.demo.DemoVolunteerData.DemoVolunteer;

/**
 * A demo panel rota from four weeks ago to six weeks ahead that obeys the booking rules: two
 * cleared community panel members available at that time (one a chair), no one twice on a day,
 * officers taking turns; past panels carry an outcome.
 */
final class DemoPanelData {
    private static final Map<String, List<String>> VENUES = Map.of(
            "leicestershire", List.of("YOS office, Loughborough", "Coalville Community Centre", "Hinckley Hub meeting room",
                    "Market Harborough Library meeting room", "Oakham Youth Centre"),
            "southampton", List.of("Civic Centre, Southampton", "Shirley Community Centre", "Woolston Library meeting room"),
            "portsmouth", List.of("Civic Offices, Portsmouth", "Fratton Community Centre", "Cosham Library meeting room"));
    private static final String[] OUTCOMES = {"contract_agreed", "contract_agreed", "contract_agreed", "review", "review",
            "final"};
    final DemoTable panels = new DemoTable("referral_panel", "id", "child_id", "sits_on", "starts_at", "ends_at", "venue",
            "virtual", "yot_officer_id", "status", "outcome", "outcome_notes");
    final DemoTable members = new DemoTable("panel_member", "id", "panel_id", "volunteer_id", "chair");
    private final Map<LocalDate, Set<UUID>> booked = new java.util.HashMap<>();

    static DemoPanelData generate(DemoProfile profile, DemoVolunteerData volunteers, LocalDate today, int renewalYears,
                                  List<UUID> officers) {
        DemoPanelData d = new DemoPanelData();
        if (officers.isEmpty()) {
            return d;
        }
        Random random = new Random(profile.seed() * 31);
        DayOfWeek[] days = {DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.MONDAY};
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int n = 0;
        for (int week = -4; week < 6; week++) {
            for (int k = 0; k < profile.panelsPerWeek(); k++) {
                LocalDate day = monday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(days[(k + week + 8) % days.length]));
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY;
                boolean evening = !weekend && day.getDayOfWeek() != DayOfWeek.MONDAY;
                LocalTime start = evening ? LocalTime.of(18, 0) : LocalTime.of(10, 0);
                List<DemoVolunteer> pair = d.pick(volunteers.active, day, today, renewalYears, weekend ? 2 : evening ? 1 : 0,
                        random);
                if (pair == null) {
                    continue;
                }
                UUID id = volunteers.id("panel", ++n);
                boolean past = day.isBefore(today);
                List<String> venues = VENUES.getOrDefault(profile.tenant(), List.of("YOT office"));
                boolean virtual = random.nextInt(6) == 0;
                d.panels.add(id, null, day, start, start.plusMinutes(90), virtual ? null : venues.get(random.nextInt(venues.size())),
                        virtual, officers.get(n % officers.size()), past ? "held" : "scheduled",
                        past ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null, null);
                d.members.add(volunteers.id("panel-member-chair", n), id, pair.get(0).id(), true);
                d.members.add(volunteers.id("panel-member", n), id, pair.get(1).id(), false);
            }
        }
        return d;
    }

    /** A chair and a second member, both cleared for the date and free that day, or null. */
    private List<DemoVolunteer> pick(List<DemoVolunteer> active, LocalDate day, LocalDate today, int renewalYears,
                                            int slot, Random random) {
        Set<UUID> busy = booked.computeIfAbsent(day, x -> new HashSet<>());
        LocalDate clearedFrom = (day.isBefore(today) ? day : today).minusDays(1);
        LocalDate clearedTo = (day.isAfter(today) ? day : today).plusDays(1);
        List<DemoVolunteer> eligible = active.stream()
                .filter(v -> v.availability()[slot] && !busy.contains(v.id()))
                .filter(v -> v.dbsIssuedOn().isBefore(clearedFrom) && v.dbsIssuedOn().plusYears(renewalYears).isAfter(clearedTo))
                .toList();
        List<DemoVolunteer> chairs = eligible.stream().filter(v -> v.roles().contains("panel_chair")).toList();
        List<DemoVolunteer> others = eligible.stream().filter(v -> v.roles().contains("community_panel_member")
                && !v.roles().contains("panel_chair")).toList();
        if (chairs.isEmpty() || others.isEmpty()) {
            return null;
        }
        DemoVolunteer chair = chairs.get(random.nextInt(chairs.size()));
        DemoVolunteer other = others.get(random.nextInt(others.size()));
        busy.add(chair.id());
        busy.add(other.id());
        return List.of(chair, other);
    }
}
