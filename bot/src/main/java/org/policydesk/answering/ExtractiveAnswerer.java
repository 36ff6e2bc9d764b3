package org.policydesk.answering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.retrieval.ScoredPassage;

/**
 * Answers by quoting the sentences of the sources that answer the question, each followed by its
 * citation, grouped by source with the source's date. No network, nothing invented: when the
 * evidence does not answer the question, it says so.
 */
public final class ExtractiveAnswerer implements Answerer {

    /** A sentence that opens with one of these leans on the sentence before it. */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(It|Its|This|These|That|Those|They|Their|Such|He|She|His|Her|Both|The latter|The former|However|But|Then)\\b");

    private final EvidenceFinder finder;
    private final Answerability answerability;
    private final int passages;

    public ExtractiveAnswerer(EvidenceFinder finder, Answerability answerability, int passages) {
        this.finder = finder;
        this.answerability = answerability;
        this.passages = passages;
    }

    @Override
    public Answer answer(Question question) {
        long started = System.nanoTime();
        Evidence evidence = finder.find(question.inContext(), passages);
        return compose(question, evidence).withLatency((System.nanoTime() - started) / 1e6);
    }

    /** The evidence features behind the answer to a question, for calibration and diagnosis. */
    public String explain(Question question) {
        Evidence evidence = finder.find(question.inContext(), passages);
        return answerability.explain(evidence, select(evidence));
    }

    Answer compose(Question question, Evidence evidence) {
        List<ScoredSentence> chosen = select(evidence);
        Answerability.Verdict verdict = answerability.judge(evidence, chosen);
        if (!verdict.answerable()) {
            return refusal(question, evidence, verdict);
        }
        CitedText out = new CitedText();
        Map<String, List<ScoredSentence>> byDocument = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparing((ScoredSentence s) -> s.passage().document().published().iso())
                        .thenComparing(ScoredSentence::documentId)
                        .thenComparingInt(s -> s.passage().passage().ordinal())
                        .thenComparingInt(ScoredSentence::index))
                .forEach(s -> byDocument.computeIfAbsent(s.documentId(), id -> new ArrayList<>()).add(s));
        for (List<ScoredSentence> group : byDocument.values()) {
            DocumentMetadata document = group.get(0).passage().document();
            out.append(Attribution.of(document)).append(": ");
            for (ScoredSentence s : group) {
                out.append(s.text()).append(" ").append(out.marker(s.passage().source())).append(" ");
            }
            out.append("\n");
        }
        return new Answer(question.text(), true, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
    }

    /**
     * The best sentence, then others chosen by the question's shape: nearly-as-good sentences that
     * cover words of the question not yet covered; for a compound question, the sentences that
     * answer its other part; for a broad one, several distinct points (from every source, if it
     * asks about several); for a consequence, what the source says next. A sentence that leans on
     * the one before it brings that one along.
     */
    List<ScoredSentence> select(Evidence evidence) {
        List<ScoredSentence> ranked = evidence.sentences();
        if (ranked.isEmpty()) {
            return List.of();
        }
        QuestionProfile profile = evidence.profile();
        QuestionProfile.Shape shape = profile.shape();
        boolean broad = shape == QuestionProfile.Shape.BROAD;
        boolean multi = profile.multiDocument();
        int limit = broad ? (multi ? 5 : 4) : multi ? 4 : 3;
        ScoredSentence best = ranked.get(0);
        List<ScoredSentence> chosen = new ArrayList<>(List.of(best));
        Set<String> covered = new HashSet<>(best.stems());
        Set<String> documents = new HashSet<>(List.of(best.documentId()));

        if (shape == QuestionProfile.Shape.CONSEQUENCE) {
            next(best, ranked).ifPresent(chosen::add);
        }
        for (ScoredSentence s : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= limit) {
                break;
            }
            if (chosen.contains(s)) {
                continue;
            }
            boolean newDocument = !documents.contains(s.documentId());
            boolean samePassage = chosen.stream().anyMatch(c -> c.passage().passage().id().equals(s.passage().passage().id()));
            Set<String> union = new HashSet<>(covered);
            union.addAll(s.stems());
            double gain = profile.coverage(union) - profile.coverage(covered);
            boolean add;
            if (broad) {
                boolean distinct = chosen.stream().noneMatch(c -> overlap(c.stems(), s.stems()) > 0.5);
                add = distinct && (s.score() >= 0.6 * best.score() || (multi && newDocument && s.score() >= 0.5 * best.score())
                        || (samePassage && s.similarity() >= 0.85 * best.similarity()));
            } else {
                double bar = multi && newDocument ? 0.70 : shape == QuestionProfile.Shape.COMPOUND && gain >= 0.10 ? 0.65 : 0.82;
                add = s.score() >= bar * best.score()
                        && (gain >= 0.10 || (multi && newDocument) || (s.typed() && !best.typed()));
            }
            if (add) {
                chosen.add(s);
                covered = union;
                documents.add(s.documentId());
            }
        }
        return withAntecedents(chosen, ranked);
    }

    private static java.util.Optional<ScoredSentence> next(ScoredSentence s, List<ScoredSentence> all) {
        return all.stream()
                .filter(o -> o.passage().passage().id().equals(s.passage().passage().id()) && o.index() == s.index() + 1)
                .findFirst();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) Math.max(1, Math.min(a.size(), b.size()));
    }

    private static List<ScoredSentence> withAntecedents(List<ScoredSentence> chosen, List<ScoredSentence> all) {
        List<ScoredSentence> result = new ArrayList<>(chosen);
        for (ScoredSentence s : chosen) {
            if (s.index() == 0 || !LEANS_BACK.matcher(s.text()).find()) {
                continue;
            }
            all.stream()
                    .filter(o -> o.passage().passage().id().equals(s.passage().passage().id()) && o.index() == s.index() - 1)
                    .findFirst()
                    .filter(previous -> !result.contains(previous))
                    .ifPresent(result::add);
        }
        return result;
    }

    private static Answer refusal(Question question, Evidence evidence, Answerability.Verdict verdict) {
        CitedText out = new CitedText();
        out.append("The sources don't cover this. ").append(verdict.reason());
        List<ScoredPassage> nearest = evidence.passages().stream().limit(2).toList();
        if (!nearest.isEmpty() && verdict.showNearest()) {
            out.append(" The nearest passages, which do not answer it: ");
            List<String> markers = new ArrayList<>();
            for (ScoredPassage p : nearest) {
                markers.add(p.document().title() + ", ¶" + p.passage().paragraph() + " " + out.marker(p.source()));
            }
            out.append(String.join("; ", markers)).append(".");
        }
        return new Answer(question.text(), false, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
    }
}
