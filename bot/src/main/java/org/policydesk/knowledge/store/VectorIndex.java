package org.policydesk.knowledge.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * All passage embeddings of one store generation, held in one contiguous array so that a query is
 * a single pass of dot products (the vectors are unit length, so a dot product is the cosine).
 */
final class VectorIndex {

    private final long generation;
    private final int dimensions;
    private final long[] rowids;
    private final float[] vectors;

    VectorIndex(long generation, int dimensions, long[] rowids, float[] vectors) {
        this.generation = generation;
        this.dimensions = dimensions;
        this.rowids = rowids;
        this.vectors = vectors;
    }

    long generation() {
        return generation;
    }

    int size() {
        return rowids.length;
    }

    /** Cosine similarity of the query to one passage, or NaN if the passage is not in this generation. */
    double similarity(float[] query, long rowid) {
        int row = java.util.Arrays.binarySearch(rowids, rowid);
        if (row < 0) {
            return Double.NaN;
        }
        float dot = 0;
        for (int d = 0, offset = row * dimensions; d < dimensions; d++) {
            dot += query[d] * vectors[offset + d];
        }
        return dot;
    }

    List<RankedRow> nearest(float[] query, int limit) {
        if (query.length != dimensions) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, the index " + dimensions);
        }
        int k = Math.min(limit, rowids.length);
        if (k <= 0) {
            return List.of();
        }
        PriorityQueue<RankedRow> best = new PriorityQueue<>(k, Comparator.comparingDouble(RankedRow::score));
        float threshold = Float.NEGATIVE_INFINITY;
        for (int row = 0, offset = 0; row < rowids.length; row++, offset += dimensions) {
            float dot = 0;
            for (int d = 0; d < dimensions; d++) {
                dot += query[d] * vectors[offset + d];
            }
            if (best.size() < k) {
                best.add(new RankedRow(rowids[row], dot));
                threshold = (float) best.peek().score();
            } else if (dot > threshold) {
                best.poll();
                best.add(new RankedRow(rowids[row], dot));
                threshold = (float) best.peek().score();
            }
        }
        List<RankedRow> ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingDouble(RankedRow::score).reversed());
        return ranked;
    }
}
