package org.yothub.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.yothub.bench.CaseRecords.Contact;

/**
 * Contacts of one tenant's orders: a tenant-wide total shared between its orders in proportion to
 * their length and intensity (contacts a month of the kind of order), each contact on a weekday
 * between the order's start and its end (or {@code until}), 09:00-17:00. Missed appointments carry
 * a follow-up due the next working day, mostly followed up. Orders still running also get one or
 * two appointments scheduled in the four weeks after {@code until}, with no outcome yet.
 */
final class ContactPlan {
    /** An order (intervention) of a child, as stored. */
    record Order(UUID id, UUID childId, String code, LocalDate start, LocalDate end, UUID caseManager) {
    }

    private final long seed;
    private final LocalDate until;
    private final List<UUID> staff;

    ContactPlan(long seed, LocalDate until, List<UUID> staff) {
        if (staff.isEmpty()) {
            throw new IllegalArgumentException("Contacts need at least one member of staff to record them");
        }
        this.seed = seed;
        this.until = until;
        this.staff = List.copyOf(staff);
    }

    /** About {@code target} recorded contacts over {@code orders} (plus the scheduled ones). */
    void generate(List<Order> orders, long target, Consumer<Contact> sink) {
        double total = orders.stream().mapToDouble(this::weight).sum();
        if (total <= 0) {
            return;
        }
        for (Order o : orders) {
            SplittableRandom r = new SplittableRandom(seed ^ o.id().getMostSignificantBits() ^ o.id().getLeastSignificantBits());
            double share = target * weight(o) / total;
            int count = (int) share + (r.nextDouble() < share - Math.floor(share) ? 1 : 0);
            UUID recorder = o.caseManager() != null ? o.caseManager()
                    : staff.get(Math.floorMod(o.childId().hashCode(), staff.size()));
            LocalDate last = activeEnd(o);
            long days = last.toEpochDay() - o.start().toEpochDay();
            for (int i = 0; i < count; i++) {
                LocalDate day = weekday(o.start().plusDays(r.nextLong(days + 1)), last);
                sink.accept(recorded(o, r, day, recorder));
            }
            if (o.end() == null || o.end().isAfter(until)) {
                for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                    LocalDate day = until.plusDays(1 + r.nextInt(28));
                    sink.accept(new Contact(Pick.randomId(r), o.childId(), o.id(), at(day, r),
                            NationalDistributions.CONTACT_TYPE.from(r), null, null, null, recorder));
                }
            }
        }
    }

    private Contact recorded(Order o, SplittableRandom r, LocalDate day, UUID recorder) {
        String outcome = NationalDistributions.CONTACT_OUTCOME.from(r);
        LocalDate due = null;
        LocalDate done = null;
        if (!"attended".equals(outcome)) {
            due = nextWorkingDay(day);
            LocalDate followed = day.plusDays(r.nextInt(4));
            done = r.nextInt(100) < 92 && !followed.isAfter(until) ? followed : null;
        }
        return new Contact(Pick.randomId(r), o.childId(), o.id(), at(day, r), NationalDistributions.CONTACT_TYPE.from(r),
                outcome, due, done, recorder);
    }

    private double weight(Order o) {
        long days = activeEnd(o).toEpochDay() - o.start().toEpochDay();
        return NationalDistributions.contactsPerMonth(o.code()) * Math.max(0.25, days / 30.4);
    }

    private LocalDate activeEnd(Order o) {
        LocalDate end = o.end() == null || o.end().isAfter(until) ? until : o.end();
        return end.isBefore(o.start()) ? o.start() : end;
    }

    private static LocalDateTime at(LocalDate day, SplittableRandom r) {
        return LocalDateTime.of(day, LocalTime.of(9, 0).plusMinutes(5L * r.nextInt(96)));
    }

    /** The first weekday from {@code day}, or {@code day} itself when that would pass the order's last day. */
    private static LocalDate weekday(LocalDate day, LocalDate last) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.isAfter(last) ? day : d;
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
