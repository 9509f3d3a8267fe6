package org.yothub.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantSettings;

class ScaledApproachTest {
    @Test
    void bandsTheAssetScoreAtFourteenAndThirtyTwo() {
        assertEquals("standard", ScaledApproach.level(0, "low"));
        assertEquals("standard", ScaledApproach.level(14, "low"));
        assertEquals("enhanced", ScaledApproach.level(15, "low"));
        assertEquals("enhanced", ScaledApproach.level(32, "low"));
        assertEquals("intensive", ScaledApproach.level(33, "low"));
        assertEquals("intensive", ScaledApproach.level(64, null));
    }

    @Test
    void takesTheHigherOfScoreBandAndRosh() {
        assertEquals("enhanced", ScaledApproach.level(3, "medium"));
        assertEquals("enhanced", ScaledApproach.level(3, "high"));
        assertEquals("intensive", ScaledApproach.level(3, "very_high"));
        assertEquals("intensive", ScaledApproach.level(40, "medium"));
        assertEquals("enhanced", ScaledApproach.level(null, "high"));
    }

    @Test
    void usesTheTenantsAssetBands() {
        TenantSettings.ScaledApproachBands bands = new TenantSettings.ScaledApproachBands(20, 40);
        assertEquals("standard", ScaledApproach.level(19, "low", bands));
        assertEquals("enhanced", ScaledApproach.level(20, "low", bands));
        assertEquals("enhanced", ScaledApproach.level(39, null, bands));
        assertEquals("intensive", ScaledApproach.level(40, "low", bands));
        assertEquals("intensive", ScaledApproach.level(5, "very_high", bands));
    }

    @Test
    void hasNoLevelWithoutScoreOrRosh() {
        assertNull(ScaledApproach.level(null, null));
    }
}
