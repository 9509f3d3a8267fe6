package org.yothub.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

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
    void hasNoLevelWithoutScoreOrRosh() {
        assertNull(ScaledApproach.level(null, null));
    }
}
