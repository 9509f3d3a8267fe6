package org.yothub.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** A discrete distribution (values with relative weights), and the dataset's deterministic ids. */
final class Pick<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Pick(List<T> values, double[] weights) {
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
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
    static <T> Pick<T> of(Object... pairs) {
        List<T> values = new ArrayList<>();
        double[] weights = new double[pairs.length / 2];
        for (int i = 0; i < pairs.length; i += 2) {
            values.add((T) pairs[i]);
            weights[i / 2] = ((Number) pairs[i + 1]).doubleValue();
        }
        return new Pick<>(values, weights);
    }

    T from(SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    List<T> values() {
        return values;
    }

    static <T> T one(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * The id PostgreSQL computes as {@code md5(name)::uuid}, so SQL scripts (pgbench) can address a
     * child without a lookup: child n of tenant t is {@code md5('t/child/' || n)::uuid}.
     */
    static UUID md5Id(String name) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (d[i] & 0xff);
                lsb = (lsb << 8) | (d[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version-4 UUID drawn from {@code random} (deterministic for a seeded stream). */
    static UUID randomId(SplittableRandom random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
