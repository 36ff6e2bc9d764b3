package org.policydesk.gaps;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.knowledge.store.Vectors;

/**
 * Builds knowledge-gap reports from the questions asked: similar questions are grouped by the
 * closeness of their embeddings (each joins the first group whose centre is close enough, the
 * newest questions first), so "troops on Matua?" and "how many soldiers are on Matua Island"
 * count as one need.
 */
public final class GapReports {

    /** At most this many of the period's questions are read, the newest. */
    public static final int MAX_QUESTIONS = 2_000;
    /** Cosine similarity from which two questions ask for the same thing, for this embedding model. */
    static final double SAME_NEED = 0.72;
    static final int MAX_GROUPS = 15;
    static final int ALSO_ASKED = 3;

    private static final Pattern PERIOD = Pattern.compile("(?i)(\\d{1,5})\\s*(h|d|w)");

    private final QuestionHistory history;
    private final EmbeddingModel embeddingModel;
    private final Clock clock;

    public GapReports(QuestionHistory history, EmbeddingModel embeddingModel, Clock clock) {
        this.history = history;
        this.embeddingModel = embeddingModel;
        this.clock = clock;
    }

    /**
     * The start of a period as an admin writes it: "7d", "24h", "2w", a date ("2026-11-01"), or
     * "all"; blank means the last 7 days.
     *
     * @throws IllegalArgumentException with a message to show, when it cannot be read
     */
    public Instant since(String period) {
        String text = period == null ? "" : period.strip();
        if (text.isEmpty()) {
            text = "7d";
        }
        if (text.equalsIgnoreCase("all")) {
            return Instant.EPOCH;
        }
        Matcher m = PERIOD.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration length = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return clock.instant().minus(length);
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("“" + text + "” is not a period: write 7d, 24h, 2w, a date such as 2026-11-01, or all");
        }
    }

    /** The report of the questions asked since an instant; with {@code withUsers}, who asked each group. */
    public GapReport report(Instant since, boolean withUsers) {
        List<AskedQuestion> asked = history.askedSince(since, MAX_QUESTIONS);
        List<float[]> vectors = embed(asked);
        List<Integer> all = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        List<Integer> disliked = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            all.add(i);
            if (!asked.get(i).answered()) {
                refused.add(i);
            } else if (asked.get(i).disliked()) {
                disliked.add(i);
            }
        }
        return new GapReport(since.equals(Instant.EPOCH) ? null : since, clock.instant(), asked.size(), refused.size(), disliked.size(),
                groups(refused, asked, vectors, withUsers), groups(disliked, asked, vectors, withUsers),
                groups(all, asked, vectors, withUsers));
    }

    private List<float[]> embed(List<AskedQuestion> asked) {
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < asked.size(); from += 256) {
            List<TextSegment> batch = asked.subList(from, Math.min(asked.size(), from + 256)).stream()
                    .map(q -> TextSegment.from(q.question())).toList();
            embeddingModel.embedAll(batch).content().forEach(e -> vectors.add(Vectors.normalized(e.vector())));
        }
        return vectors;
    }

    private static final class Cluster {
        final List<Integer> members = new ArrayList<>();
        final float[] sum;
        float[] centre;

        Cluster(int dimensions) {
            sum = new float[dimensions];
        }

        void add(int index, float[] vector) {
            members.add(index);
            for (int d = 0; d < vector.length; d++) {
                sum[d] += vector[d];
            }
            centre = Vectors.normalized(sum.clone());
        }
    }

    /** Groups the questions (indexes into {@code asked}), largest first, at most {@link #MAX_GROUPS}. */
    private static List<GapReport.Group> groups(List<Integer> indexes, List<AskedQuestion> asked, List<float[]> vectors,
            boolean withUsers) {
        List<Cluster> clusters = new ArrayList<>();
        for (int i : indexes) {
            float[] v = vectors.get(i);
            Cluster home = null;
            for (Cluster c : clusters) {
                if (Vectors.dot(c.centre, v) >= SAME_NEED) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new Cluster(v.length);
                clusters.add(home);
            }
            home.add(i, v);
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members.size()));
        List<GapReport.Group> groups = new ArrayList<>();
        for (Cluster c : clusters.subList(0, Math.min(MAX_GROUPS, clusters.size()))) {
            float[] centre = c.centre;
            int representative = c.members.stream().max(Comparator.comparingDouble(i -> Vectors.dot(centre, vectors.get(i))))
                    .orElseThrow();
            String question = asked.get(representative).question();
            Set<String> others = new LinkedHashSet<>();
            for (int i : c.members) {
                String q = asked.get(i).question();
                if (!q.equalsIgnoreCase(question) && others.stream().noneMatch(q::equalsIgnoreCase) && others.size() < ALSO_ASKED) {
                    others.add(q);
                }
            }
            List<String> users = withUsers ? c.members.stream().map(i -> asked.get(i).userId()).distinct().sorted().toList() : null;
            groups.add(new GapReport.Group(c.members.size(), question, List.copyOf(others), users));
        }
        return groups;
    }
}
