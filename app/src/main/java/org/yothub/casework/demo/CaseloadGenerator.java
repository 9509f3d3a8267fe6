package org.yothub.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.yothub.casework.importexport.CaseLevelFormat;
import org.yothub.casework.importexport.CaseRows;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;

/**
 * Generates fictional children with offences, outcomes, interventions with end-of-intervention
 * facts, remands and victims, with the distributions of {@link Distributions}, for any YOT and any
 * number of children. Deterministic: child {@code i} of a seed is always the same (each child has
 * its own random stream), so chunks can be generated in any order or in parallel. Every record
 * obeys the validation rules: the child is 10-17 on each offence date, outcomes follow their
 * offences, release dates only on custodial outcomes, nothing ends before it starts and nothing
 * is dated after {@code until}. Streaming: {@link #generate} hands over one batch per chunk.
 */
public final class CaseloadGenerator {
    private final String prefix;
    private final long seed;
    private final LocalDate from;
    private final LocalDate until;
    private final double meanOffences;

    /**
     * @param refPrefix  reference prefix, e.g. {@code SOU} gives {@code SOU-000123}
     * @param from       earliest first offence
     * @param until      nothing is dated after this day
     * @param meanOffences average offences per child (at least 1)
     */
    public CaseloadGenerator(String refPrefix, long seed, LocalDate from, LocalDate until, double meanOffences) {
        this.prefix = refPrefix;
        this.seed = seed;
        this.from = from;
        this.until = until;
        this.meanOffences = Math.max(1, meanOffences);
    }

    /** Children {@code first .. first+count-1}, {@code chunk} children per batch. */
    public void generate(int first, int count, int chunk, Consumer<CaseRows.Batch> sink) {
        for (int start = first; start < first + count; start += chunk) {
            int end = Math.min(first + count, start + chunk);
            List<ChildRow> children = new ArrayList<>();
            List<OutcomeRow> outcomes = new ArrayList<>();
            List<InterventionRow> interventions = new ArrayList<>();
            List<RemandRow> remands = new ArrayList<>();
            List<VictimRow> victims = new ArrayList<>();
            for (int i = start; i < end; i++) {
                new Child(i, children, outcomes, interventions, remands, victims).generate();
            }
            sink.accept(new CaseRows.Batch(children, outcomes, interventions, remands, victims,
                    Set.copyOf(CaseLevelFormat.CHILD_OPTIONAL)));
        }
    }

    public String childRef(int index) {
        return String.format("%s-%06d", prefix, index + 1);
    }

    /** One child's records. */
    private final class Child {
        private final SplittableRandom r;
        private final String ref;
        private final List<ChildRow> children;
        private final List<OutcomeRow> outcomes;
        private final List<InterventionRow> interventions;
        private final List<RemandRow> remands;
        private final List<VictimRow> victims;
        private LocalDate dob;

        Child(int index, List<ChildRow> children, List<OutcomeRow> outcomes, List<InterventionRow> interventions,
              List<RemandRow> remands, List<VictimRow> victims) {
            this.r = new SplittableRandom(seed * 1_000_003L + index);
            this.ref = childRef(index);
            this.children = children;
            this.outcomes = outcomes;
            this.interventions = interventions;
            this.remands = remands;
            this.victims = victims;
        }

        void generate() {
            int window = (int) Math.max(1, until.toEpochDay() - from.toEpochDay() - 30);
            LocalDate firstOffence = from.plusDays(r.nextInt(window));
            int age = Distributions.AGE_AT_FIRST.pick(r);
            dob = firstOffence.minusYears(age).minusDays(r.nextInt(365));
            LocalDate opened = offences(firstOffence);
            identity(opened);
        }

        private void identity(LocalDate opened) {
            String sex = Distributions.SEX.pick(r);
            String ethnicity = Distributions.ETHNICITY.pick(r);
            List<String> names = "F".equals(sex) ? Distributions.GIRLS : Distributions.BOYS;
            List<String> details = Distributions.ETHNICITY_DETAIL.get(ethnicity);
            String detail = details.get(r.nextInt(details.size()));
            String letters = Distributions.DISTRICT_LETTERS.get(r.nextInt(Distributions.DISTRICT_LETTERS.size()));
            children.add(new ChildRow(0, ref, dob, sex, ethnicity, r.nextInt(100) < 12 ? Boolean.TRUE : Boolean.FALSE,
                    names.get(r.nextInt(names.size())), Distributions.FAMILY.get(r.nextInt(Distributions.FAMILY.size())),
                    detail.isEmpty() ? null : detail, r.nextInt(100) < 90 ? letters + (1 + r.nextInt(19)) : null, opened));
        }

        /** The offences from the first; returns the date the case opened. */
        private LocalDate offences(LocalDate first) {
            double stop = 1 / meanOffences;
            LocalDate date = first;
            for (int k = 0; k < 12; k++) {
                if (date.isAfter(until) || !date.isBefore(dob.plusYears(18))) {
                    break;
                }
                offence(k, date);
                if (r.nextDouble() < stop) {
                    break;
                }
                date = date.plusDays(20 + r.nextInt(400));
            }
            return first;
        }

        private void offence(int k, LocalDate date) {
            String offenceRef = ref + "-O" + (k + 1);
            String category = Distributions.CATEGORY.pick(r);
            int[] g = Distributions.gravityRange(category);
            int gravity = g[0] + r.nextInt(g[1] - g[0] + 1);
            boolean serious = ("violence_against_the_person".equals(category) && gravity >= 5) || "robbery".equals(category);
            String code = (k == 0 ? Distributions.FIRST_OUTCOME : Distributions.LATER_OUTCOME).pick(r);
            if (gravity >= 6 && !isCourt(code)) {
                code = Distributions.SERIOUS_OUTCOME.pick(r);
            }
            if ("PREV".equals(code)) {
                category = "anti_social_behaviour";
                gravity = 1;
                serious = false;
            }
            LocalDate outcomeDate = date.plusDays(isCourt(code) ? 30 + r.nextInt(150) : 10 + r.nextInt(50));
            boolean decided = !outcomeDate.isAfter(until);
            LocalDate release = decided ? release(code, outcomeDate) : null;
            outcomes.add(new OutcomeRow(0, ref, offenceRef, date, category, gravity, serious,
                    decided ? outcomeDate : null, decided ? code : null, release));
            if (isCourt(code) && (gravity >= 5 || isCustodial(code)) && r.nextInt(100) < (isCustodial(code) ? 55 : 12)) {
                remand(k, date, decided ? outcomeDate : null);
            }
            if (decided && !"DISCH".equals(code) && !"FINE".equals(code)) {
                intervention(k, code, outcomeDate, release);
            }
            if (Distributions.VICTIM_CATEGORIES.contains(category) && !"PREV".equals(code)) {
                victims(offenceRef);
            }
        }

        private LocalDate release(String code, LocalDate outcomeDate) {
            if (!isCustodial(code)) {
                return null;
            }
            LocalDate release = outcomeDate.plusDays("DTO".equals(code) ? 60 + r.nextInt(300) : 365 + r.nextInt(1100));
            return release.isAfter(until) ? null : release;
        }

        private void remand(int k, LocalDate offenceDate, LocalDate outcomeDate) {
            LocalDate start = offenceDate.plusDays(1 + r.nextInt(3));
            LocalDate end = start.plusDays(3 + r.nextInt(118));
            if (outcomeDate != null && end.isAfter(outcomeDate)) {
                end = outcomeDate.isBefore(start) ? start : outcomeDate;
            }
            if (start.isAfter(until)) {
                return;
            }
            boolean younger = start.isBefore(dob.plusYears(15));
            remands.add(new RemandRow(0, ref, ref + "-R" + (k + 1), start, end.isAfter(until) ? null : end,
                    (younger ? Distributions.YOUNGER_PLACEMENT : Distributions.OLDER_PLACEMENT).pick(r)));
        }

        private void intervention(int k, String code, LocalDate start, LocalDate release) {
            LocalDate end;
            if (isCustodial(code)) {
                end = release == null ? null : release.plusDays(release.toEpochDay() - start.toEpochDay());
            } else {
                int[] m = Distributions.months(code);
                end = start.plusMonths(m[0] + r.nextInt(m[1] - m[0] + 1));
            }
            boolean ended = end != null && !end.isAfter(until);
            Boolean send = r.nextInt(100) < 35;
            Boolean plan = send ? r.nextInt(100) < 40 : Boolean.FALSE;
            Boolean[] mh = steps(40, 70, 75);
            Boolean[] sm = steps(30, 65, 70);
            String ete = ended ? ("S250".equals(code) || ("DTO".equals(code) && r.nextInt(100) < 10) ? "custody"
                    : Distributions.ETE.pick(r)) : null;
            interventions.add(new InterventionRow(0, ref, ref + "-I" + (k + 1), code, start, ended ? end : null,
                    ended ? Distributions.END_REASON.pick(r) : null, ete, ended ? hours(ete) : null,
                    ended ? r.nextInt(100) < 88 : null, send, plan, mh[0], mh[1], mh[2], sm[0], sm[1], sm[2]));
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

        private void victims(String offenceRef) {
            int n = r.nextInt(100) < 60 ? 1 : r.nextInt(100) < 25 ? 2 : 0;
            for (int v = 1; v <= n; v++) {
                boolean consent = r.nextInt(100) < 55;
                boolean offered = consent && r.nextInt(100) < 85;
                boolean engaged = offered && r.nextInt(100) < 55;
                victims.add(new VictimRow(0, offenceRef + "-V" + v, offenceRef, consent, offered, engaged,
                        engaged ? Distributions.RJ_TYPE.pick(r) : null, engaged ? (Boolean) (r.nextInt(100) < 80) : null));
            }
        }
    }

    static boolean isCourt(String code) {
        return Set.of("DISCH", "FINE", "RO", "REP", "YRO", "YRO_ISS", "DTO", "S250").contains(code);
    }

    static boolean isCustodial(String code) {
        return "DTO".equals(code) || "S250".equals(code);
    }
}
