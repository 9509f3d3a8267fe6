package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yothub.platform.web.ProblemException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "FY2023-24, 2023-04-01, 2024-03-31",
        "FY2023-24-Q1, 2023-04-01, 2023-06-30",
        "FY2023-24-Q2, 2023-07-01, 2023-09-30",
        "FY2023-24-Q3, 2023-10-01, 2023-12-31",
        "FY2023-24-Q4, 2024-01-01, 2024-03-31",
        "CY2019, 2019-01-01, 2019-12-31",
        "FY2014-15-Q1-R12, 2013-07-01, 2014-06-30",
        "FY1999-00, 1999-04-01, 2000-03-31",
    })
    void parsesEveryFormWithInclusiveBounds(String id, String start, String end) {
        Period p = Period.parse(id, "period");
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY2023-25", "FY2023", "2023-24", "FY2023-24-Q5", "fy2023-24", "CY23", "FY2023-24-R12", "FY2023-24-Q1-R6"})
    void rejectsMalformedIdsNamingTheAcceptedForms(String id) {
        ProblemException e = assertThrows(ProblemException.class, () -> Period.parse(id, "period"));
        assertEquals("period", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("FY2023-24-Q1"), e.errors().get(0).message());
    }

    @Test
    void usesThePopulationOfTheCalendarYearThePeriodStartsIn() {
        assertEquals(2023, Period.parse("FY2023-24-Q3", "p").populationYear());
        assertEquals(2024, Period.parse("FY2023-24-Q4", "p").populationYear(), "Q4 starts in January");
        assertEquals(2013, Period.parse("FY2014-15-Q1-R12", "p").populationYear());
    }

    @Test
    void listsTheQuartersEndingWithOne() {
        List<Period> quarters = Period.parse("FY2014-15-Q2", "p").quartersEndingHere(3);
        assertEquals(List.of("FY2013-14-Q4", "FY2014-15-Q1", "FY2014-15-Q2"), quarters.stream().map(Period::id).toList());
        assertEquals("FY2014-15-Q2-R12", quarters.get(2).rolling12().id());
        assertEquals("FY2023-24-Q4", Period.quarterOf(LocalDate.of(2024, 3, 31)).id());
    }
}
