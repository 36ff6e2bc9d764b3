package org.policydesk.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

    private static final int DIMENSIONS = 384;
    /** Large enough that the scan is split into blocks shared with the common pool. */
    private static final int ROWS = 40_000;

    static float[][] vectors;
    static VectorIndex index;

    @BeforeAll
    static void build() {
        Random random = new Random(42);
        vectors = new float[ROWS][];
        VectorIndex.Builder builder = new VectorIndex.Builder(1, DIMENSIONS, 16);
        for (int i = 0; i < ROWS; i++) {
            vectors[i] = unit(random);
            builder.add(1000L + i, vectors[i]);
        }
        index = builder.build();
    }

    @Test
    void aScanSharedAcrossThreadsReturnsTheNearestRowsBestFirst() {
        Random random = new Random(7);
        for (int q = 0; q < 10; q++) {
            int target = random.nextInt(ROWS);
            float[] noise = unit(random);
            float[] query = new float[DIMENSIONS];
            for (int d = 0; d < DIMENSIONS; d++) {
                query[d] = vectors[target][d] + 0.5f * noise[d];
            }
            query = Vectors.normalized(query);
            float[] asked = query;
            List<RankedRow> found = index.nearest(query, 50);

            List<Integer> exact = IntStream.range(0, ROWS).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -dot(asked, vectors[i]))).limit(50).toList();
            double fiftieth = dot(asked, vectors[exact.get(49)]);
            assertThat(found).hasSize(50);
            assertThat(found).extracting(RankedRow::score).isSortedAccordingTo(Comparator.reverseOrder());
            for (RankedRow row : found) {
                double cosine = dot(query, vectors[(int) (row.rowid() - 1000)]);
                assertThat(row.score()).as("int8 score against float cosine").isCloseTo(cosine, org.assertj.core.data.Offset.offset(0.02));
                assertThat(cosine).as("every row returned is among the nearest, up to quantization").isGreaterThan(fiftieth - 0.02);
            }
            assertThat(found.get(0).rowid()).as("the row the query was made from comes first").isEqualTo(1000L + target);
        }
    }

    @Test
    void concurrentScansGiveTheSameAnswerAsOneAtATime() throws Exception {
        Random random = new Random(11);
        List<float[]> queries = IntStream.range(0, 24).mapToObj(i -> unit(random)).toList();
        List<List<RankedRow>> alone = queries.stream().map(q -> index.nearest(q, 20)).toList();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<RankedRow>>> together = new ArrayList<>();
            for (float[] q : queries) {
                together.add(callers.submit(() -> index.nearest(q, 20)));
            }
            for (int i = 0; i < queries.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void limitsAreRespected() {
        float[] query = vectors[5];
        assertThat(index.nearest(query, 0)).isEmpty();
        assertThat(index.nearest(query, 1)).singleElement().extracting(RankedRow::rowid).isEqualTo(1005L);
        VectorIndex small = new VectorIndex.Builder(2, DIMENSIONS, 1).build();
        assertThat(small.nearest(query, 10)).isEmpty();
        VectorIndex.Builder three = new VectorIndex.Builder(3, DIMENSIONS, 1);
        for (int i = 0; i < 3; i++) {
            three.add(i, vectors[i]);
        }
        assertThat(three.build().nearest(query, 10)).hasSize(3);
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
