package org.yothub.volunteers.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoVolunteerDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final DemoProfile leicestershire = DemoProfile.of("leicestershire").orElseThrow();

    private static long count(DemoTable t, String column, Object value) {
        return t.column(column).stream().filter(v -> java.util.Objects.equals(v, value)).count();
    }

    @Test
    void reproducesLeicestershiresHeadlineMix() {
        DemoVolunteerData d = DemoVolunteerData.generate(leicestershire, TODAY, 3);
        assertEquals(207, count(d.volunteers, "status", "active"));
        List<Object[]> active = d.volunteers.rows().stream().filter(r -> "active".equals(r[8])).toList();
        assertEquals(143, active.stream().filter(r -> "F".equals(r[9])).count());
        assertEquals(64, active.stream().filter(r -> "M".equals(r[9])).count());
        long recorded = active.stream().filter(r -> r[10] != null).count();
        long bme = active.stream().filter(r -> r[10] != null && !"White".equals(r[10])).count();
        assertEquals(203, recorded);
        assertEquals(35, bme);
        assertEquals("17.2", String.format(java.util.Locale.UK, "%.1f", 100.0 * bme / recorded));
    }

    @Test
    void givesOverFifteenThousandHoursLastYear() {
        DemoVolunteerData d = DemoVolunteerData.generate(leicestershire, TODAY, 3);
        BigDecimal lastYear = d.hours.rows().stream().filter(r -> ((LocalDate) r[2]).getYear() == 2025)
                .map(r -> (BigDecimal) r[3]).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(lastYear.compareTo(BigDecimal.valueOf(15_000)) > 0, "hours " + lastYear);
        assertTrue(lastYear.compareTo(BigDecimal.valueOf(17_500)) < 0, "hours " + lastYear);
        assertTrue(d.hours.rows().stream().noneMatch(r -> ((LocalDate) r[2]).isAfter(TODAY)));
    }

    @Test
    void isDeterministic() {
        DemoVolunteerData a = DemoVolunteerData.generate(leicestershire, TODAY, 3);
        DemoVolunteerData b = DemoVolunteerData.generate(leicestershire, TODAY, 3);
        assertEquals(a.volunteers.column("given_name"), b.volunteers.column("given_name"));
        assertEquals(a.hours.column("id"), b.hours.column("id"));
        assertEquals(a.hours.column("hours"), b.hours.column("hours"));
    }

    @Test
    void panelRotaNeverDoubleBooksAVolunteerOnADay() {
        DemoVolunteerData d = DemoVolunteerData.generate(leicestershire, TODAY, 3);
        DemoPanelData p = DemoPanelData.generate(leicestershire, d, TODAY, 3, List.of(UUID.randomUUID(), UUID.randomUUID()));
        assertTrue(p.panels.rows().size() >= 25, "panels " + p.panels.rows().size());
        assertEquals(p.panels.rows().size() * 2, p.members.rows().size());
        java.util.Map<Object, LocalDate> dayOfPanel = new java.util.HashMap<>();
        p.panels.rows().forEach(r -> dayOfPanel.put(r[0], (LocalDate) r[2]));
        long distinct = p.members.rows().stream().map(m -> dayOfPanel.get(m[1]) + "|" + m[2]).distinct().count();
        assertEquals(p.members.rows().size(), distinct);
    }
}
