package org.yothub.casework.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days are Monday to Friday (bank holidays are not modelled). A timescale of n working days
 * from a date ends on the n-th working day after it: 1 working day from Friday is the Monday.
 */
public final class WorkingDays {
    /** The zone in which "today" is decided for timescales. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date n working days after {@code from}. */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
