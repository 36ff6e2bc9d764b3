package org.policydesk.answering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.retrieval.ScoredPassage;

/**
 * Answers by quoting the sentences of the sources that answer the question, each followed by its
 * citation, grouped by source with the source's date. No network, nothing invented: when the
 * evidence does not answer the question, it says so.
 */
public final class ExtractiveAnswerer implements Answerer {


    /** How far below the best sentence a sentence stating the asked fact may score and still be preferred. */
    static final double TYPED_REACH = 0.75;
    static final double SAME_PASSAGE_REACH = 0.5;
    /** How close in meaning, against the closest sentence, the sentence going on from it must be to be quoted with it. */
    static final double GOES_ON_REACH = 0.9;
    /** How close another passage's reason must come to the closest, to be quoted as a second reason. */
    static final double ANOTHER_REASON = 0.9;

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
        Optional<Answer> foreign = ForeignLanguage.refusal(question.text());
        if (foreign.isPresent()) {
            return foreign.get().withLatency((System.nanoTime() - started) / 1e6);
        }
        Evidence evidence = evidenceFor(question);
        return compose(question, evidence).withLatency((System.nanoTime() - started) / 1e6);
    }

    /**
     * The evidence for a question. A question is first read on its own; the conversation before it
     * is used only when it cannot be answered alone and refers to something it does not name ("And
     * which jets are stationed there?"), so an earlier turn never leaks into the answer to a new,
     * complete question.
     */
    Evidence evidenceFor(Question question) {
        Evidence standalone = finder.find(question.text(), passages);
        if (question.history().isEmpty() || !question.leansOnHistory()) {
            return standalone;
        }
        if (answerability.judge(standalone, select(standalone)).answerable()) {
            return standalone;
        }
        Evidence inContext = finder.find(question.inContext(), passages);
        return answerability.judge(inContext, select(inContext)).answerable() ? inContext : standalone;
    }

    /** The evidence features behind the answer to a question, for calibration and diagnosis. */
    public String explain(Question question) {
        Evidence evidence = evidenceFor(question);
        return answerability.explain(evidence, select(evidence));
    }

    Answer compose(Question question, Evidence evidence) {
        Optional<Answer> aboutSource = SourceMetadataAnswers.answer(question, evidence);
        if (aboutSource.isPresent()) {
            return withPartsNotAboutTheSource(question, aboutSource.get());
        }
        List<ScoredSentence> chosen = select(evidence);
        Answerability.Verdict verdict = answerability.judge(evidence, chosen);
        if (verdict.partial()) {
            return partial(question, chosen, verdict);
        }
        if (!verdict.answerable()) {
            return refusal(question, evidence, verdict);
        }
        PartsAnswer parts = withEachPartsAnswer(evidence, chosen);
        if (!parts.unanswered().isEmpty()) {
            return answeredInPart(question, parts);
        }
        List<ScoredSentence> answer = parts.sentences();
        CitedText out = new CitedText();
        quote(out, withLeadIns(answer));
        // "What role does NATO play in each of the two documents?": the one that never names NATO says nothing of it.
        evidence.unmentioned().forEach((document, names) -> {
            if (answer.stream().noneMatch(s -> s.documentId().equals(document.id()))) {
                out.append(Attribution.of(document)).append(": no mention of ")
                        .append(String.join(" or ", names.stream().map(n -> "“" + n + "”").toList())).append(".\n");
            }
        });
        return new Answer(question.text(), true, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
    }

    /**
     * A question that asks two things ("What is Japan's proposal called, and what is Russia's called?") is answered
     * part by part: each part's own best sentence, read as a question of its own (a later part that refers back, as a
     * follow-up to the first), joins the answer to the whole when that leaves it out and the part is answered, with
     * the sentences it leans on.
     */
    private PartsAnswer withEachPartsAnswer(Evidence evidence, List<ScoredSentence> chosen) {
        List<String> parts = QuestionAnalysis.parts(evidence.profile().text());
        if (parts.size() < 2) {
            return new PartsAnswer(chosen, Map.of());
        }
        List<ScoredSentence> result = new ArrayList<>(chosen);
        Map<String, Answerability.Verdict> unanswered = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Evidence alone = evidenceFor(part(parts, i, parts.get(i)));
            List<ScoredSentence> answer = select(alone);
            Answerability.Verdict verdict = answerability.judge(alone, answer);
            if (!verdict.answerable()) {
                unanswered.put(parts.get(i), verdict);
                continue;
            }
            if (quotes(result, answer.get(0))) {
                continue;
            }
            List<ScoredSentence> best = withAntecedents(List.of(answer.get(0)), alone.sentences());
            best.stream().filter(s -> !quotes(result, s)).forEach(result::add);
        }
        return new PartsAnswer(result, unanswered.size() < parts.size() ? unanswered : Map.of());
    }

    /**
     * "Who wrote the 2018 analysis, and what does it say about the chances of a peace treaty?": the catalogue answers who
     * wrote it; a part it does not answer is answered from the text (read after the first, as a follow-up) and joins the
     * answer, which is answered only if every part is.
     */
    private Answer withPartsNotAboutTheSource(Question question, Answer aboutSource) {
        List<String> parts = QuestionAnalysis.parts(question.text());
        if (parts.size() < 2) {
            return aboutSource;
        }
        Answer joined = aboutSource;
        for (int i = 0; i < parts.size(); i++) {
            Question part = part(parts, i, i == 0 ? parts.get(0) : naming(parts.get(i), parts.get(0)));
            Evidence alone = evidenceFor(part);
            if (SourceMetadataAnswers.answer(part, alone).isEmpty()) {
                Answer answer = compose(part, alone);
                joined = joined.followedBy(answer.answered() ? answer : answer.withText("On “" + part.text() + "”: " + answer.text()));
            }
        }
        return joined;
    }

    /**
     * Part i of a question, as this text: "…, and how far is it likely to go?", a later part that refers back, is read
     * after the first, as a follow-up.
     */
    private static Question part(List<String> parts, int i, String text) {
        return new Question(text, i == 0 ? List.of() : List.of(new Turn(parts.get(0), "")));
    }

    /** A source a question names: "the 2018 analysis", "the EWI commentary", "Benedyczak's paper". */
    private static final java.util.regex.Pattern SOURCE_NAMED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+)?" + QuestionProfile.SOURCE_NOUN + "\\b");
    private static final java.util.regex.Pattern IT = java.util.regex.Pattern.compile("(?i)\\bit\\b");

    /** "what does it say about…" after "Who wrote the 2018 analysis": what "it" is, named as the first part names it. */
    private static String naming(String part, String first) {
        java.util.regex.Matcher source = SOURCE_NAMED.matcher(first);
        return source.find() ? IT.matcher(part).replaceFirst(java.util.regex.Matcher.quoteReplacement(source.group())) : part;
    }

    /**
     * The sentences that answer a question, each of its parts included, and the parts that its sources do not answer
     * (with why), when some of its parts are answered.
     */
    private record PartsAnswer(List<ScoredSentence> sentences, Map<String, Answerability.Verdict> unanswered) {}

    /** Whether the sentences hold this one, as scored for any question. */
    private static boolean quotes(List<ScoredSentence> sentences, ScoredSentence sentence) {
        return sentences.stream().anyMatch(s -> s.passage().passage().id().equals(sentence.passage().passage().id())
                && s.index() == sentence.index());
    }

    /** Quotes sentences grouped by source, older sources first, each sentence followed by its marker. */
    private static void quote(CitedText out, List<ScoredSentence> chosen) {
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
    }

    /**
     * A question that asks two things, one of which the sources do not answer ("Who hosted the 2018 World Cup, and who
     * won it?"): say which part is not answered and why, quote what answers the rest, and count it as not answered.
     */
    private Answer answeredInPart(Question question, PartsAnswer parts) {
        CitedText out = new CitedText();
        out.append("Not answered in full.");
        parts.unanswered().forEach((part, why) -> out.append(" “").append(part).append("” is not answered. ").append(why.reason()));
        out.append(" What they do say:\n");
        quote(out, withLeadIns(parts.sentences()));
        return new Answer(question.text(), false, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
    }

    /**
     * The sources are on the topic but do not state the fact asked for: say so, and quote what they
     * do say, so the reader sees the nearest evidence and that it does not answer.
     */
    private Answer partial(Question question, List<ScoredSentence> chosen, Answerability.Verdict verdict) {
        CitedText out = new CitedText();
        out.append("Not answered. ").append(verdict.reason()).append(" The closest they come:\n");
        ScoredSentence best = chosen.get(0);
        List<ScoredSentence> nearest = chosen.stream()
                .filter(s -> s == best || s.passage().passage().id().equals(best.passage().passage().id())
                        && Math.abs(s.index() - best.index()) <= Anaphora.ANTECEDENTS_QUOTED)
                .toList();
        quote(out, withLeadIns(nearest));
        return new Answer(question.text(), false, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
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
        ScoredSentence introduced = null;
        if (profile.type().demandsFact() && !best.typed()) {
            // A sentence that states the kind of fact asked for beats a closer one that does not, unless it is far off.
            // A name from the very passage of the closest ("two proposals … have been worked out. … The Russian
            // proposal, “hikiwake”…") is on its subject, so it may be further off; the closer one is quoted with it.
            // Not a number: a passage dates and counts several things.
            ScoredSentence top = best;
            best = ranked.stream().filter(ScoredSentence::typed).filter(s -> s.score() >= TYPED_REACH * top.score()
                    || profile.type().asksForName() && s.passage().source().rowid() == top.passage().source().rowid()
                            && s.score() >= SAME_PASSAGE_REACH * top.score())
                    .findFirst().orElse(best);
            if (best != top && best.score() < TYPED_REACH * top.score()) {
                introduced = top;
            }
        }
        if (!best.bound()) {
            // A sentence about what the question is specifically about (its year, its names) beats one about something else.
            boolean fact = profile.type().demandsFact();
            best = preferred(ranked, best, s -> s.bound() && (s.typed() || !fact));
        }
        if (profile.analysis().asksWhatWasDone() && SentenceFacts.recommends(best.text())) {
            // "What did Japan and Russia do about fisheries?": what they did (an agreement inked in 1998) beats
            // what they should do.
            ScoredSentence top = best;
            best = preferred(ranked, best, s -> !SentenceFacts.recommends(s.text()) && (s.bound() || !top.bound()));
        }
        ScoredSentence partly = introduced;
        if (partly == null && best.typed() && best.strength() < 1) {
            // One that states it fully ("the Forum (EEF) in Vladivostok") leads over one that states it in
            // part ("Abe's arrival to Vladivostok … visit to the EEF"), unless it is far off; the closer one
            // still follows it.
            ScoredSentence top = best;
            best = ranked.stream().filter(s -> s.strength() > top.strength() && (s.bound() || !top.bound()))
                    .filter(s -> s.score() >= TYPED_REACH * top.score())
                    .max(Comparator.comparingDouble(ScoredSentence::strength)).orElse(best);
            partly = best == top ? null : top;
        }
        List<ScoredSentence> chosen = new ArrayList<>(List.of(best));
        if (partly != null) {
            chosen.add(partly);
        }
        Set<String> covered = new HashSet<>();
        Set<String> documents = new HashSet<>();
        for (ScoredSentence c : chosen) {
            covered.addAll(c.stems());
            documents.add(c.documentId());
        }
        // A question naming several years asks about several moments ("by 2016, and by 2018"): a
        // sentence answering for a year the others do not is a part of the answer, not a repeat.
        List<String> askedYears = profile.analysis().constraints().stream()
                .filter(c -> c.kind() == QuestionAnalysis.Constraint.Kind.YEAR).map(QuestionAnalysis.Constraint::text).toList();
        Set<String> yearsMet = new HashSet<>(yearsMet(best, askedYears));
        // So does one from a passage that meets a part of a question that asks two things, when no
        // sentence chosen yet does ("…since 2012, and which meeting was the one in Vladivostok?").
        Set<Integer> partsMet = new HashSet<>(best.parts());
        // And for a question that asks for several names ("Which prime ministers…") or several of what it names
        // ("Which Olympics…"), one that offers a name the chosen ones do not.
        boolean several = profile.analysis().asksForSeveral();
        Set<String> namesGiven = new HashSet<>();
        chosen.forEach(c -> namesGiven.addAll(c.names()));

        Set<String> entities = profile.analysis().constraintStems();
        List<List<String>> named = profile.analysis().nameConstraints().stream().map(QuestionAnalysis.Constraint::stems).toList();
        Set<String> unnamedTopic = new HashSet<>(profile.weights().keySet());
        named.forEach(unnamedTopic::removeAll);
        Set<String> silent = evidence.unmentioned().keySet().stream().map(DocumentMetadata::id).collect(java.util.stream.Collectors.toSet());
        if (shape == QuestionProfile.Shape.CONSEQUENCE) {
            // What followed is the next sentence, and the one after it when that says it is the outcome
            // ("Russia responded with a list… As a result, the Kurils' negotiations were halted").
            java.util.Optional<ScoredSentence> followed = next(best, ranked);
            followed.ifPresent(chosen::add);
            followed.flatMap(f -> next(f, ranked)).filter(f -> Anaphora.TELLS_OUTCOME.matcher(f.text()).find()).ifPresent(chosen::add);
        }
        if (shape == QuestionProfile.Shape.CONSEQUENCE && profile.type() == AnswerType.ACTION && best.typed()) {
            // "How did Moscow respond to Tokyo joining the sanctions?": what the actor did is told after the occasion it
            // answers ("…in 2014 joined the EU sanctions… Russia responded with a list…"), which is quoted with it.
            ScoredSentence acted = best;
            previous(best, ranked).filter(occasion -> !chosen.contains(occasion)
                    && profile.coverage(union(acted.stems(), occasion.stems())) > profile.coverage(acted.stems())).ifPresent(chosen::add);
        }
        // A question whose parts ask different kinds of fact ("What stake…, and which project…") is answered in part
        // by sentences that state no fact of the first part's kind.
        boolean otherKinds = profile.analysis().partsAskOtherKinds();
        for (ScoredSentence next : ranked) {
            if (chosen.contains(next) || profile.type().demandsFact() && best.typed() && !next.typed() && !multi && !otherKinds
                    || best.bound() && !next.bound()) {
                continue;
            }
            boolean newDocument = !documents.contains(next.documentId());
            // Another source's say on it is its sentence that states what is asked (a judgement of the chances),
            // unless that one is far below its closest.
            ScoredSentence s = multi && newDocument && profile.type().gradesEvidence() && !next.typed()
                    ? preferred(ranked.stream().filter(o -> o.documentId().equals(next.documentId()) && !chosen.contains(o)).toList(),
                            next, ScoredSentence::typed)
                    : next;
            // Another source has its say on what the question names, not on something else: a sentence that names none
            // of it ("regional forums such as the Asia Pacific Economic Cooperation grouping" for "the Eastern Economic
            // Forum or Vladivostok") is not that source's say. One that leans on a sentence naming it, which it is quoted
            // with, speaks of it ("…the southernmost Kurils… Moreover, … a $1.2 billion plan to develop the entire island chain").
            java.util.Optional<ScoredSentence> leanedOn = leansBack(s) ? previous(s, ranked) : java.util.Optional.empty();
            boolean onWhatIsNamed = named.isEmpty() || named.stream().anyMatch(n -> s.stems().containsAll(n)
                    || leanedOn.filter(l -> l.stems().containsAll(n)).isPresent());
            if (!onWhatIsNamed && silent.contains(s.documentId()) && java.util.Collections.disjoint(s.stems(), unnamedTopic)) {
                // A source that never mentions what is asked has no say on it, however close its sentence ("regional forums
                // such as the Asia Pacific Economic Cooperation grouping" for the Eastern Economic Forum): the answer says
                // so. It has on the rest of the question ("fisheries or the Sea of Okhotsk").
                continue;
            }
            boolean newSource = multi && newDocument && onWhatIsNamed;
            // Another source may name it otherwise ("the conflict" for "the dispute"): as close in meaning, it has its
            // say, though the first source has said all there is room for.
            boolean otherWords = newSource && s.lexical() < best.lexical() && s.similarity() >= best.similarity();
            // A source asked about that has no say yet still has its place, though the first has filled the answer.
            if (chosen.size() >= limit && !otherWords && !newSource) {
                continue;
            }
            boolean samePassage = chosen.stream().anyMatch(c -> c.passage().passage().id().equals(s.passage().passage().id()));
            boolean goesOnFromBest = goesOnFrom(s, best);
            Set<String> withIt = union(covered, s.stems());
            double gain = profile.coverage(withIt) - profile.coverage(covered);
            boolean add;
            if (broad) {
                // Two sentences that both name what the question is about ("the EEF in Vladivostok") may still say
                // different things of it: they repeat each other only in the rest of their words.
                // Another source saying the same is that source's say, which is what the question asks for: no repeat.
                boolean distinct = newSource
                        || chosen.stream().noneMatch(c -> overlap(without(c.stems(), entities), without(s.stems(), entities)) > 0.5);
                // What a source says of it goes on in the sentence after the closest that leans on it ("Bilateral energy
                // consultations were established in 2008… These engagements have lagged over the years…").
                add = distinct && (s.score() >= 0.6 * best.score() || (newSource && s.score() >= 0.5 * best.score()) || otherWords
                        || (samePassage && s.similarity() >= 0.85 * best.similarity())) || goesOnFromBest;
            } else {
                boolean newPart = (askedYears.size() > 1 && !yearsMet.containsAll(yearsMet(s, askedYears))
                        || !partsMet.containsAll(s.parts()) || several && (!namesGiven.containsAll(s.names()) || listsFirst(s, chosen)))
                        && (s.typed() || !profile.type().demandsFact());
                // A part for another year, another part of the question or another name asked for shares only
                // part of the question's words, as a part from another
                // source of a broad question does: the same lower bar.
                double bar = newPart ? 0.5 : newSource ? 0.70 : shape == QuestionProfile.Shape.COMPOUND && gain >= 0.10 ? 0.65 : 0.82;
                // The sentence after the closest that goes on about what it names ("…its A2AD systems… The systems hinder
                // aggressors…"), and is about as close in meaning, says what the question asks of it in other words; so
                // does one that states what is asked, a reason or an effect ("…established in 2008… These engagements
                // have lagged…, however, due to renewed tensions"; what the A2AD systems are for), whether or not the
                // closest states one too.
                boolean goesOn = goesOnFromBest && !profile.type().demandsFact()
                        && (s.similarity() >= GOES_ON_REACH * best.similarity() || profile.type().gradesEvidence() && s.typed());
                // Another passage that gives a reason as well, about as close, is another reason: "why won't Russia hand
                // over Iturup" is answered by their military significance and by what Russia's defence would lose.
                boolean anotherReason = profile.type() == AnswerType.REASON && s.typed() && best.typed() && !samePassage
                        && s.score() >= ANOTHER_REASON * best.score();
                // "…, and why did they stall?": the sentence after the closest that goes on about it ("These engagements
                // have lagged…, however, due to…") and states the second part's kind answers that part.
                boolean answersSecond = otherKinds && s.secondKind() && !best.secondKind()
                        && goesOnFromBest && chosen.stream().noneMatch(ScoredSentence::secondKind);
                add = s.score() >= bar * best.score()
                        && (gain >= 0.10 || newSource || (s.typed() && !best.typed()) || newPart) || otherWords || goesOn || anotherReason
                        || answersSecond;
            }
            if (add) {
                chosen.add(s);
                covered = withIt;
                documents.add(s.documentId());
                yearsMet.addAll(yearsMet(s, askedYears));
                partsMet.addAll(s.parts());
                namesGiven.addAll(s.names());
            }
        }
        return withAntecedents(chosen, ranked);
    }

    /** Whether a sentence lists several of a kind, where none chosen yet does: an answer to "which problems…". */
    private static boolean listsFirst(ScoredSentence s, List<ScoredSentence> chosen) {
        return SentenceFacts.listsSeveral(s.text()) && chosen.stream().noneMatch(c -> SentenceFacts.listsSeveral(c.text()));
    }

    /** The asked years a sentence answers for: those it states, or its document's when it states none. */
    private static Set<String> yearsMet(ScoredSentence s, List<String> askedYears) {
        Set<String> met = new HashSet<>();
        for (String year : askedYears) {
            if (s.text().contains(year)) {
                met.add(year);
            }
        }
        if (met.isEmpty() && askedYears.contains(s.passage().document().published().year())) {
            met.add(s.passage().document().published().year());
        }
        return met;
    }

    private static java.util.Optional<ScoredSentence> next(ScoredSentence s, List<ScoredSentence> all) {
        return all.stream().filter(o -> follows(o, s)).findFirst();
    }

    private static java.util.Optional<ScoredSentence> previous(ScoredSentence s, List<ScoredSentence> all) {
        return all.stream().filter(o -> follows(s, o)).findFirst();
    }

    /** Whether a sentence comes right after another in its passage and leans on it: it goes on about what that one says. */
    static boolean goesOnFrom(ScoredSentence s, ScoredSentence before) {
        return follows(s, before) && leansBack(s);
    }

    /** Whether a sentence comes right after another in the same passage. */
    private static boolean follows(ScoredSentence s, ScoredSentence before) {
        return s.passage().passage().id().equals(before.passage().passage().id()) && s.index() == before.index() + 1;
    }

    /** The best-ranked sentence that has a quality the top one lacks, unless it is far below the top one. */
    private static ScoredSentence preferred(List<ScoredSentence> ranked, ScoredSentence top, java.util.function.Predicate<ScoredSentence> quality) {
        return ranked.stream().filter(quality).filter(s -> s.score() >= TYPED_REACH * top.score()).findFirst().orElse(top);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> without(Set<String> stems, Set<String> asked) {
        Set<String> rest = new HashSet<>(stems);
        rest.removeAll(asked);
        return rest;
    }

    /** The share of the smaller sentence's content words the other holds too ("the", "and", "with" do not make two sentences alike). */
    static double overlap(Set<String> a, Set<String> b) {
        Set<String> contentA = new HashSet<>(a);
        contentA.removeIf(org.policydesk.text.Terms::isStopword);
        Set<String> contentB = new HashSet<>(b);
        contentB.removeIf(org.policydesk.text.Terms::isStopword);
        Set<String> common = new HashSet<>(contentA);
        common.retainAll(contentB);
        return common.size() / (double) Math.max(1, Math.min(contentA.size(), contentB.size()));
    }

    /** Each chosen sentence that leans on the one before brings it along (and that one, its own), cited the same. */
    private static List<ScoredSentence> withAntecedents(List<ScoredSentence> chosen, List<ScoredSentence> all) {
        List<ScoredSentence> result = new ArrayList<>(chosen);
        for (ScoredSentence s : chosen) {
            ScoredSentence current = s;
            for (int hops = 0; hops < Anaphora.ANTECEDENTS_QUOTED && leansBack(current); hops++) {
                ScoredSentence leaning = current;
                java.util.Optional<ScoredSentence> previous = all.stream()
                        .filter(o -> o.passage().passage().id().equals(leaning.passage().passage().id())
                                && o.index() == leaning.index() - 1)
                        .findFirst();
                if (previous.isEmpty()) {
                    break;
                }
                if (!result.contains(previous.get())) {
                    result.add(previous.get());
                }
                current = previous.get();
            }
        }
        return result;
    }

    /**
     * The sentences to quote: each that opens its paragraph leaning on the one before ("…on this front") brings the
     * closing sentence of that paragraph, cited as its own. Only for reading: the answer is judged on what was chosen.
     */
    private List<ScoredSentence> withLeadIns(List<ScoredSentence> quoted) {
        List<ScoredSentence> result = new ArrayList<>(quoted);
        for (ScoredSentence s : quoted) {
            if (s.index() != 0 || !Anaphora.leansBack(s.text())) {
                continue;
            }
            finder.leadIn(s.passage())
                    .filter(l -> result.stream().noneMatch(r -> r.passage().passage().id().equals(l.passage().passage().id())
                            && r.index() == l.index()))
                    .ifPresent(result::add);
        }
        return result;
    }

    static boolean leansBack(ScoredSentence s) {
        return s.index() > 0 && Anaphora.leansBack(s.text());
    }

    private static Answer refusal(Question question, Evidence evidence, Answerability.Verdict verdict) {
        CitedText out = new CitedText();
        out.append("The sources don't cover this. ").append(verdict.reason());
        List<ScoredPassage> nearest = evidence.passages().stream().limit(2).toList();
        if (!nearest.isEmpty() && verdict.showNearest()) {
            out.append(" The nearest passages, which do not answer it: ");
            List<String> markers = new ArrayList<>();
            for (ScoredPassage p : nearest) {
                markers.add(p.document().title() + ", " + p.passage().location() + " " + out.marker(p.source()));
            }
            out.append(String.join("; ", markers)).append(".");
        }
        return new Answer(question.text(), false, out.text(), AnswerMode.EXTRACTIVE, out.citations(), "", 0);
    }
}
