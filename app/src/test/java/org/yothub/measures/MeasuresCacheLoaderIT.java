package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "app.measures.warm-up", value = "true")
@Property(name = "app.measures.warm-up-delay", value = "1h")
class MeasuresCacheLoaderIT {
    @Inject
    MeasuresCacheLoader loader;

    @Test
    void theWarmUpPeriodsAreTwentyQuartersTheirRollingYearsAndFiveFinancialYears() {
        List<Period> periods = MeasuresCacheLoader.periods(LocalDate.of(2026, 11, 23));
        assertEquals(45, periods.size());
        assertEquals("FY2021-22-Q4", periods.get(0).id());
        assertEquals("FY2026-27-Q3", periods.get(19).id());
        assertEquals("FY2026-27-Q3-R12", periods.get(39).id());
        assertEquals("FY2022-23", periods.get(40).id());
        assertEquals("FY2026-27", periods.get(44).id());
    }

    @Test
    void computesEveryMeasureOfEveryPeriodForEveryYot() {
        long results = loader.load(LocalDate.of(2026, 3, 31));
        int perTenant = 45 * MeasuresService.MEASURES.size();
        assertTrue(results >= 3L * perTenant, "the three demo YOTs at least: " + results);
        assertEquals(0, results % perTenant, "every YOT gets every measure of every period");
    }
}
