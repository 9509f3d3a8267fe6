package org.yothub.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yothub.platform.web.ProblemException;

/**
 * A reporting period of domain.md §4a, all bounds inclusive:
 * {@code FY2023-24} = 1 Apr 2023 – 31 Mar 2024; {@code FY2023-24-Q1} = Apr–Jun 2023 (Q2 Jul–Sep,
 * Q3 Oct–Dec, Q4 Jan–Mar); {@code CY2019} = calendar year; {@code FY2014-15-Q1-R12} = the twelve
 * months ending with that quarter (1 Jul 2013 – 30 Jun 2014). The population used for a rate is
 * the one of the calendar year in which the period starts.
 */
public record Period(String id, LocalDate start, LocalDate end, Kind kind) {

    public enum Kind { FINANCIAL_YEAR, FINANCIAL_QUARTER, CALENDAR_YEAR, ROLLING_12_MONTHS }

    public static final String ACCEPTED_FORMS = "FY2023-24 (financial year), FY2023-24-Q1 (financial quarter Q1-Q4), "
            + "CY2023 (calendar year), FY2023-24-Q1-R12 (12 months ending with that quarter)";
    private static final Pattern FY = Pattern.compile("FY(\\d{4})-(\\d{2})(?:-Q([1-4])(-R12)?)?");
    private static final Pattern CY = Pattern.compile("CY(\\d{4})");

    /** Parses a period id; a malformed id is a 400 naming {@code field} and the accepted forms. */
    public static Period parse(String id, String field) {
        if (id == null || id.isBlank()) {
            throw ProblemException.field(field, "required", field + " is required; accepted forms: " + ACCEPTED_FORMS);
        }
        Matcher cy = CY.matcher(id);
        if (cy.matches()) {
            int year = Integer.parseInt(cy.group(1));
            return new Period(id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.CALENDAR_YEAR);
        }
        Matcher fy = FY.matcher(id);
        if (!fy.matches() || (Integer.parseInt(fy.group(1)) + 1) % 100 != Integer.parseInt(fy.group(2))) {
            throw ProblemException.field(field, "period_format",
                    "'" + id + "' is not a period id; accepted forms: " + ACCEPTED_FORMS);
        }
        int year = Integer.parseInt(fy.group(1));
        if (year < 1990 || year > 2100) {
            throw ProblemException.field(field, "period_range", "'" + id + "' is out of range (1990-2100)");
        }
        LocalDate fyStart = LocalDate.of(year, 4, 1);
        if (fy.group(3) == null) {
            return new Period(id, fyStart, fyStart.plusYears(1).minusDays(1), Kind.FINANCIAL_YEAR);
        }
        int quarter = Integer.parseInt(fy.group(3));
        LocalDate qStart = fyStart.plusMonths(3L * (quarter - 1));
        LocalDate qEnd = qStart.plusMonths(3).minusDays(1);
        if (fy.group(4) != null) {
            return new Period(id, qEnd.plusDays(1).minusYears(1), qEnd, Kind.ROLLING_12_MONTHS);
        }
        return new Period(id, qStart, qEnd, Kind.FINANCIAL_QUARTER);
    }

    /** The financial quarter containing a date. */
    public static Period quarterOf(LocalDate date) {
        int fyStartYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = ((date.getMonthValue() + 8) % 12) / 3 + 1;
        return parse(String.format("FY%d-%02d-Q%d", fyStartYear, (fyStartYear + 1) % 100, quarter), "period");
    }

    /** The {@code count} financial quarters ending with this one (oldest first). */
    public List<Period> quartersEndingHere(int count) {
        List<Period> out = new ArrayList<>();
        LocalDate d = end;
        for (int i = 0; i < count; i++) {
            out.add(0, quarterOf(d));
            d = quarterOf(d).start().minusDays(1);
        }
        return out;
    }

    /** The same quarter as a rolling twelve months. */
    public Period rolling12() {
        Period q = kind == Kind.FINANCIAL_QUARTER ? this : quarterOf(end);
        return parse(q.id() + "-R12", "period");
    }

    /** The first days of the calendar quarters this period is made of (every period is whole quarters). */
    public List<LocalDate> quarterStarts() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusMonths(3)) {
            out.add(d);
        }
        return out;
    }

    public int populationYear() {
        return start.getYear();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
