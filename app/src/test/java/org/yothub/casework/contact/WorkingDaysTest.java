package org.yothub.casework.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    @Test
    void oneWorkingDayFromFridayIsMonday() {
        assertEquals(LocalDate.of(2026, 1, 12), WorkingDays.add(LocalDate.of(2026, 1, 9), 1));
    }

    @Test
    void oneWorkingDayFromSaturdayOrSundayIsMonday() {
        assertEquals(LocalDate.of(2026, 1, 12), WorkingDays.add(LocalDate.of(2026, 1, 10), 1));
        assertEquals(LocalDate.of(2026, 1, 12), WorkingDays.add(LocalDate.of(2026, 1, 11), 1));
    }

    @Test
    void fifteenWorkingDaysSpanThreeWeekends() {
        // Fri 2 Jan 2026 + 15 working days: 5-9, 12-16, 19-23 Jan -> Fri 23 Jan
        assertEquals(LocalDate.of(2026, 1, 23), WorkingDays.add(LocalDate.of(2026, 1, 2), 15));
        // Wed 7 Jan 2026 + 10 working days: 8, 9, 12-16, 19, 20, 21 -> Wed 21 Jan
        assertEquals(LocalDate.of(2026, 1, 21), WorkingDays.add(LocalDate.of(2026, 1, 7), 10));
    }

    @Test
    void zeroDaysIsTheSameDate() {
        assertEquals(LocalDate.of(2026, 1, 10), WorkingDays.add(LocalDate.of(2026, 1, 10), 0));
    }
}
