package org.policydesk.bench;

import java.util.Arrays;
import java.util.List;

/** Latency percentiles of a list of samples in milliseconds. */
record Percentiles(double p50, double p99, double mean, int samples) {

    static Percentiles of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0);
        }
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.99), Arrays.stream(sorted).average().orElse(0), sorted.length);
    }

    private static double at(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
