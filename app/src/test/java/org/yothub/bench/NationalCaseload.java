package org.yothub.bench;

import static org.yothub.bench.NationalDistributions.isCourt;
import static org.yothub.bench.NationalDistributions.isCustodial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.yothub.bench.CaseRecords.Case;
import org.yothub.bench.CaseRecords.Child;
import org.yothub.bench.CaseRecords.ContactPerson;
import org.yothub.bench.CaseRecords.Hearing;
import org.yothub.bench.CaseRecords.Intervention;
import org.yothub.bench.CaseRecords.Offence;
import org.yothub.bench.CaseRecords.Outcome;
import org.yothub.bench.CaseRecords.Remand;
import org.yothub.bench.CaseRecords.Victim;

/**
 * One tenant's share of the national dataset: children with offences, outcomes, interventions,
 * remands, victims, sentencing hearings and parents/carers. Deterministic: child {@code n} of a
 * tenant and seed is always the same, and its id is {@code md5('<tenant>/child/<n>')::uuid}.
 * Every record obeys the validation rules: the child is 10-17 on each offence date, outcomes
 * follow their offences, release dates only on custodial outcomes, nothing ends before it
 * starts, nothing recorded is dated after {@code until}, a closed case closes after it opened.
 */
final class NationalCaseload {
    private final String tenant;
    private final long seed;
    private final LocalDate from;
    private final LocalDate until;
    private final double meanOffences;
    private final List<UUID> caseManagers;
    private final String court;
    private final String postcodeArea;

    NationalCaseload(String tenant, long seed, LocalDate from, LocalDate until, double meanOffences,
                     List<UUID> caseManagers, String court) {
        this.tenant = tenant;
        this.seed = seed;
        this.from = from;
        this.until = until;
        this.meanOffences = Math.max(1, meanOffences);
        this.caseManagers = List.copyOf(caseManagers);
        this.court = court;
        this.postcodeArea = tenant.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    static UUID childId(String tenant, int n) {
        return Pick.md5Id(tenant + "/child/" + n);
    }

    static String childRef(String tenant, int n) {
        return String.format("%s-%06d", tenant.toUpperCase(Locale.ROOT), n);
    }

    /** Children {@code 1..count}, handed over one at a time. */
    void generate(int count, Consumer<Case> sink) {
        int openIndex = 0;
        for (int n = 1; n <= count; n++) {
            Case c = new Builder(n).build(openIndex);
            if ("open".equals(c.child().status())) {
                openIndex++;
            }
            sink.accept(c);
        }
    }

    /** Builds one child's record from its own random stream. */
    private final class Builder {
        private final int n;
        private final SplittableRandom r;
        private final UUID childId;
        private final String ref;
        private final List<Offence> offences = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<Remand> remands = new ArrayList<>();
        private final List<Victim> victims = new ArrayList<>();
        private final List<Hearing> hearings = new ArrayList<>();
        private LocalDate dob;
        private LocalDate lastActivity;
        private boolean running;

        Builder(int n) {
            this.n = n;
            this.r = new SplittableRandom(seed * 1_000_003L + n * 7_919L + tenant.hashCode());
            this.childId = childId(tenant, n);
            this.ref = childRef(tenant, n);
        }

        Case build(int openIndex) {
            LocalDate first = from.plusDays(r.nextInt((int) (until.toEpochDay() - from.toEpochDay() - 30)));
            int age = NationalDistributions.AGE_AT_FIRST.from(r);
            dob = first.minusYears(age).minusDays(r.nextInt(365));
            lastActivity = first;
            offences(first);
            boolean open = running || lastActivity.isAfter(until.minusDays(365));
            UUID manager = open && !caseManagers.isEmpty() ? caseManagers.get(openIndex % caseManagers.size()) : null;
            String sex = NationalDistributions.SEX.from(r);
            String ethnicity = NationalDistributions.ETHNICITY.from(r);
            String detail = Pick.one(NationalDistributions.ETHNICITY_DETAIL.get(ethnicity), r);
            String given = Pick.one("F".equals(sex) ? NationalDistributions.GIRLS : NationalDistributions.BOYS, r);
            String family = Pick.one(NationalDistributions.FAMILY, r);
            boolean lookedAfter = r.nextInt(100) < 12;
            Child child = new Child(childId, ref, given, family, dob, sex, ethnicity, detail.isEmpty() ? null : detail,
                    r.nextInt(100) < 90 ? postcodeArea + (1 + r.nextInt(19)) : null, lookedAfter, manager,
                    open ? "open" : "closed", first, open ? null : lastActivity);
            return new Case(child, offences, outcomes, interventions, remands, victims, hearings, people(family, lookedAfter));
        }

        /**
         * The offences, spread before the 18th birthday and {@code until}: half the children offend
         * once, the others a geometric number of times, {@code meanOffences} on average overall.
         */
        private void offences(LocalDate first) {
            LocalDate last = dob.plusYears(18).minusDays(1).isBefore(until) ? dob.plusYears(18).minusDays(1) : until;
            long window = last.toEpochDay() - first.toEpochDay();
            int k = 1;
            if (r.nextBoolean()) {
                double q = 1 - 1 / (2 * meanOffences - 2);
                k = 2;
                while (k < 30 && k <= window / 45 && r.nextDouble() < q) {
                    k++;
                }
            }
            long[] at = new long[k];
            for (int j = 1; j < k; j++) {
                at[j] = at[j - 1] + 20 + r.nextInt(380);
            }
            double scale = at[k - 1] > window ? window / (double) at[k - 1] : 1;
            for (int j = 0; j < k; j++) {
                offence(j, first.plusDays((long) Math.floor(at[j] * scale)));
            }
        }

        private void offence(int j, LocalDate date) {
            String offenceRef = ref + "-O" + (j + 1);
            String code = (j == 0 ? NationalDistributions.FIRST_OUTCOME : NationalDistributions.LATER_OUTCOME).from(r);
            String category = "PREV".equals(code) ? "anti_social_behaviour" : NationalDistributions.CATEGORY.from(r);
            int[] g = NationalDistributions.gravity(code);
            int gravity = g[0] + r.nextInt(g[1] - g[0] + 1);
            boolean serious = ("violence_against_the_person".equals(category) && gravity >= 5) || "robbery".equals(category);
            UUID offenceId = Pick.randomId(r);
            offences.add(new Offence(offenceId, childId, offenceRef, date, category, gravity, serious));
            LocalDate outcomeDate = date.plusDays(isCourt(code) ? 30 + r.nextInt(150) : 10 + r.nextInt(50));
            boolean decided = !outcomeDate.isAfter(until);
            if (!decided) {
                running = true;
            } else {
                LocalDate release = release(code, outcomeDate);
                UUID outcomeId = Pick.randomId(r);
                outcomes.add(new Outcome(outcomeId, childId, offenceId, outcomeDate, code, release,
                        isCourt(code) ? court : null));
                touch(release == null ? outcomeDate : release);
                if (isCourt(code)) {
                    hearings.add(new Hearing(Pick.randomId(r), childId, offenceId, outcomeDate, court, "sentence", "sentenced"));
                }
                if (!"DISCH".equals(code) && !"FINE".equals(code)) {
                    intervention(j, code, outcomeId, outcomeDate, release);
                }
            }
            if (isCourt(code) && (gravity >= 5 || isCustodial(code)) && r.nextInt(100) < (isCustodial(code) ? 55 : 12)) {
                remand(j, date, decided ? outcomeDate : null);
            }
            if (NationalDistributions.VICTIM_CATEGORIES.contains(category)) {
                victims(offenceRef, offenceId);
            }
        }

        private LocalDate release(String code, LocalDate outcomeDate) {
            if (!isCustodial(code)) {
                return null;
            }
            LocalDate release = outcomeDate.plusDays("DTO".equals(code) ? 60 + r.nextInt(300) : 365 + r.nextInt(1100));
            return release.isAfter(until) ? null : release;
        }

        private void touch(LocalDate date) {
            if (date.isAfter(lastActivity)) {
                lastActivity = date;
            }
        }

        private void remand(int j, LocalDate offenceDate, LocalDate outcomeDate) {
            LocalDate start = offenceDate.plusDays(1 + r.nextInt(3));
            if (start.isAfter(until)) {
                return;
            }
            LocalDate end = start.plusDays(3 + r.nextInt(118));
            if (outcomeDate != null && end.isAfter(outcomeDate)) {
                end = outcomeDate.isBefore(start) ? start : outcomeDate;
            }
            boolean younger = start.isBefore(dob.plusYears(15));
            remands.add(new Remand(Pick.randomId(r), childId, ref + "-R" + (j + 1), start, end.isAfter(until) ? null : end,
                    (younger ? NationalDistributions.YOUNGER_PLACEMENT : NationalDistributions.OLDER_PLACEMENT).from(r)));
        }

        private void intervention(int j, String code, UUID outcomeId, LocalDate start, LocalDate release) {
            LocalDate end;
            if (isCustodial(code)) {
                end = release == null ? null : release.plusDays(release.toEpochDay() - start.toEpochDay());
            } else {
                int[] m = NationalDistributions.months(code);
                end = start.plusMonths(m[0] + r.nextInt(m[1] - m[0] + 1));
            }
            boolean ended = end != null && !end.isAfter(until);
            if (ended) {
                touch(end);
            } else {
                running = true;
            }
            boolean send = r.nextInt(100) < 35;
            Boolean plan = send && r.nextInt(100) < 40;
            Boolean[] mh = steps(40, 70, 75);
            Boolean[] sm = steps(30, 65, 70);
            String ete = ended ? ("S250".equals(code) || ("DTO".equals(code) && r.nextInt(100) < 10) ? "custody"
                    : NationalDistributions.ETE.from(r)) : null;
            interventions.add(new Intervention(Pick.randomId(r), childId, ref + "-I" + (j + 1), code, outcomeId, start,
                    ended ? end : null, ended ? NationalDistributions.END_REASON.from(r) : null, ete,
                    ended ? hours(ete) : null, ended ? (Boolean) (r.nextInt(100) < 88) : null, send, plan,
                    mh[0], mh[1], mh[2], sm[0], sm[1], sm[2]));
        }

        /** Need identified, planned, attending, each conditional on the step before. */
        private Boolean[] steps(int needPercent, int plannedPercent, int attendingPercent) {
            boolean need = r.nextInt(100) < needPercent;
            boolean planned = need && r.nextInt(100) < plannedPercent;
            boolean attending = planned && r.nextInt(100) < attendingPercent;
            return new Boolean[] {need, need ? planned : null, planned ? attending : null};
        }

        private BigDecimal hours(String ete) {
            return switch (ete) {
                case "education" -> BigDecimal.valueOf(12 + r.nextInt(19));
                case "training" -> BigDecimal.valueOf(10 + r.nextInt(21));
                case "employment" -> BigDecimal.valueOf(16 + r.nextInt(25));
                case "re_engagement" -> BigDecimal.valueOf(4 + r.nextInt(12));
                default -> null;
            };
        }

        private void victims(String offenceRef, UUID offenceId) {
            int count = r.nextInt(100) < 60 ? 1 : r.nextInt(100) < 25 ? 2 : 0;
            for (int v = 1; v <= count; v++) {
                boolean consent = r.nextInt(100) < 55;
                boolean offered = consent && r.nextInt(100) < 85;
                boolean engaged = offered && r.nextInt(100) < 55;
                victims.add(new Victim(Pick.randomId(r), offenceId, offenceRef + "-V" + v, consent, offered, engaged,
                        engaged ? NationalDistributions.RJ_TYPE.from(r) : null, engaged ? (Boolean) (r.nextInt(100) < 80) : null));
            }
        }

        private List<ContactPerson> people(String family, boolean lookedAfter) {
            List<ContactPerson> out = new ArrayList<>();
            String carer = Pick.one(NationalDistributions.CARER_NAMES, r) + " " + family;
            out.add(new ContactPerson(Pick.randomId(r), childId, "parent_carer", carer,
                    lookedAfter ? "Foster carer" : NationalDistributions.RELATIONSHIP.from(r), null,
                    String.format("01632 %06d", r.nextInt(1_000_000)), !lookedAfter));
            if (lookedAfter) {
                out.add(new ContactPerson(Pick.randomId(r), childId, "professional", "Social worker " + (1 + n % 40),
                        "Social worker", "Children's Services (fictional)", null, null));
            }
            return out;
        }
    }
}
