package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureControlTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1,[c]", "7,[c]", "8,10", "12,10", "13,15", "17,15", "18,20", "1234,1235", "1233,1235", "1232,1230"})
    void roundsAndSuppressesCounts(long n, String published) {
        assertEquals(published, DisclosureControl.count(n));
    }

    @Test
    void publishesRatesOnlyFromTenOverTwenty() {
        var m = CatalogueMeasure.REOFFENDING;
        assertEquals("[low]", DisclosureControl.apply(m, new DisclosureControl.Raw(9, 100L), false).value());
        assertEquals("[low]", DisclosureControl.apply(m, new DisclosureControl.Raw(10, 19L), false).value());
        var unreliable = DisclosureControl.apply(m, new DisclosureControl.Raw(10, 20L), false);
        assertEquals("50.0", unreliable.value());
        assertEquals("[u]", unreliable.flag());
        var solid = DisclosureControl.apply(m, new DisclosureControl.Raw(138, 304L), false);
        assertEquals("45.4", solid.value(), "computed from unrounded 138/304");
        assertNull(solid.flag());
        assertEquals("140", solid.numerator());
        assertEquals("305", solid.denominator());
    }

    @Test
    void neverPublishesZeroOrAllForATenantsSubgroup() {
        var m = CatalogueMeasure.ETE;
        assertEquals("[c]", DisclosureControl.apply(m, new DisclosureControl.Raw(25, 25L), true).value());
        assertEquals("100.0", DisclosureControl.apply(m, new DisclosureControl.Raw(25, 25L), false).value());
    }

    @Test
    void computesPopulationRatesWithoutRoundingThePopulation() {
        var fte = DisclosureControl.apply(CatalogueMeasure.FTE, new DisclosureControl.Raw(69, 19_591L), false);
        assertEquals("352.2", fte.value());
        assertEquals("19591", fte.denominator());
        assertEquals("70", fte.numerator());
    }
}
