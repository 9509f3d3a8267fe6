package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.web.ProblemException;
import org.yothub.riskregister.risk.RiskScale;
import org.yothub.riskregister.risk.SourceConvention;

class SourceConventionTest {
    private static final TenantSettings.RiskBands DEFAULT = TenantSettings.defaults().riskBands();

    @Test
    void leicestershireImpactOneIsTheWorst() {
        assertEquals(new SourceConvention.Scored(3, 5), SourceConvention.LEICESTERSHIRE_IMPACT.toProduct("1", null, "rating"));
        assertEquals(new SourceConvention.Scored(4, 1), SourceConvention.LEICESTERSHIRE_IMPACT.toProduct("5", 4, "rating"));
        assertEquals("Impact 2 (1 = high, 5 = low)", SourceConvention.LEICESTERSHIRE_IMPACT.display(4, "medium").orElseThrow());
    }

    @Test
    void southamptonRatingsLandInTheirOwnBand() {
        for (String rating : new String[] {"High", "Medium", "Low"}) {
            SourceConvention.Scored s = SourceConvention.SOUTHAMPTON_RATING.toProduct(rating, null, "rating");
            String band = RiskScale.band(RiskScale.score(s.likelihood(), s.impact()), DEFAULT);
            assertEquals(rating.toLowerCase(java.util.Locale.ROOT), band);
            assertEquals(rating, SourceConvention.SOUTHAMPTON_RATING.display(s.impact(), band).orElseThrow());
        }
    }

    @Test
    void refusesRatingsOutsideTheConvention() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> SourceConvention.LEICESTERSHIRE_IMPACT.toProduct("6", null, "rows[0].rating"));
        assertEquals("rows[0].rating", e.errors().get(0).field());
        assertThrows(ProblemException.class, () -> SourceConvention.SOUTHAMPTON_RATING.toProduct("Amber", null, "rating"));
        assertThrows(ProblemException.class, () -> SourceConvention.of("traffic_lights", "convention"));
    }

    @Test
    void bandsFollowTheTenantBounds() {
        assertEquals("high", RiskScale.band(15, DEFAULT));
        assertEquals("medium", RiskScale.band(14, DEFAULT));
        assertEquals("medium", RiskScale.band(8, DEFAULT));
        assertEquals("low", RiskScale.band(7, DEFAULT));
        assertEquals("high", RiskScale.band(10, new TenantSettings.RiskBands(10, 5)));
    }
}
