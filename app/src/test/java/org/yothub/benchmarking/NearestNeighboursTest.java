package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

    @Test
    void ranksTheMostSimilarYotsFirstAndExplainsTheMatch() {
        Map<String, Map<String, Double>> context = Map.of(
                "city", Map.of("population", 18_000.0, "deprivation", 27.0, "density", 50.0, "looked_after_per_10k", 99.0),
                "port", Map.of("population", 17_000.0, "deprivation", 26.0, "density", 48.0, "looked_after_per_10k", 95.0),
                "shire", Map.of("population", 73_000.0, "deprivation", 12.0, "density", 3.0, "looked_after_per_10k", 49.0),
                "town", Map.of("population", 20_000.0, "deprivation", 20.0, "density", 20.0));
        List<NearestNeighbours.Neighbour> city = NearestNeighbours.compute(context).get("city");
        assertEquals("port", city.get(0).tenant());
        assertEquals("shire", city.get(city.size() - 1).tenant());
        assertEquals(4, city.get(0).contributions().size());
        assertEquals(3, city.stream().filter(n -> n.tenant().equals("town")).findFirst().orElseThrow().contributions().size(),
                "variables missing for one side are left out");
        assertTrue(city.get(0).distance() < city.get(1).distance());
    }
}
