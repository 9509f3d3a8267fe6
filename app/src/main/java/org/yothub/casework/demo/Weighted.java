package org.yothub.casework.demo;

import java.util.List;
import java.util.SplittableRandom;

/** A discrete distribution: values with relative weights. */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        this.values = List.copyOf(values);
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < weights.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Alternating value, weight pairs. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> of(Object... pairs) {
        List<T> values = new java.util.ArrayList<>();
        double[] weights = new double[pairs.length / 2];
        for (int i = 0; i < pairs.length; i += 2) {
            values.add((T) pairs[i]);
            weights[i / 2] = ((Number) pairs[i + 1]).doubleValue();
        }
        return new Weighted<>(values, weights);
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
