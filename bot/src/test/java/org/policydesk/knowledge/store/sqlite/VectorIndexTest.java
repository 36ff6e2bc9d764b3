package org.policydesk.knowledge.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.Vectors;

class VectorIndexTest {

    private static final int DIMENSIONS = 384;
    /** Embeddings of real text cluster by topic: rows here are noisy copies of a few hundred topics. */
    private static final int TOPICS = 300;
    private static final int LARGE = 40_000;

    static float[][] topics;
    static float[][] rows;
    static VectorIndex large;

    @BeforeAll
    static void build() {
        Random random = new Random(42);
        topics = new float[TOPICS][];
        for (int t = 0; t < TOPICS; t++) {
            topics[t] = gaussian(random);
        }
        rows = new float[LARGE][];
        VectorIndex.Builder builder = new VectorIndex.Builder(1, DIMENSIONS, 16);
        for (int i = 0; i < LARGE; i++) {
            rows[i] = near(topics[random.nextInt(TOPICS)], 0.8f, random);
            builder.add(1000L + i, rows[i]);
        }
        large = builder.build();
        assertThat(large.size()).isGreaterThanOrEqualTo(VectorIndex.PREFILTER_FROM);
    }

    @Test
    void aLargeIndexFindsTheExactNearestRowsThroughItsSignBits() {
        Random random = new Random(7);
        int agreeing = 0;
        int queries = 20;
        for (int q = 0; q < queries; q++) {
            int target = random.nextInt(LARGE);
            float[] query = near(rows[target], 0.5f, random);
            List<RankedRow> found = large.nearest(query, 50);

            List<Integer> exact = exactNearest(query, LARGE, 50);
            assertThat(found).hasSize(50);
            assertThat(found).extracting(RankedRow::score).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(found.get(0).rowid()).as("the row the query was made from comes first").isEqualTo(1000L + target);
            for (RankedRow row : found) {
                assertThat(row.score()).as("int8 score against float cosine")
                        .isCloseTo(cosine(query, rows[(int) (row.rowid() - 1000)]), Offset.offset(0.02));
            }
            Set<Long> exactIds = exact.stream().map(i -> 1000L + i).collect(Collectors.toSet());
            agreeing += (int) found.stream().filter(r -> exactIds.contains(r.rowid())).count();
        }
        assertThat(agreeing / (50.0 * queries)).as("share of the exact top 50 found").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aSmallIndexScoresEveryRow() {
        int size = VectorIndex.PREFILTER_FROM - 1;
        VectorIndex.Builder builder = new VectorIndex.Builder(2, DIMENSIONS, size);
        for (int i = 0; i < size; i++) {
            builder.add(1000L + i, rows[i]);
        }
        VectorIndex small = builder.build();
        Random random = new Random(3);
        for (int q = 0; q < 10; q++) {
            float[] query = gaussian(random);
            List<RankedRow> found = small.nearest(query, 20);
            double twentieth = cosine(query, rows[exactNearest(query, size, 20).get(19)]);
            assertThat(found).hasSize(20).allSatisfy(row -> assertThat(cosine(query, rows[(int) (row.rowid() - 1000)]))
                    .as("up to int8 rounding, nothing nearer was left out").isGreaterThan(twentieth - 0.02));
        }
    }

    @Test
    void concurrentQueriesGiveTheSameAnswerAsOneAtATime() throws Exception {
        Random random = new Random(11);
        List<float[]> queries = IntStream.range(0, 24).mapToObj(i -> near(rows[random.nextInt(LARGE)], 0.5f, random)).toList();
        List<List<RankedRow>> alone = queries.stream().map(q -> large.nearest(q, 20)).toList();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<RankedRow>>> together = new ArrayList<>();
            for (float[] q : queries) {
                together.add(callers.submit(() -> large.nearest(q, 20)));
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
        float[] query = rows[5];
        assertThat(large.nearest(query, 0)).isEmpty();
        assertThat(large.nearest(query, 1)).singleElement().extracting(RankedRow::rowid).isEqualTo(1005L);
        assertThat(new VectorIndex.Builder(2, DIMENSIONS, 1).build().nearest(query, 10)).isEmpty();
        VectorIndex.Builder three = new VectorIndex.Builder(3, DIMENSIONS, 1);
        for (int i = 0; i < 3; i++) {
            three.add(i, rows[i]);
        }
        assertThat(three.build().nearest(query, 10)).hasSize(3);
    }

    private static List<Integer> exactNearest(float[] query, int size, int k) {
        return IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -cosine(query, rows[i]))).limit(k).toList();
    }

    private static float[] gaussian(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }

    private static float[] near(float[] centre, float noise, Random random) {
        float[] n = gaussian(random);
        float[] v = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            v[d] = centre[d] + noise * n[d];
        }
        return Vectors.normalized(v);
    }

    private static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
