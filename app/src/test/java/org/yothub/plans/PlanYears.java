package org.yothub.plans;

import java.util.concurrent.atomic.AtomicInteger;

/** Distinct plan years for tests sharing one database (one plan per tenant and year). */
public final class PlanYears {
    private static final AtomicInteger NEXT = new AtomicInteger(2040);

    private PlanYears() {
    }

    public static int next() {
        return NEXT.getAndIncrement();
    }
}
