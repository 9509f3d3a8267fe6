package org.yothub.volunteers.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a demo tenant's volunteers, their roles, DBS checks, trainings and hours,
 * deterministically from the profile's seed and the date: the same inputs always give the same
 * rows and ids. Everyone active was active all of last year; hours run from January last year
 * (or the day they joined) to today.
 */
final class DemoVolunteerData {
    static final String[] VOLUNTEER_COLUMNS = {"id", "volunteer_ref", "given_name", "family_name", "email", "phone",
            "joined_on", "left_on", "status", "sex", "ethnic_group", "age_band", "skills", "languages",
            "available_weekdays", "available_evenings", "available_weekends"};
    private static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    private static final int[] AGE_WEIGHTS = {12, 18, 17, 18, 20, 15};
    private static final double[] HOURS = {2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0};
    private final DemoProfile profile;
    private final LocalDate today;
    private final int renewalYears;
    private final Random random;
    final DemoTable volunteers = new DemoTable("volunteer", VOLUNTEER_COLUMNS);
    final DemoTable assignments = new DemoTable("volunteer_assignment", "id", "volunteer_id", "role_code", "assigned_on",
            "ended_on");
    final DemoTable checks = new DemoTable("dbs_check", "id", "volunteer_id", "level", "issued_on", "certificate_ref");
    final DemoTable trainings = new DemoTable("volunteer_training", "id", "volunteer_id", "course", "role_code", "title",
            "completed_on");
    final DemoTable hours = new DemoTable("volunteer_hours", "id", "volunteer_id", "worked_on", "hours", "activity",
            "role_code", "notes");
    /** Active volunteers as the panel rota needs them. */
    final List<DemoVolunteer> active = new ArrayList<>();

    record DemoVolunteer(UUID id, List<String> roles, LocalDate dbsIssuedOn, boolean[] availability) { }

    private DemoVolunteerData(DemoProfile profile, LocalDate today, int renewalYears) {
        this.profile = profile;
        this.today = today;
        this.renewalYears = renewalYears;
        this.random = new Random(profile.seed());
    }

    static DemoVolunteerData generate(DemoProfile profile, LocalDate today, int renewalYears) {
        DemoVolunteerData d = new DemoVolunteerData(profile, today, renewalYears);
        d.generateActive();
        d.generateApplicants();
        d.generateLeavers();
        return d;
    }

    static String ref(int n) {
        return String.format("V-%04d", n);
    }

    UUID id(String kind, int n) {
        return UUID.nameUUIDFromBytes((profile.tenant() + ":" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    private void generateActive() {
        int n = profile.active();
        List<String> sexes = new ArrayList<>(Collections.nCopies(profile.female(), "F"));
        sexes.addAll(Collections.nCopies(n - profile.female(), "M"));
        List<String> ethnic = new ArrayList<>();
        String[] groups = {"Asian", "Black", "Mixed", "Other"};
        for (int g = 0; g < groups.length; g++) {
            ethnic.addAll(Collections.nCopies(profile.bme()[g], groups[g]));
        }
        ethnic.addAll(Collections.nCopies(profile.unknownEthnic(), null));
        ethnic.addAll(Collections.nCopies(n - ethnic.size(), "White"));
        Collections.shuffle(sexes, random);
        Collections.shuffle(ethnic, random);
        List<List<String>> roles = DemoRoleMix.allocate(n, random);
        LocalDate lastYearStart = LocalDate.of(today.getYear() - 1, 1, 1);
        int expired = Math.max(1, n / 100);
        for (int i = 0; i < n; i++) {
            LocalDate joined = random.nextInt(100) < 8 ? lastYearStart.plusDays(random.nextInt(240))
                    : lastYearStart.minusDays(30 + random.nextInt(11 * 365));
            UUID id = id("volunteer", i + 1);
            boolean[] availability = availability();
            addVolunteer(id, ref(i + 1), sexes.get(i), ethnic.get(i), joined, null, "active", availability);
            LocalDate issued = i < expired ? today.minusYears(renewalYears).minusDays(5 + random.nextInt(40))
                    : today.minusDays(10 + random.nextInt(renewalYears * 365 - 20));
            checks.add(id("dbs", i + 1), id, "enhanced_barred", issued, String.format("0012%08d", 1000 + i * 37));
            trainings.add(id("yjb", i + 1), id, "yjb_panel", null, "YJB volunteer panel training", joined.minusDays(21));
            for (int r = 0; r < roles.get(i).size(); r++) {
                String role = roles.get(i).get(r);
                trainings.add(id("role-training-" + r, i + 1), id, "role", role, null, joined.minusDays(7));
                assignments.add(id("assignment-" + r, i + 1), id, role, joined, null);
            }
            active.add(new DemoVolunteer(id, roles.get(i), issued, availability));
            generateHours(id, i + 1, roles.get(i), joined.isAfter(lastYearStart) ? joined : lastYearStart);
        }
    }

    private void generateHours(UUID volunteer, int n, List<String> roles, LocalDate from) {
        int entry = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            int first = m.equals(YearMonth.from(from)) ? from.getDayOfMonth() : 1;
            int last = m.equals(YearMonth.from(today)) ? today.getDayOfMonth() : m.lengthOfMonth();
            if (last < first) {
                continue;
            }
            int entries = 1 + random.nextInt(2);
            for (int e = 0; e < entries; e++) {
                String role = roles.get(random.nextInt(roles.size()));
                LocalDate day = m.atDay(first + random.nextInt(last - first + 1));
                hours.add(id("hours", n * 1000 + entry++), volunteer, day,
                        BigDecimal.valueOf(HOURS[random.nextInt(HOURS.length)]), DemoRoleMix.activityOf(role), role, null);
            }
            if (m.getMonthValue() % 2 == 1 && random.nextBoolean() && last >= 15 && first <= 15) {
                hours.add(id("hours", n * 1000 + entry++), volunteer, m.atDay(15), BigDecimal.valueOf(2.0), "training",
                        roles.get(0), "Bi-monthly volunteer training event");
            }
        }
    }

    private void generateApplicants() {
        for (int i = 0; i < profile.applicants(); i++) {
            int n = profile.active() + i + 1;
            UUID id = id("volunteer", n);
            addVolunteer(id, ref(n), random.nextBoolean() ? "F" : "M", random.nextInt(5) == 0 ? "Asian" : "White",
                    null, null, "applicant", availability());
            if (i % 2 == 0) {
                checks.add(id("dbs", n), id, "enhanced_barred", today.minusDays(5 + random.nextInt(30)), null);
            }
            if (i % 3 == 0) {
                trainings.add(id("yjb", n), id, "yjb_panel", null, "YJB volunteer panel training",
                        today.minusDays(3 + random.nextInt(20)));
            }
        }
    }

    private void generateLeavers() {
        for (int i = 0; i < profile.leavers(); i++) {
            int n = profile.active() + profile.applicants() + i + 1;
            UUID id = id("volunteer", n);
            LocalDate joined = LocalDate.of(today.getYear() - 8, 1, 1).plusDays(random.nextInt(3 * 365));
            LocalDate left = LocalDate.of(today.getYear() - 2, 1, 1).plusDays(random.nextInt(360));
            addVolunteer(id, ref(n), random.nextBoolean() ? "F" : "M", "White", joined, left, "left", availability());
            checks.add(id("dbs", n), id, "enhanced_barred", joined.minusDays(40), null);
            trainings.add(id("yjb", n), id, "yjb_panel", null, "YJB volunteer panel training", joined.minusDays(21));
            trainings.add(id("role-training-0", n), id, "role", "community_panel_member", null, joined.minusDays(7));
            assignments.add(id("assignment-0", n), id, "community_panel_member", joined, left);
        }
    }

    private void addVolunteer(UUID id, String ref, String sex, String ethnic, LocalDate joined, LocalDate left,
                              String status, boolean[] availability) {
        List<String> given = "F".equals(sex) ? DemoProfile.FEMALE_NAMES : DemoProfile.MALE_NAMES;
        String first = given.get(random.nextInt(given.size()));
        String family = DemoProfile.FAMILY_NAMES.get(random.nextInt(DemoProfile.FAMILY_NAMES.size()));
        String email = (first + "." + family).toLowerCase(java.util.Locale.ROOT) + "." + ref.substring(2) + "@example.org";
        String phone = String.format("07700 900%03d", random.nextInt(1000));
        String skills = DemoProfile.SKILLS.get(random.nextInt(DemoProfile.SKILLS.size()));
        String languages = random.nextInt(6) == 0 ? DemoProfile.LANGUAGES.get(random.nextInt(DemoProfile.LANGUAGES.size()))
                : null;
        volunteers.add(id, ref, first, family, email, phone, joined, left, status, sex, ethnic, ageBand(), skills,
                languages, availability[0], availability[1], availability[2]);
    }

    private String ageBand() {
        int pick = random.nextInt(100);
        for (int i = 0; i < AGE_BANDS.length; i++) {
            pick -= AGE_WEIGHTS[i];
            if (pick < 0) {
                return AGE_BANDS[i];
            }
        }
        return AGE_BANDS[AGE_BANDS.length - 1];
    }

    private boolean[] availability() {
        boolean weekdays = random.nextInt(100) < 55;
        boolean evenings = random.nextInt(100) < 75;
        boolean weekends = random.nextInt(100) < 40;
        return new boolean[] {weekdays || !(evenings || weekends), evenings, weekends};
    }
}
