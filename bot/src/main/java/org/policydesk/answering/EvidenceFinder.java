package org.policydesk.answering;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.Vectors;
import org.policydesk.retrieval.PassageRetriever;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;
import org.policydesk.text.Thesaurus;

/**
 * Retrieves the passages for a question and scores each of their sentences by how well it answers:
 * the question's rare words it holds, its meaning's closeness to the question, whether it holds the
 * kind of thing asked for, and how well its passage ranked.
 */
public final class EvidenceFinder {

    static final double LEXICAL_WEIGHT = 0.45;
    static final double SEMANTIC_WEIGHT = 0.40;
    static final double RANK_WEIGHT = 0.15;
    static final double TYPE_BONUS = 0.10;
    /** How close in meaning an outcome sharing no word with the question must be, for the fact it adds to count. */
    static final double ADDED_FACT_SIMILARITY = 0.35;

    private final KnowledgeReader store;
    private final PassageRetriever retriever;
    private final EmbeddingModel embeddingModel;

    private final VocabularyBridges bridges;
    private final SentenceVectors sentenceVectors;

    private final CorpusIndex corpus;
    private final Thesaurus thesaurus;

    public EvidenceFinder(KnowledgeReader store, CorpusIndex corpus, PassageRetriever retriever, EmbeddingModel embeddingModel,
            Thesaurus thesaurus) {
        this.store = store;
        this.corpus = corpus;
        this.retriever = retriever;
        this.embeddingModel = embeddingModel;
        this.thesaurus = thesaurus;
        this.bridges = new VocabularyBridges(embeddingModel, thesaurus, 50_000);
        this.sentenceVectors = new SentenceVectors(store, embeddingModel);
    }

    /** @param question what to retrieve for and what the sentences must answer (a follow-up read in its context) */
    public Evidence find(String text, int passageCount) {
        CorpusIndex.Generation generation = store.read(corpus::of);
        String asTyped = respelled(withApostrophes(Terms.spelledOut(QuestionAnalysis.withoutExclusions(
                MistypedQuestionWord.respelled(text, generation.abbreviations().wordCounts().keySet()))), generation), generation);
        String question = generation.abbreviations().expand(generation.acronyms().expand(asTyped));
        QuestionProfile initial = profile(question);
        QuestionProfile profile = initial;
        QuestionAnalysis analysis = profile.analysis();
        boolean statesNumber = analysis.type().asksForNumber();
        // A question about what each source says needs each source's best passages, though one source words it closer.
        boolean acrossSources = initial.multiDocument() && initial.namedDocuments().size() != 1;
        // So does one that names the source to answer from, though another source words it closer.
        boolean fromOneSource = initial.namedDocuments().size() == 1;
        List<ScoredPassage> retrieved = retriever.retrieve(question, acrossSources || fromOneSource ? passageCount * SOURCE_SEARCH_DEPTH
                : binding(analysis).isEmpty() && !statesNumber ? passageCount : passageCount * 2);
        List<String> questionParts = QuestionAnalysis.parts(question);
        boolean twoThings = questionParts.size() == 2;
        if (twoThings) {
            retrieved = withEachPartsBest(retrieved, questionParts, passageCount);
        }
        // A question that names a source is answered from that source, when it has anything to offer; one that asks
        // two things may ask the second of another ("…according to the 2016 commentary, and which meeting was…").
        List<ScoredPassage> fromNamed = twoThings ? List.of() : retrieved.stream()
                .filter(p -> initial.namedDocuments().contains(p.document().id())).toList();
        List<ScoredPassage> passages = fromNamed.isEmpty() ? retrieved : fromNamed;
        // Words the documents never use are related to the words of the passages found.
        List<String> unknownWords = profile.unknownWords();
        if (!unknownWords.isEmpty()) {
            Set<String> candidates = new java.util.LinkedHashSet<>();
            for (ScoredPassage p : passages) {
                for (String term : Terms.contentTerms(p.passage().text())) {
                    if (term.chars().allMatch(Character::isLetter)) {
                        candidates.add(term);
                    }
                }
            }
            profile = profile.withBridges(bridges.relate(unknownWords, candidates, generation.wordVectors()))
                    .withSynonyms(bridges.synonyms(unknownWords, candidates, generation.wordVectors()));
        }
        QuestionProfile bridged = profile;
        if (passages.size() > passageCount) {
            // Passages that mention what the question is specifically about (its years, numbers, names) come first.
            Map<ScoredPassage, Integer> met = new java.util.IdentityHashMap<>();
            passages.forEach(p -> met.put(p, constraintsMet(analysis, p)));
            List<ScoredPassage> ordered = new ArrayList<>(passages);
            // Not for a question whose second part binds nothing: its passages need not mention the first part's year.
            if (!analysis.aPartBindsNothing()) {
                ordered.sort(Comparator.comparingInt((ScoredPassage p) -> -met.get(p)));
            }
            List<ScoredPassage> kept = new ArrayList<>(ordered.subList(0, passageCount));
            if (statesNumber) {
                // A number, share or date may sit in a passage that words the rest unlike the question: the
                // next-best passages that state one, and meet what the question binds, are read as well.
                int all = requiredConstraints(analysis);
                ordered.subList(passageCount, ordered.size()).stream()
                        .filter(p -> met.get(p) == all && statesAskedFact(generation, analysis, bridged, p))
                        .limit(TYPED_EXTRA_PASSAGES)
                        .forEach(kept::add);
            }
            passages = kept;
        }
        if (acrossSources) {
            passages = eachSourceRepresented(passages, retrieved);
        }
        float[] query = Vectors.normalized(embeddingModel.embed(question).content().vector());

        List<AnalyzedPassage> analyses = analyze(passages);
        EntityLexicon lexicon = generation.lexicon();
        QuestionProfile asked = profile;
        java.util.function.BiPredicate<String, String> same = asked::same;
        List<ScoredSentence> sentences = new ArrayList<>();
        // What a passage must mention: all the question is about, or all one of its parts is about.
        List<List<QuestionAnalysis.Constraint>> groups = new ArrayList<>(List.of(binding(analysis)));
        groups.addAll(analysis.partConstraints());
        Set<String> askedIn = eventYears(analysis.text());
        List<QuestionAnalysis.Constraint> places = analysis.places();
        java.util.Optional<String> kindListed = analysis.severalKind();
        // "Who agreed to set up the energy consultations, and why did they stall?": the second part asks for a reason.
        java.util.Optional<QuestionAnalysis> second = analysis.partsAskOtherKinds()
                ? java.util.Optional.of(QuestionAnalysis.of(questionParts.get(1), lexicon, profile.namingStems()))
                : java.util.Optional.empty();
        for (int p = 0; p < passages.size(); p++) {
            ScoredPassage passage = passages.get(p);
            AnalyzedPassage analyzed = analyses.get(p);
            List<List<QuestionAnalysis.Constraint>> met = groups.stream()
                    .filter(group -> constraintsMet(group, askedIn, passage) == requiredConstraints(group)).toList();
            Set<Integer> parts = new java.util.TreeSet<>();
            for (int part = 1; part < groups.size(); part++) {
                if (met.contains(groups.get(part))) {
                    parts.add(part - 1);
                }
            }
            int rank = p + 1;
            double strengthBefore = 0;
            // The years the paragraph last told of, up to the sentence at hand: "In 2014 Japan joined… Russia responded…".
            Set<String> yearsTold = Set.of();
            for (int i = 0; i < analyzed.sentences().size(); i++) {
                AnalyzedSentence sentence = analyzed.sentences().get(i);
                double lexical = asked.coverage(ownSource(sentence.stems(), passage, asked));
                double similarity = Vectors.dot(query, analyzed.vectors()[i]);
                SentenceFacts facts = facts(generation, passage, i, sentence.span().text());
                Set<String> before = leanedOn(analyzed.sentences(), i);
                Set<String> around = new java.util.HashSet<>(sentence.stems());
                // A number may be stated of what the sentence before names ("…stationed there"); a name is
                // given in the same clause as what it answers.
                if (sentence.leansBack() && !analysis.type().asksForName()) {
                    around.addAll(before);
                }
                // A fact asked of a place is stated of that place, or of one of the places asked about: 3,500 soldiers
                // "there" on the Kurils are not in Crimea. What a country thinks is what its people think ("24% of Russians").
                // A place named by its people's adjective is in that country ("Ust-Kamchatsk in the Russian Far East").
                boolean placed = places.isEmpty() || places.stream().anyMatch(c -> c.stems().stream()
                        .allMatch(n -> around.stream().anyMatch(t -> t.equals(n)
                                || analysis.type() == AnswerType.OPINION && EntityLexicon.demonymOf(t, n))
                                || facts.names().stream().anyMatch(m -> m.kind() == EntityKind.PLACE
                                        && m.stems().stream().anyMatch(t -> EntityLexicon.demonymOf(t, n)))));
                double strength = analysis.type().demandsFact() && (!namesMet(groups, around) || !placed) ? 0
                        : analysis.type().demandsFact() || analysis.type().gradesEvidence() ? facts.strength(analysis, same) : 0;
                if (analysis.type() == AnswerType.OTHER && kindListed.isPresent() && facts.listsInstancesOf(kindListed.get(), same)) {
                    // "Which regional security problems…" is answered by a sentence that lists some.
                    strength = SentenceFacts.PARTIAL;
                }
                if (analysis.type() == AnswerType.DATE && analysis.asksAboutFuture()
                        && facts.datesOnlyBefore(passage.document().published().year())) {
                    strength = 0; // "When will the dispute be resolved?" is not answered by the fisheries agreement of 1998.
                }
                if (analysis.type() == AnswerType.ACTION && strength == 0 && sentence.leansBack() && !analysis.focus().isEmpty()) {
                    // "The systems hinder aggressors…" after a sentence naming the A2AD systems: the actor,
                    // named in part, is completed by the sentence it leans on.
                    List<String> subject = facts.subjectStems();
                    if (analysis.focus().stream().anyMatch(subject::contains)
                            && analysis.focus().stream().allMatch(f -> subject.contains(f) || before.contains(f))) {
                        strength = 1;
                    }
                }
                if (i > 0) {
                    // "What did Russia do after Japan joined the sanctions?": the sentence before states the
                    // occasion, this one what the actor did. A sentence that leans on the one before ("in this
                    // regard") is quoted with it, so it answers with the words of both, when it adds to them: words
                    // of the question, or the fact asked for that the sentence before lacks ("…through these
                    // consultations, no later than early 2018").
                    Set<String> withBefore = new java.util.HashSet<>(sentence.stems());
                    withBefore.addAll(before);
                    double together = asked.coverage(withBefore);
                    // A sentence that tells what came of the one before states its fact of the outcome: "As a result, the
                    // negotiations were halted for two years" does not say how long the entry ban before it lasts, unless
                    // it shares a word with the question or is close to it in meaning.
                    boolean ofAnotherOutcome = Anaphora.TELLS_OUTCOME.matcher(sentence.span().text()).find() && lexical == 0
                            && similarity < ADDED_FACT_SIMILARITY;
                    boolean addsFact = strength > 0 && analysis.type().demandsFact() && strengthBefore == 0 && !ofAnotherOutcome;
                    if (analysis.type() == AnswerType.ACTION && strength > 0
                            || sentence.leansBack() && (together > asked.coverage(before) || addsFact)) {
                        lexical = Math.max(lexical, together);
                    }
                }
                if (strength > 0 && !facts.answeringNames(analysis).isEmpty()
                        && facts.answeringNames(analysis).stream().noneMatch(n -> specific(lexicon, n))) {
                    // "Matua Island" answers "where" more fully than "the Kurils", which half the passages name.
                    strength *= COMMON_NAME_STRENGTH;
                }
                boolean typed = strength > 0;
                Set<String> names = analysis.type().asksForName() && typed
                        ? facts.answeringNames(analysis).stream().map(EntityLexicon.Mention::text).collect(java.util.stream.Collectors.toUnmodifiableSet())
                        : analysis.asksForSeveral() ? instancesNamed(facts, analysis) : Set.of();
                // A year the sentence states is when what it says happened: "In 2016, 24% of Russians…" does
                // not meet a question about 2018 because its document was written then.
                Set<String> toldBefore = yearsTold;
                boolean sentenceBound = met.stream().anyMatch(group -> !tellsOfOtherYear(group.stream()
                        .filter(c -> c.kind() == QuestionAnalysis.Constraint.Kind.YEAR && askedIn.contains(c.text()))
                        .map(QuestionAnalysis.Constraint::text).toList(), facts, passage.document().published().year(), toldBefore));
                double score = LEXICAL_WEIGHT * lexical
                        + SEMANTIC_WEIGHT * similarity
                        + RANK_WEIGHT / (1 + 0.25 * (rank - 1))
                        + TYPE_BONUS * strength
                        - (sentenceBound ? 0 : UNMET_PENALTY);
                boolean secondKind = second.filter(q -> facts.strength(q, same) > 0).isPresent();
                sentences.add(new ScoredSentence(passage, rank, i, sentence.span(), sentence.stems(), lexical, similarity,
                        strength, sentenceBound, Set.copyOf(parts), names, secondKind, score, analyzed.vectors()[i]));
                strengthBefore = strength;
                Set<String> told = askedIn.isEmpty() ? Set.of() : eventYears(sentence.span().text());
                yearsTold = told.isEmpty() ? yearsTold : told;
            }
        }
        sentences.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return new Evidence(asked, passages, sentences, asked.namesEachSource() ? unmentioned(asked) : Map.of());
    }

    /**
     * For a passage whose first sentence leans on the paragraph before ("…on this front"), that paragraph's closing
     * sentence, to quote with it ({@link LeadIns}); looked up only for sentences quoted.
     */
    java.util.Optional<ScoredSentence> leadIn(ScoredPassage passage) {
        return store.read(snapshot -> LeadIns.of(snapshot, passage));
    }

    /**
     * A sentence's words, with the question's words that name its source when the question names that source: "who
     * heads the duma per benedyczak" is all said by Benedyczak's sentence on the chairman of the Duma.
     */
    private static Set<String> ownSource(Set<String> stems, ScoredPassage passage, QuestionProfile profile) {
        if (profile.namingStems().isEmpty() || !profile.namedDocuments().contains(passage.document().id())) {
            return stems;
        }
        Set<String> with = new java.util.HashSet<>(stems);
        with.addAll(profile.namingStems());
        return with;
    }

    static final double UNMET_PENALTY = 0.15;
    /**
     * The sources a question about what each says asks about (those it names, or the two of a
     * two-source knowledge base: "both papers") that never mention one of the names it writes with
     * a capital ("NATO"). A name many passages mention is taken as mentioned by all.
     */
    private Map<DocumentMetadata, List<String>> unmentioned(QuestionProfile profile) {
        List<String> names = profile.analysis().constraints().stream()
                // As typed with a capital: "alliance" may be the documents' "Alliance", and no less the "ally" they write.
                .filter(c -> c.kind() == QuestionAnalysis.Constraint.Kind.NAME && !EntityLexicon.DEMONYM.matcher(c.text()).matches()
                        && !c.text().equals(c.text().toLowerCase(java.util.Locale.ROOT)))
                .map(QuestionAnalysis.Constraint::text).toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        return store.read(snapshot -> {
            Set<String> named = profile.namedDocuments();
            List<DocumentMetadata> asked = snapshot.documents().stream().map(StoredDocument::metadata)
                    .filter(d -> named.size() < 2 || named.contains(d.id())).toList();
            return named.size() < 2 && asked.size() != 2 ? Map.of() : NameMentions.unmentioned(snapshot, names, asked);
        });
    }

    /**
     * Whether the question asks what happened in a year ("in 2018") and the sentence tells of another:
     * one it states ("In 2016, …"), or, undated, the one its paragraph last told of, else its source's.
     * A year that bounds a span ("by 2016", "since 2012") is no such mismatch.
     *
     * @param asked     the years the question asks "in"
     * @param yearsTold the years the sentences before it in its paragraph last told of
     */
    private static boolean tellsOfOtherYear(List<String> asked, SentenceFacts facts, String documentYear, Set<String> yearsTold) {
        if (asked.isEmpty()) {
            return false;
        }
        List<String> stated = facts.numbers().stream()
                .filter(n -> n.kind() == SentenceFacts.NumberKind.YEAR).map(SentenceFacts.NumberMention::text).toList();
        if (stated.isEmpty()) {
            // Undated, it tells of the year the sentences before it last told of ("In 2014 Japan joined… Russia
            // responded…"), or else of its source's own time, as it does when it says so ("the recent EEF").
            return !asked.contains(documentYear) && (facts.toldAsOfWriting() || asked.stream().noneMatch(yearsTold::contains));
        }
        return stated.stream().noneMatch(asked::contains) && eventYears(facts.sentenceText()).containsAll(stated);
    }

    private static final java.util.regex.Pattern EVENT_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\bin\\s+(?:(?:early|late|mid|autumn|spring|summer|winter)[\\s-]+)?(1[89]\\d\\d|20\\d\\d)\\b");

    /** The years a text says something happened in ("in 2016", "in early 2018"). */
    private static Set<String> eventYears(String text) {
        Set<String> years = new java.util.HashSet<>();
        java.util.regex.Matcher m = EVENT_YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years;
    }

    /**
     * How much deeper a question about every source, or one naming the source to answer from, retrieves: so that each
     * source's best passages are among those found, though another source words the question closer.
     */
    static final int SOURCE_SEARCH_DEPTH = 3;
    /** How many of its best passages each source has read, for a question about every source. */
    static final int PER_SOURCE_PASSAGES = 3;

    /** The passages read, with the next best of each source found that has fewer than its share among them, after them. */
    private static List<ScoredPassage> eachSourceRepresented(List<ScoredPassage> read, List<ScoredPassage> found) {
        Map<String, Integer> held = new java.util.HashMap<>();
        read.forEach(p -> held.merge(p.document().id(), 1, Integer::sum));
        List<ScoredPassage> out = new ArrayList<>(read);
        for (ScoredPassage p : found) {
            String id = p.document().id();
            if (!out.contains(p) && held.getOrDefault(id, 0) < PER_SOURCE_PASSAGES) {
                out.add(p);
                held.merge(id, 1, Integer::sum);
            }
        }
        return out;
    }

    /** How many passages beyond those asked for may be read because they state the kind of number asked for. */
    static final int TYPED_EXTRA_PASSAGES = 2;

    /** Whether a sentence of the passage states a fact of the type asked for. */
    private static boolean statesAskedFact(CorpusIndex.Generation generation, QuestionAnalysis analysis, QuestionProfile profile,
            ScoredPassage p) {
        List<Sentences.Span> spans = p.passage().sentences();
        for (int i = 0; i < spans.size(); i++) {
            if (facts(generation, p, i, spans.get(i).text()).strength(analysis, profile::same) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The text a passage answers from: its own, its context (title, spelled-out abbreviations) and its document's year. */
    private List<String> passageStems(ScoredPassage p) {
        return passageStems.computeIfAbsent(key(p), k -> {
            List<String> stems = new ArrayList<>(Terms.contentStems(p.passage().text()));
            stems.addAll(Terms.contentStems(p.passage().context()));
            stems.add(p.document().published().year());
            return List.copyOf(stems);
        });
    }

    /** Passage stems by passage (id, text and context): they never change for a key, so any generation may share them. */
    private final Map<String, List<String>> passageStems = org.policydesk.concurrent.LruMap.synchronizedOf(ANALYZED_PASSAGES);

    /**
     * The passages found for the whole question, with those found for each part it asks taking turns at the front: the
     * second part of "What share of Russians backed…, and what share of Japan's energy needs could Russian oil cover?"
     * is worded unlike the first, and the whole question's passages may all be the first part's.
     */
    private List<ScoredPassage> withEachPartsBest(List<ScoredPassage> whole, List<String> parts, int passageCount) {
        List<List<ScoredPassage>> lists = new ArrayList<>();
        lists.add(whole);
        parts.forEach(part -> lists.add(retriever.retrieve(part, passageCount)));
        java.util.LinkedHashMap<String, ScoredPassage> merged = new java.util.LinkedHashMap<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<ScoredPassage> list : lists) {
                if (i < list.size()) {
                    merged.putIfAbsent(list.get(i).passage().id(), list.get(i));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    /**
     * How many of the question's binding constraints a passage meets. Its years count as one: one
     * event has one year, so a question naming two ("by 2016, and by 2018") asks about two moments
     * and a passage answers for one of them.
     */
    int constraintsMet(QuestionAnalysis analysis, ScoredPassage p) {
        return constraintsMet(binding(analysis), eventYears(analysis.text()), p);
    }

    /** @param askedIn the years the question asks what happened in ("in 2020"), which a passage must use as dates */
    private int constraintsMet(List<QuestionAnalysis.Constraint> binding, Set<String> askedIn, ScoredPassage p) {
        List<String> stems = passageStems(p);
        String digits = p.passage().text().replace(",", "");
        // A year the question asks what happened in is met by a passage of that year, or one that uses it as a
        // date: "Tokyo 2020 Olympics" dates nothing (though it answers "which 2020 event…").
        java.util.function.Predicate<QuestionAnalysis.Constraint> met = c -> c.kind() == QuestionAnalysis.Constraint.Kind.YEAR
                && askedIn.contains(c.text())
                ? p.document().published().year().equals(c.text()) || datesSomething(p.passage().text(), c.text())
                : containsRun(stems, c.stems()) || c.kind() != QuestionAnalysis.Constraint.Kind.NAME && digits.contains(c.stems().get(0));
        List<QuestionAnalysis.Constraint> years = years(binding);
        int others = (int) binding.stream().filter(c -> !years.contains(c)).filter(met).count();
        return others + (years.stream().anyMatch(met) ? 1 : 0);
    }

    /**
     * Whether a text uses a year as a date, not only as part of a name: "Tokyo 2020 Olympics" and
     * "Vostok 2018" name an event; "in 2020", "September 2018", "(2014)" date one.
     */
    static boolean datesSomething(String text, String year) {
        java.util.regex.Matcher m = YEAR_TOKEN.matcher(text);
        while (m.find()) {
            if (!m.group().equals(year)) {
                continue;
            }
            java.util.regex.Matcher before = LAST_WORD.matcher(text.substring(0, m.start()));
            java.util.regex.Matcher after = FIRST_WORD.matcher(text.substring(m.end()));
            String previous = before.find() ? before.group(1) : "";
            // "Tokyo 2020", and "the 2020 Olympics"; not "In 2014 Japan joined…", where the year follows its preposition.
            boolean named = !previous.isEmpty() && nameWord(previous)
                    || (previous.isEmpty() || ARTICLE.matcher(previous).matches()) && after.find() && nameWord(after.group(1));
            if (!named) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern YEAR_TOKEN = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}(?![\\p{L}\\p{N}])");
    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("([\\p{L}][\\p{L}’'-]*)[*_]?\\s+[*_]?$");
    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("^[*_]?\\s+([\\p{L}][\\p{L}’'-]*)");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(SentenceFacts.MONTHS);
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(?i)the|a|an|its|their|this|that");

    /** A capitalised word that is neither a function word nor a month: part of a name, as "Tokyo" and "Olympics" are. */
    private static boolean nameWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && !Terms.isStopword(Terms.fold(word)) && !MONTH.matcher(word).matches();
    }

    /** How many constraints a passage must meet to meet them all: the years count as one. */
    private static int requiredConstraints(QuestionAnalysis analysis) {
        return requiredConstraints(binding(analysis));
    }

    private static int requiredConstraints(List<QuestionAnalysis.Constraint> binding) {
        List<QuestionAnalysis.Constraint> years = years(binding);
        return binding.size() - years.size() + (years.isEmpty() ? 0 : 1);
    }

    private static List<QuestionAnalysis.Constraint> years(List<QuestionAnalysis.Constraint> binding) {
        return binding.stream().filter(c -> c.kind() == QuestionAnalysis.Constraint.Kind.YEAR).toList();
    }

    private static List<QuestionAnalysis.Constraint> binding(QuestionAnalysis analysis) {
        return analysis.constraints().stream().filter(QuestionAnalysis.Constraint::binding).toList();
    }

    /**
     * Whether a sentence (with the one before, when it leans on it) names the question's binding
     * names, or those of one of its parts: a fact stated about something else does not answer.
     */
    private static boolean namesMet(List<List<QuestionAnalysis.Constraint>> groups, Set<String> sentenceStems) {
        return groups.stream().anyMatch(group -> group.stream()
                .filter(c -> c.kind() == QuestionAnalysis.Constraint.Kind.NAME).allMatch(c -> sentenceStems.containsAll(c.stems())));
    }

    /** How much a typed fact counts when the only names it offers are common across the documents. */
    static final double COMMON_NAME_STRENGTH = 0.6;

    /** Whether a name is in few passages (at most 5%, and at least two allowed), so picks out one thing. */
    private static boolean specific(EntityLexicon lexicon, EntityLexicon.Mention name) {
        return lexicon.passagesNaming(name.text()) <= Math.max(2, lexicon.passages() / 20);
    }

    /** Whether a run of stems occurs, one after another, in a list of stems. */
    static boolean containsRun(List<String> haystack, List<String> run) {
        if (run.isEmpty() || java.util.Collections.indexOfSubList(haystack, run) >= 0) {
            return true;
        }
        // A long name may be written with its acronym inside: "United States (CEAUS) Program".
        for (int start = 0; run.size() >= 3 && start < haystack.size(); start++) {
            int h = start;
            int r = 0;
            boolean skipped = false;
            while (h < haystack.size() && r < run.size()) {
                if (haystack.get(h).equals(run.get(r))) {
                    r++;
                } else if (skipped || r == 0) {
                    break;
                } else {
                    skipped = true;
                }
                h++;
            }
            if (r == run.size()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence as scoring needs it, whatever the question; {@code leansBack} as {@link Anaphora} reads it. */
    private record AnalyzedSentence(Sentences.Span span, Set<String> stems, boolean leansBack) {}

    /** A passage's sentences and their vectors: the same for every question, so kept for the passages asked about. */
    private record AnalyzedPassage(List<AnalyzedSentence> sentences, float[][] vectors) {}

    static final int ANALYZED_PASSAGES = 4096;

    private final Map<String, AnalyzedPassage> analyzed = org.policydesk.concurrent.LruMap.synchronizedOf(ANALYZED_PASSAGES);

    private static String key(ScoredPassage p) {
        return p.passage().id() + '\u0000' + p.passage().text().hashCode() + '\u0000' + p.passage().context().hashCode();
    }

    /** A noun after a capitalised word that qualifies it: "Japanese proposal", "Russian proposal". */
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]+)\\s+(\\p{Ll}[\\p{L}-]+(?<!ed|ing))\\b");

    /**
     * For a question that asks for several of what it names ("What events involving the Olympics…"), the names in a
     * sentence that are one of them: "the Sochi Olympics", "the Tokyo 2020 Olympics"; for one that names none ("the two
     * proposals"), each of the kind the sentence qualifies: "The Japanese proposal".
     */
    private static Set<String> instancesNamed(SentenceFacts facts, QuestionAnalysis analysis) {
        List<List<String>> named = analysis.nameConstraints().stream().map(QuestionAnalysis.Constraint::stems).toList();
        if (named.isEmpty() && !analysis.focus().isEmpty()) {
            // "What are the two proposals…": each of the kind asked for that a sentence names by what sets it apart
            // ("The Japanese proposal", "The Russian proposal").
            String kind = analysis.focus().get(analysis.focus().size() - 1);
            return QUALIFIED.matcher(facts.sentenceText()).results()
                    .filter(m -> Terms.stemOf(m.group(2)).equals(kind))
                    .map(m -> m.group(1) + " " + m.group(2)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return facts.names().stream()
                .filter(n -> named.stream().anyMatch(c -> n.stems().containsAll(c) && n.stems().size() > c.size()))
                .map(EntityLexicon.Mention::text).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The words of the sentences a sentence would be quoted with: the one before, and the one before that when it
     * leans back in turn ("Japan owns shares… It is also interested in… It also receives oil through…").
     */
    private static Set<String> leanedOn(List<AnalyzedSentence> sentences, int i) {
        if (i == 0) {
            return Set.of();
        }
        Set<String> stems = new java.util.HashSet<>(sentences.get(i - 1).stems());
        for (int j = i - 1, hops = 1; j > 0 && hops < Anaphora.ANTECEDENTS_QUOTED && sentences.get(j).leansBack(); j--, hops++) {
            stems.addAll(sentences.get(j - 1).stems());
        }
        return stems;
    }

    /**
     * The passages' sentences with their stems and vectors: from the cache, else split and stemmed
     * now, with their {@link SentenceVectors}.
     */
    private List<AnalyzedPassage> analyze(List<ScoredPassage> passages) {
        AnalyzedPassage[] result = new AnalyzedPassage[passages.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            result[i] = analyzed.get(key(passages.get(i)));
            if (result[i] == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return List.of(result);
        }
        Map<Long, float[][]> stored = sentenceVectors.of(missing.stream().map(i -> passages.get(i).source()).toList());
        for (int i : missing) {
            ScoredPassage p = passages.get(i);
            List<Sentences.Span> spans = p.passage().sentences();
            List<String> texts = p.passage().sentenceEmbeddingTexts();
            List<AnalyzedSentence> sentences = new ArrayList<>(spans.size());
            for (int j = 0; j < spans.size(); j++) {
                sentences.add(new AnalyzedSentence(spans.get(j), Set.copyOf(Terms.allStems(texts.get(j))),
                        j > 0 && Anaphora.leansBack(spans.get(j).text())));
            }
            result[i] = new AnalyzedPassage(List.copyOf(sentences), stored.get(p.source().rowid()));
            analyzed.put(key(p), result[i]);
        }
        return List.of(result);
    }

    /** A sentence's facts, as the knowledge base's names read them: the same for every question, so kept. */
    private static SentenceFacts facts(CorpusIndex.Generation generation, ScoredPassage passage, int sentence, String text) {
        String key = key(passage) + '\u0000' + sentence;
        SentenceFacts known = generation.facts().get(key);
        if (known == null) {
            known = SentenceFacts.of(text, generation.lexicon());
            if (generation.facts().size() < CorpusIndex.KEPT) {
                generation.facts().put(key, known);
            }
        }
        return known;
    }

    /** A word of four letters or more ending in "s": maybe a possessive typed without its apostrophe. */
    private static final java.util.regex.Pattern BARE_POSSESSIVE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}'’-])(\\p{L}{3,})s(?![\\p{L}\\p{N}'’-])");

    /**
     * The question with each name the documents know typed in chat as a possessive without its apostrophe ("whats
     * chinas position", "putins offer") written with it, so that it is read as the name; not a word the documents
     * write themselves ("kurils"), nor a common word they write only inside names ("seas" of "Baltic Sea").
     */
    private static String withApostrophes(String question, CorpusIndex.Generation generation) {
        java.util.regex.Matcher m = BARE_POSSESSIVE.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = Terms.fold(m.group(1));
            boolean possessive = generation.lexicon().isNameWord(name) && !generation.lexicon().isOnlyPartOfNames(name)
                    && !generation.abbreviations().wordCounts().containsKey(Terms.fold(m.group()));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(possessive ? m.group(1) + "'s" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern TYPED_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{L}{5,}(?![\\p{L}\\p{N}'’-])");

    /**
     * The question with each word the documents never use, and the language does not know, read as
     * the documents' word it was most likely meant to be ("how many soliders" → "soldiers"). A word the
     * dictionary knows is meant as typed ("lenders" are not "leaders"), unless it is another form of the documents'
     * word, ending otherwise ("militarily": "military"). A word the documents write as two is read as they write it
     * ("handover": "hand over").
     */
    private String respelled(String question, CorpusIndex.Generation generation) {
        java.util.regex.Matcher m = TYPED_WORD.matcher(question);
        Map<String, String> corrections = new java.util.HashMap<>();
        while (m.find()) {
            String word = Terms.fold(m.group());
            generation.misspellings().correction(word)
                    .filter(c -> word.startsWith(c.substring(0, c.length() - 1)) || !thesaurus.knowsAsCommonWord(word))
                    .or(() -> generation.compounds().apart(word))
                    .ifPresent(c -> corrections.put(word, c));
        }
        if (corrections.isEmpty()) {
            return question;
        }
        Map<String, Integer> used = store.read(s -> s.documentFrequencies(corrections.keySet().stream()
                .flatMap(w -> Terms.indexStems(w).stream()).toList()));
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            String word = Terms.fold(m.group());
            String correction = corrections.get(word);
            // A word some passage uses (beyond those the corrections were learnt from) is no misspelling.
            boolean unused = Terms.indexStems(word).stream().allMatch(stem -> used.getOrDefault(stem, 0) == 0);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(correction != null && unused ? correction : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether there are stems and no passage uses any of them. */
    private static boolean unused(List<String> stems, Map<String, Integer> frequencies) {
        return !stems.isEmpty() && stems.stream().allMatch(stem -> frequencies.getOrDefault(stem, 0) == 0);
    }

    /** Adds a word to those the documents never mention, unless it is there already in any case. */
    private static void addOnce(List<String> missing, String word) {
        if (missing.stream().noneMatch(word::equalsIgnoreCase)) {
            missing.add(word);
        }
    }

    /** A word whose case does not mark it as a name: lower case, or capitalised only because it opens the question. */
    private static final Pattern UNMARKED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{3,}(?![\\p{L}\\p{N}'’-])"
            + "|(?<=^\\W{0,3}|[.!?:;]\\s{0,3})\\p{Lu}\\p{Ll}{2,}(?=['’]s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}'’-]))");

    QuestionProfile profile(String question) {
        List<String> stems = Terms.indexStems(question);
        return store.read(snapshot -> {
            CorpusIndex.Generation generation = corpus.of(snapshot);
            Map<String, Integer> frequencies = snapshot.documentFrequencies(stems);
            SourceReferences.Named named = generation.references().in(question);
            QuestionAnalysis analysis = QuestionAnalysis.of(question, generation.lexicon(), named.stems())
                    .withAbbreviations(generation.longForms());
            List<String> missing = new ArrayList<>();
            Set<String> years = generation.publicationYears();
            int few = Math.max(2, snapshot.passageCount() / 20);
            Set<String> binding = new java.util.HashSet<>();
            for (QuestionAnalysis.Constraint c : analysis.constraints()) {
                boolean dated = c.kind() == QuestionAnalysis.Constraint.Kind.YEAR && years.contains(c.text());
                int found = dated ? 1 : generation.passagesWith(snapshot, NameMentions.phrase(c.text()), few + 1);
                if (found == 0 && c.kind() == QuestionAnalysis.Constraint.Kind.NAME && NameMentions.words(c.text()).size() >= 3) {
                    // A long name the documents write with its acronym inside is theirs.
                    found = generation.passagesWith(snapshot, NameMentions.nearly(c.text()), few + 1);
                }
                // "American", "Western": an adjective names what the documents may call otherwise ("U.S.", "the West"),
                // so its absence alone does not decide.
                boolean demonym = c.kind() == QuestionAnalysis.Constraint.Kind.NAME
                        && (EntityLexicon.isDemonym(c.text()) || EntityLexicon.isBloc(c.text()));
                boolean decisive = !demonym;
                if (found == 0 && c.kind() == QuestionAnalysis.Constraint.Kind.NAME && Terms.tokens(c.text()).size() == 2) {
                    // "Russian Bank": two words the documents use, only not together, may be a paraphrase;
                    // a longer name ("Bank of Japan") or one with a word they never use is not.
                    decisive = Terms.tokens(c.text()).stream().anyMatch(w -> generation.passagesWith(snapshot, NameMentions.phrase(w), 1) == 0);
                }
                // A rare name binds the evidence to passages that name it; not a people's adjective ("Russo-Japanese
                // cooperation" is any cooperation of the two, however worded), nor one of alternatives ("fisheries or the
                // Sea of Okhotsk").
                if (found == 0 && decisive) {
                    missing.add(c.text());
                } else if (found > 0 && found <= few && !demonym && !QuestionAnalysis.offeredAsAlternative(question, c.text())) {
                    binding.add(c.text());
                }
            }
            // "how much lng does japan import from qatar", "Beijing's reaction…": a name typed in lower case, or whose
            // capital only opens the question, is still a name the documents never mention, when no document uses the
            // word and the dictionary knows it only as a name.
            Matcher typed = UNMARKED_WORD.matcher(question);
            while (typed.find()) {
                String word = typed.group().toLowerCase(java.util.Locale.ROOT);
                if (unused(Terms.indexStems(word), frequencies) && thesaurus.onlyAName(word)) {
                    addOnce(missing, typed.group());
                }
            }
            // "what did trump say about abe and putin": whoever is asked what they said, when no document uses their name.
            analysis.speaker().filter(speaker -> !QuestionProfile.namesTheSources(speaker)
                    && unused(Terms.indexStems(speaker).stream().filter(stem -> !named.stems().contains(stem)).toList(), frequencies))
                    .ifPresent(speaker -> addOnce(missing, speaker));
            analysis = analysis.withBinding(c -> binding.contains(c.text()));
            return QuestionProfile.of(question, frequencies, Math.max(1, snapshot.passageCount()), named, analysis, missing);
        });
    }
}
