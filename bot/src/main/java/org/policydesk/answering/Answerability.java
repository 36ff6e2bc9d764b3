package org.policydesk.answering;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the evidence answers the question, from principles rather than examples: a
 * question must have something to look up; the sources must mention the names, numbers and
 * acronyms it is specifically about, and most of its subject; and the chosen sentences must be
 * close to it in meaning and share its rare words, unless they are so close in meaning that they
 * evidently say the same thing in other words.
 */
public final class Answerability {

    /** @param showNearest whether pointing to the nearest passages would help the reader */
    public record Verdict(boolean answerable, String reason, boolean showNearest) {}

    private final double minSimilarity;
    private final double strongSimilarity;
    private final double minCoverage;

    /**
     * @param minSimilarity    below this cosine similarity of the best chosen sentence, nothing in
     *                         the sources is on the question's topic
     * @param strongSimilarity from this similarity on, a sentence says what the question asks in
     *                         other words, so missing words of the question do not matter
     * @param minCoverage      the least IDF-weighted share of the question's known words the chosen
     *                         sentences must hold when their similarity is not strong
     */
    public Answerability(double minSimilarity, double strongSimilarity, double minCoverage) {
        this.minSimilarity = minSimilarity;
        this.strongSimilarity = strongSimilarity;
        this.minCoverage = minCoverage;
    }

    public Verdict judge(Evidence evidence, List<ScoredSentence> chosen) {
        QuestionProfile profile = evidence.profile();
        if (profile.weights().isEmpty()) {
            return new Verdict(false, "The question has nothing to look up: ask about something the documents discuss.", false);
        }
        if (chosen.isEmpty()) {
            return new Verdict(false, "The knowledge base has no passages yet.", false);
        }
        if (profile.requestsNewText()) {
            return new Verdict(false, "This asks for new writing; I can only answer questions about what the documents say.", false);
        }
        List<String> missing = new java.util.ArrayList<>(profile.unknownSpecifics());
        profile.unknownFocus().filter(f -> !missing.contains(f)).ifPresent(missing::add);
        double similarity = chosen.stream().mapToDouble(ScoredSentence::similarity).max().orElse(0);
        Set<String> covered = new HashSet<>();
        chosen.forEach(s -> covered.addAll(s.stems()));
        double coverage = profile.coverage(covered);
        if (!missing.isEmpty() && similarity < strongSimilarity) {
            return new Verdict(false, "They never mention " + quoted(missing) + ".", true);
        }
        if (similarity < minSimilarity) {
            return new Verdict(false, "Nothing in them is close to it.", true);
        }
        if (profile.unknownShare() > 0.75 && similarity < strongSimilarity) {
            return new Verdict(false, "Most of what it asks about is not in them.", true);
        }
        if (coverage < minCoverage && similarity < strongSimilarity) {
            return new Verdict(false, "Nothing in them answers it.", true);
        }
        return new Verdict(true, "", false);
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "“" + w + "”").toList());
    }

    /** The features behind a verdict, for calibration and diagnosis. */
    String explain(Evidence evidence, List<ScoredSentence> chosen) {
        QuestionProfile profile = evidence.profile();
        double similarity = chosen.stream().mapToDouble(ScoredSentence::similarity).max().orElse(0);
        Set<String> covered = new HashSet<>();
        chosen.forEach(s -> covered.addAll(s.stems()));
        StringBuilder top = new StringBuilder();
        evidence.sentences().stream().limit(8).forEach(s -> top.append(String.format(java.util.Locale.ROOT,
                "%n      %.3f lex=%.2f sim=%.3f typed=%s r%d %s#%d %s", s.score(), s.lexical(), s.similarity(), s.typed(),
                s.passageRank(), s.passage().passage().id(), s.index(), s.text().substring(0, Math.min(70, s.text().length())))));
        return String.format(java.util.Locale.ROOT, "sim=%.3f cov=%.3f unknownShare=%.3f unknownSpecific=%s type=%s%s",
                similarity, profile.coverage(covered), profile.unknownShare(), profile.unknownSpecifics(), profile.type(), top);
    }
}
