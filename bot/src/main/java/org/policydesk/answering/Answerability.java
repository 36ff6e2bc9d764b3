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

    /**
     * @param showNearest whether pointing to the nearest passages would help the reader
     * @param partial     the sources are on the question's topic but do not state the fact it asks
     *                    for: the nearest evidence is quoted, and the question counts as not answered
     */
    public record Verdict(boolean answerable, String reason, boolean showNearest, boolean partial) {
        Verdict(boolean answerable, String reason, boolean showNearest) {
            this(answerable, reason, showNearest, false);
        }
    }

    /** Above this share of unknown words, a fact-seeking question asks about what the sources do not discuss. */
    static final double FACT_UNKNOWN_SHARE = 0.5;

    /** Below this coverage, a count of what the documents never name is of something else, however close in meaning. */
    static final double COUNTED_COVERAGE = 0.5;

    /** How much the coverage of a typed answer's whole passage counts for the answer. */
    static final double PASSAGE_COVERAGE_SHARE = 0.8;

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
        Set<String> covered = new HashSet<>();
        chosen.forEach(s -> covered.addAll(s.stems()));
        QuestionProfile profile = evidence.profile().relatedWithin(covered);
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
        boolean noReasonGiven = profile.type() == AnswerType.REASON && chosen.stream().noneMatch(ScoredSentence::typed);
        if (profile.type() == AnswerType.YES_NO || noReasonGiven) {
            // Whether something happened, or why when no sentence gives a reason, is said only of what the sources name:
            // "Why did Putin choose…", "Does Japan plan to buy weapons…" are not answered by sentences that never say
            // "choose" or "weapons". A sentence that gives a reason may say the rest in other words ("suit" the islands).
            profile.unrelatedUnknownWords().stream().filter(w -> !missing.contains(w)).forEach(missing::add);
        }
        java.util.Optional<String> unknownFocus = profile.unknownFocus();
        unknownFocus.filter(f -> !missing.contains(f)).ifPresent(missing::add);
        java.util.Optional<String> unknownPredicate = profile.unknownPredicate();
        unknownPredicate.filter(f -> !missing.contains(f)).ifPresent(missing::add);
        profile.unknownEventDated().filter(f -> !missing.contains(f)).ifPresent(missing::add);
        double similarity = chosen.stream().mapToDouble(ScoredSentence::similarity).max().orElse(0);
        double coverage = profile.coverage(covered);
        if (profile.type().demandsFact() && profile.type() != AnswerType.DATE && !chosen.isEmpty() && chosen.get(0).typed()) {
            // The fact asked for is stated; its passage says what it is about. Not so for a date: a passage
            // dates several events, and a year is the one its own sentence says happened ("In 2017 the states
            // signed a tax agreement" does not date the visa easing the sentence before it reports).
            Set<String> passage = new HashSet<>(org.policydesk.text.Terms.allStems(chosen.get(0).passage().passage().text()));
            coverage = Math.max(coverage, PASSAGE_COVERAGE_SHARE * profile.coverage(passage));
        }
        // "Which NATO countries objected to…": a country that did what the documents never tell is named by none of them,
        // however close the sentences on the rest; nor is "Has any executive been prosecuted…" answered by a sentence on
        // executives. (What firms did is often told in other words: "teamed up" for "cooperated".)
        boolean deedNeverTold = unknownPredicate.isPresent() && (profile.type() == AnswerType.PLACE || profile.type() == AnswerType.YES_NO);
        if (!profile.missingConstraints().isEmpty() || !missing.isEmpty() && (similarity < strongSimilarity || noReasonGiven || deedNeverTold)) {
            // A year, number or name the documents never mention is decisive, however close the rest; so is a word of a
            // why-question none of whose sentences gives a reason ("Why did Japan refuse to join NATO?" against a
            // close sentence on Japan's NATO partnership).
            return new Verdict(false, "They never mention " + quoted(missing) + ".", true);
        }
        // "What share of Russia's gas exports go to Japan?": a share the documents give, in a sentence close in meaning
        // that holds little else of the question, is of something else when they never name what is counted.
        java.util.Optional<String> unknownCounted = profile.unknownCounted();
        if (unknownCounted.isPresent() && coverage < COUNTED_COVERAGE) {
            return new Verdict(false, "They never mention " + quoted(List.of(unknownCounted.get())) + ".", true);
        }
        if (unknownFocus.isPresent()) {
            // Close in meaning, so on the topic ("the loans to Gazprom"), but what is asked of it ("the interest rate") is not there.
            return new Verdict(false, "They never mention " + quoted(List.of(unknownFocus.get())) + ".", true, true);
        }
        java.util.Optional<NationalGroups.Conflict> otherPeople = NationalGroups.inQuote(profile.analysis(), chosen);
        if (otherPeople.isPresent()) {
            return new Verdict(false, "They speak of " + quoted(List.of(otherPeople.get().stated())) + ", not of "
                    + quoted(List.of(otherPeople.get().asked())) + ".", true, true);
        }
        // A bare name is far in meaning from any sentence about its bearer, so a question that is only a
        // name ("Who is Sergey Naryshkin?") is on the topic of a sentence that names and describes them; so is a
        // request that only names its topic ("tell me about the 89 people").
        boolean statedOutright = wordForWord(profile, chosen) || namesWhatIsAsked(profile, chosen);
        if (similarity < minSimilarity && !(statedOutright && (profile.analysis().onlyAName() || profile.analysis().onlyATopic()
                || similarity >= SHORT_QUESTION_FLOOR * minSimilarity))) {
            return new Verdict(false, "Nothing in them is close to it.", true);
        }
        if (profile.unknownShare() > 0.75 && similarity < strongSimilarity) {
            return new Verdict(false, "Most of what it asks about is not in them.", true);
        }
        if (coverage < minCoverage && similarity < strongSimilarity) {
            return new Verdict(false, "Nothing in them answers it.", true);
        }
        // A fact of the type asked, or an attribute asked of a name ("Naryshkin's position"), may be stated in other words.
        if (similarity < strongSimilarity && !profile.type().demandsFact() && profile.analysis().focus().isEmpty()
                && profile.onlyEntitiesCovered(covered)) {
            List<String> entities = profile.analysis().constraints().stream().map(QuestionAnalysis.Constraint::text).toList();
            return new Verdict(false, "They mention " + quoted(entities) + " only in other connections.", true);
        }
        if (chosen.stream().noneMatch(s -> s.bound() && !numberOnlyByTheWay(profile, s))) {
            List<String> binding = profile.analysis().constraints().stream()
                    .filter(QuestionAnalysis.Constraint::binding).map(QuestionAnalysis.Constraint::text).toList();
            return new Verdict(false, binding.size() == 1 ? "They mention " + quoted(binding) + " only in other connections."
                    : "They mention " + quoted(binding) + ", but never together.", true);
        }
        java.util.Optional<String> onlyToCome = onlyToCome(profile.analysis(), chosen);
        if (onlyToCome.isPresent()) {
            return new Verdict(false, "The sources speak of " + quoted(List.of(onlyToCome.get()))
                    + " only as something still to come (they were written before it), so they do not say what came of it.",
                    true, true);
        }
        // What someone said is quoted from a sentence naming all the question names: the speaker, whom they told, what
        // about ("What did Putin say at the Vostok 2018 exercises?", "…tell Putin about Crimea?"). So is whether something
        // happened: "did putin ever visit tokyo" is not answered by Putin in Vladivostok, nor "did obama end up meeting
        // putin" by Obama cautioning Abe, however close.
        if (profile.analysis().asksWhatWasSaid() || profile.type() == AnswerType.YES_NO) {
            // A people's or direction's adjective the documents never use ("Western sanctions") is not weighed: they
            // say it otherwise ("by NATO and EU countries"). Nor is any, of a sentence close to a yes/no question: "japanese
            // visas" are the "visa regime for Russians" Japan eased.
            boolean close = similarity >= strongSimilarity && !profile.analysis().asksWhatWasSaid();
            List<QuestionAnalysis.Constraint> weighed = profile.analysis().nameConstraints().stream()
                    .filter(c -> c.stems().stream().anyMatch(profile.weights()::containsKey))
                    .filter(c -> !close || !EntityLexicon.isDemonym(c.text())).toList();
            // One sentence names them all: "…an agreement between Putin and Koizumi" and "…tensions over the southernmost
            // Kurils" after it do not tell what Koizumi said of the Kurils.
            // Whether something happened is told with what the sentence before sets it in: "…hampered by the sanctions on
            // Russia. Japan … joined the EU sanctions" says Japan joined sanctions on Russia.
            Set<String> saying = !profile.analysis().asksWhatWasSaid() ? withSentencesBefore(evidence, chosen, covered)
                    : chosen.stream().map(ScoredSentence::stems)
                            .max(java.util.Comparator.comparingLong(stems -> weighed.stream().filter(c -> namedIn(stems, c)).count()))
                            .orElse(covered);
            // "What did Russia's foreign ministry say…" is said by a sentence that names the ministry, not one on Russia;
            // "Japan's prime minister" is Prime Minister Abe, whether or not the sentence names Japan.
            java.util.Optional<QuestionAnalysis.TitledSpeaker> titled = profile.analysis().titledSpeaker();
            List<String> unnamed = new java.util.ArrayList<>(weighed.stream()
                    .filter(c -> titled.isEmpty() || !titled.get().ownerStems().containsAll(c.stems()))
                    .filter(c -> !namedIn(saying, c)).map(QuestionAnalysis.Constraint::text).toList());
            if (titled.isPresent() && chosen.stream().noneMatch(s -> titled.get().titleStems().stream()
                    .allMatch(w -> s.stems().stream().anyMatch(t -> profile.same(w, t))))) {
                profile.analysis().speaker().ifPresent(unnamed::add);
            }
            if (!unnamed.isEmpty()) {
                return new Verdict(false, "What they say of it never names " + quoted(unnamed) + ".", true, true);
            }
            // "did putin and abe ever do judo together": whether something happened is said where what it names and its
            // rarest other word meet, not by one sentence on their meetings and another on judo. A question naming no one
            // too: "was the fisheries deal renewed after 1998" is not answered by the agreement of 1998 alone.
            List<QuestionAnalysis.Constraint> names = profile.analysis().nameConstraints();
            java.util.Optional<String> rarest = rarestKnownWord(profile);
            if (profile.type() == AnswerType.YES_NO && similarity < strongSimilarity && rarest.isPresent() && chosen.stream()
                    .noneMatch(s -> s.stems().contains(rarest.get()) && namesAll(s.stems(), profile.analysis()))) {
                return new Verdict(false, (names.isEmpty() ? "What they say"
                        : "What they say of " + quoted(names.stream().map(QuestionAnalysis.Constraint::text).toList()))
                        + " does not say whether it happened.", true, true);
            }
        }
        if (profile.shape() == QuestionProfile.Shape.CONSEQUENCE && profile.type() == AnswerType.ACTION
                && !profile.analysis().focus().isEmpty() && chosen.stream().noneMatch(ScoredSentence::typed)) {
            // "What did Abe reply to Obama's warning?": the warning is told, but no sentence says what Abe did after it.
            String actor = profile.analysis().focusText();
            // "the Russian reaction": what the Russian side did.
            String who = EntityLexicon.DEMONYM.matcher(actor).matches() ? "the " + actor + " side" : actor;
            return new Verdict(false, "They do not say what " + who + " did in response.", true, true);
        }
        // "Why did Russia annex Crimea?", "why did obama dislike putin": why something was done is given by a sentence
        // that gives a reason, in a paragraph that names whoever and whatever the question names; a sentence on Crimea's
        // annexation, or on why Obama cautioned Abe, is not it. "are the chances of a fisheries deal good": how likely
        // something is, is said by a sentence that judges it ("…is unlikely"), not by advice on the fisheries.
        boolean noReasonForDeed = profile.type() == AnswerType.REASON && profile.analysis().asksWhyItHappened()
                && chosen.stream().noneMatch(s -> s.typed() && namesAll(org.policydesk.text.Terms.allStems(s.passage().passage().text()), profile.analysis()));
        boolean chanceUnjudged = profile.type() == AnswerType.LIKELIHOOD && chosen.stream().noneMatch(ScoredSentence::typed);
        if (noReasonForDeed || chanceUnjudged) {
            return new Verdict(false, "The sources do not " + profile.type().missing() + ".", true, true);
        }
        if (onlyRecommended(profile.analysis(), chosen)) {
            return new Verdict(false, "They say only what should be done, not what was done.", true, true);
        }
        if (datedOnlyAsAdvice(profile.analysis(), chosen)) {
            return new Verdict(false, "The dates they give are of what should be done, not of when it happened.", true, true);
        }
        // "What did Japan's parliament vote on the 2+alpha proposal?": what was done is told in words the sources use,
        // or the sentence on the proposal says nothing of it. A fact asked for is judged by whether it is stated.
        java.util.Optional<String> deed = profile.unknownDeed();
        // Why someone did what the sources never tell of ("Why did Obama change his mind…") is not answered by a close sentence
        // on them, when most of what the question asks is in no document.
        if (deed.isPresent() && !profile.type().demandsFact() && (similarity < strongSimilarity
                || profile.type() == AnswerType.REASON && profile.unknownShare() > FACT_UNKNOWN_SHARE)) {
            return new Verdict(false, "They never mention " + quoted(List.of(deed.get())) + ".", true);
        }
        if (profile.type().demandsFact()) {
            List<String> absent = profile.unrelatedUnknownWords();
            if (profile.unknownShare() > FACT_UNKNOWN_SHARE && similarity < strongSimilarity && !absent.isEmpty()) {
                // A date or number found for a question whose main words the sources never use is about something else.
                return new Verdict(false, "They never mention " + quoted(absent) + ".", true);
            }
            // What the sentences that name one of the kind asked for say, besides the kind.
            Set<String> saidWithName = new HashSet<>();
            chosen.stream().filter(ScoredSentence::typed).forEach(s -> saidWithName.addAll(s.stems()));
            if (profile.type().asksForName() && similarity < strongSimilarity && !saidWithName.isEmpty()
                    && profile.onlyKindCovered(saidWithName)) {
                return new Verdict(false, "They name a " + profile.kindAsked().orElseThrow().toLowerCase(java.util.Locale.ROOT)
                        + " only in other connections.", true, true);
            }
            // "who makes the fighter jets on iturup": the sentences that name someone ("the significance for Russia of
            // Iturup…") share only the question's names with it, while what was done or to what is in another, which
            // names no one ("…Su-35 fighter jets stationed there"). So for a date or number: "When did Abe first visit
            // the Kurils?" is not answered by the date of their seizure, while another sentence tells of Abe's visits.
            Set<String> saidWithFact = profile.type().asksForName() ? saidWithName : saidWithFact(chosen);
            if ((!profile.type().asksForName() || profile.kindAsked().isEmpty()) && similarity < strongSimilarity && !saidWithFact.isEmpty()
                    && profile.onlyEntitiesCovered(saidWithFact) && !profile.onlyEntitiesCovered(covered)) {
                return new Verdict(false, "The sources do not " + profile.type().missing() + ".", true, true);
            }
            // The fact asked for is stated of what the question is about, or it is not given: a city named of meetings
            // "for next year" is no answer to where the talks were held in 2013.
            if (chosen.stream().noneMatch(s -> s.typed() && s.bound())) {
                QuestionAnalysis analysis = profile.analysis();
                boolean focusMentioned = !analysis.focus().isEmpty() && covered.containsAll(analysis.focus());
                String missingFact = analysis.asksForOffice() ? "give the office asked for" : profile.type().missing();
                return new Verdict(false, focusMentioned
                        ? "The sources mention " + quoted(List.of(analysis.focusText())) + " but do not " + missingFact + "."
                        : "The sources do not " + missingFact + ".", true, true);
            }
        }
        return new Verdict(true, "", false);
    }

    /**
     * A topic to summarise ("military", "sanctions") is a word or two, far in meaning from any one
     * sentence however much it is about it: covered when the sentences hold every word of it and
     * none is unknown, though their closeness falls short of a question's floor (down to half of it).
     */
    public Verdict judgeTopic(Evidence evidence, List<ScoredSentence> chosen) {
        Verdict verdict = judge(evidence, chosen);
        QuestionProfile profile = evidence.profile();
        if (verdict.answerable() || chosen.isEmpty() || profile.requestsNewText() || !profile.missingConstraints().isEmpty()
                || profile.unknownShare() > 0) {
            return verdict;
        }
        Set<String> covered = new HashSet<>();
        chosen.forEach(s -> covered.addAll(s.stems()));
        double similarity = chosen.stream().mapToDouble(ScoredSentence::similarity).max().orElse(0);
        return profile.coverage(covered) >= 0.999 && similarity >= minSimilarity / 2 ? new Verdict(true, "", false) : verdict;
    }

    /**
     * Whether a sentence states the year or number the question asks about, but nothing else the question asks: "…and in
     * 2017, the states signed an agreement ending double taxation" does not meet a question on the 2017 Eastern Economic
     * Forum. A sentence that meets it through the one it goes on from ("As a result, the negotiations were halted…"
     * after "in 2014 Japan joined the sanctions") is about it.
     */
    private static boolean numberOnlyByTheWay(QuestionProfile profile, ScoredSentence sentence) {
        Set<String> numeric = profile.analysis().constraints().stream().filter(c -> c.kind() != QuestionAnalysis.Constraint.Kind.NAME)
                .flatMap(c -> c.stems().stream()).collect(java.util.stream.Collectors.toSet());
        Set<String> topic = new HashSet<>(profile.weights().keySet());
        topic.removeAll(numeric);
        return !topic.isEmpty() && numeric.stream().anyMatch(sentence.stems()::contains)
                && topic.stream().noneMatch(w -> sentence.stems().stream().anyMatch(t -> profile.same(w, t)));
    }

    /**
     * Whether a question that asks for a name and uses only words the documents use is answered by a chosen sentence that
     * names one of the kind asked for, of what the question is about, and holds something of what it asks besides its names:
     * "Which joint body for trade and the economy did the two countries create?" is far in meaning from "The countries set
     * up the Japan-Russia Intergovernmental Committee on Trade and Economic Issues and the Russia-Japan Investment Fund…"
     * only because the sentence names more. Not so "In which city was the forum founded?" of the forum's city.
     */
    private static boolean namesWhatIsAsked(QuestionProfile profile, List<ScoredSentence> chosen) {
        Set<String> names = profile.analysis().constraintStems();
        return profile.unknownShare() == 0 && profile.type().asksForName() && chosen.stream().anyMatch(s -> s.bound() && s.typed()
                && s.strength() >= 1 && profile.coverageBesides(s.stems(), names) > 0);
    }

    /** How far below the similarity floor a question every word of which one sentence holds may be. */
    static final double SHORT_QUESTION_FLOOR = 0.75;

    /**
     * Whether one chosen sentence holds every word of the question (none unknown), about what it is
     * specifically about, and states the kind of fact it asks for: "how many soldiers are on iturup"
     * is far in meaning from "There is a base with about 3,500 Russian soldiers and … Su-35 fighter
     * jets stationed there" only because the sentence says more than the short question asks.
     */
    private static boolean wordForWord(QuestionProfile profile, List<ScoredSentence> chosen) {
        if (profile.unknownShare() > 0) {
            return false;
        }
        // A sentence's lexical score is its coverage of the question, with the sentence it leans on.
        // So is a sentence that fully states the fact asked for of all the question names ("During the Eastern
        // Economic Forum (EEF) in Vladivostok…" for "In which city was the 2018 Eastern Economic Forum held?"), when
        // the rest of the question only asks where or when it took place: not where it was founded.
        return chosen.stream().anyMatch(s -> s.bound() && (s.typed() || !profile.type().demandsFact()) && s.lexical() >= 0.999
                || s.bound() && s.strength() >= 1 && profile.type().demandsFact()
                        && !profile.analysis().nameConstraints().isEmpty() && namesAll(s.stems(), profile.analysis())
                        && profile.weights().keySet().stream().filter(w -> !s.stems().contains(w))
                                .allMatch(w -> profile.analysis().constraintStems().contains(w) || SETTING.contains(w)));
    }

    /**
     * Stems of the words that ask only where or when something is or takes place: "held", "located", "took place"
     * ("take", "took" and "happen" are function words, never weighed).
     */
    private static final Set<String> SETTING = Set.of("held", "hold", "locat", "base", "situat", "host", "place", "occur");

    /** The question's weightiest word the documents use, besides its names, years and numbers. */
    private static java.util.Optional<String> rarestKnownWord(QuestionProfile profile) {
        Set<String> constraints = profile.analysis().constraintStems();
        return profile.weights().entrySet().stream()
                .filter(e -> !constraints.contains(e.getKey()) && !profile.unknown().contains(e.getKey()))
                .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }

    /**
     * What the chosen sentences that state a date or number say, with a sentence that leans on one of them and goes on
     * about what it dates ("In 2014 Japan joined the sanctions… As a result, the talks were halted"). Not with the one
     * a dated sentence leans on: "First, Abe should push Putin…" does not date a first visit.
     */
    private static Set<String> saidWithFact(List<ScoredSentence> chosen) {
        Set<String> said = new HashSet<>();
        for (ScoredSentence s : chosen) {
            if (s.typed() || chosen.stream().anyMatch(t -> t.typed() && ExtractiveAnswerer.goesOnFrom(s, t))) {
                said.addAll(s.stems());
            }
        }
        return said;
    }

    /**
     * Whether these stems name what a name of the question names: as written, by its people ("Japanese citizens" of
     * Japan), or by the capital that stands for its government ("Tokyo and Moscow" for Japan and Russia).
     */
    private static boolean namedIn(Set<String> stems, QuestionAnalysis.Constraint name) {
        return name.stems().stream().allMatch(n -> stems.stream()
                .anyMatch(t -> EntityLexicon.namesState(n, t))
                || EntityLexicon.stateWrittenOtherwise(n).stream().anyMatch(stems::containsAll));
    }

    /** These stems, with those of the sentence before each chosen one in its passage. */
    private static Set<String> withSentencesBefore(Evidence evidence, List<ScoredSentence> chosen, Set<String> covered) {
        Set<String> with = new HashSet<>(covered);
        evidence.sentences().stream()
                .filter(s -> chosen.stream().anyMatch(c -> c.passage().source().rowid() == s.passage().source().rowid()
                        && c.index() == s.index() + 1))
                .forEach(s -> with.addAll(s.stems()));
        return with;
    }

    /** Whether these stems name all the question names (all of none), as it does or by their people or state. */
    private static boolean namesAll(java.util.Collection<String> stems, QuestionAnalysis analysis) {
        Set<String> named = new HashSet<>(stems);
        return analysis.nameConstraints().stream().allMatch(c -> namedIn(named, c));
    }

    /** Words that put what a sentence says in the future: a plan, an announcement, "will", "next year". */
    private static final java.util.regex.Pattern TO_COME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:will|shall)\\b|\\bnext (?:year|month|week|spring|summer|autumn|winter)\\b|\\b(?:is|are) (?:planned|scheduled|due|expected|set) to\\b"
                    + "|\\b(?:is|are|was|were) planned\\b|\\bupcoming\\b|\\bannounced for\\b");

    /**
     * For a question about what happened ("What did the Osaka meeting agree?"), a name of it that the
     * chosen sentences speak of only as still to come ("meetings in Osaka and Tokyo were announced for
     * next year"): the documents were written before it, so what came of it is not in them.
     */
    private static final Set<String> PLANNING = Set.of("plan", "announc", "schedul", "expect", "intend", "propos", "prepar", "futur");

    static java.util.Optional<String> onlyToCome(QuestionAnalysis analysis, List<ScoredSentence> chosen) {
        if (!analysis.asksAboutPast() || analysis.type().demandsFact() || TO_COME.matcher(analysis.text()).find()
                || analysis.stems().stream().anyMatch(PLANNING::contains)) {
            // A question about the plan itself ("What was planned on Matua?") is answered by it.
            return java.util.Optional.empty();
        }
        // "What did Russia approve for the whole Kuril chain?": a sentence that tells the act asked of as done ("the Russian
        // approval of a $1.2 billion plan") answers, whatever other sentences say is still to come of the Kurils.
        java.util.Optional<String> deed = analysis.deedAsked().map(org.policydesk.text.Terms::stemOf);
        if (deed.isPresent() && chosen.stream().anyMatch(s -> !TO_COME.matcher(s.text()).find()
                && VocabularyBridges.tellAct(s.stems(), deed.get()))) {
            return java.util.Optional.empty();
        }
        // "Was Abe's Sochi meeting an official summit?" asks what it was, which the sentence announcing it says ("…for an
        // unofficial summit"); not "Was the summit a success?", which only its outcome tells.
        java.util.regex.Matcher classed = CLASSED_AS.matcher(analysis.text());
        java.util.Optional<String> kind = classed.find() ? java.util.Optional.of(org.policydesk.text.Stemmer.stem(
                org.policydesk.text.Terms.fold(classed.group(1)))) : java.util.Optional.empty();
        for (QuestionAnalysis.Constraint c : analysis.constraints()) {
            if (c.kind() != QuestionAnalysis.Constraint.Kind.NAME) {
                continue;
            }
            // "The Russian approval of a plan" speaks of Russia as much as "Russia" does.
            List<ScoredSentence> naming = chosen.stream().filter(s -> namedIn(s.stems(), c)).toList();
            if (kind.isPresent() && naming.stream().anyMatch(s -> s.stems().contains(kind.get()))) {
                continue;
            }
            if (!naming.isEmpty() && naming.stream().allMatch(s -> toldAsToCome(s.text(), c))) {
                return java.util.Optional.of(c.text());
            }
        }
        return java.util.Optional.empty();
    }

    /** "Was X an official summit?": the noun a yes/no question classes its subject by, at its end. */
    private static final java.util.regex.Pattern CLASSED_AS = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:was|were|is|are)\\b.*?\\s(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)\\W*$");

    /** Where a relative clause begins: "…will continue, which was confirmed by Prime Minister Abe…". */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(",\\s+(?=(?:which|who|whom|whose)\\b)");

    /** Whether the clause of a sentence that names this is told as still to come. */
    private static boolean toldAsToCome(String sentence, QuestionAnalysis.Constraint name) {
        for (String clause : RELATIVE.split(sentence)) {
            if (org.policydesk.text.Terms.allStems(clause).containsAll(name.stems())) {
                return TO_COME.matcher(clause).find();
            }
        }
        return TO_COME.matcher(sentence).find();
    }

    /**
     * For a question about what happened ("What did the G7 leaders decide…?"), whether every chosen
     * sentence only says what should be done ("Japan should look at…"): what was done is not in them.
     */
    static boolean onlyRecommended(QuestionAnalysis analysis, List<ScoredSentence> chosen) {
        return analysis.asksWhatWasDone() && !chosen.isEmpty() && chosen.stream().allMatch(s -> SentenceFacts.recommends(s.text()));
    }

    private static final java.util.regex.Pattern WHEN_DID = java.util.regex.Pattern.compile("(?i)^\\W*when\\s+(?:did|was|were|had)\\b");
    /** A when-question about what was to be done: its deadline ("When was the approach to be proposed?"). */
    private static final java.util.regex.Pattern AS_DUE = java.util.regex.Pattern.compile("(?i)\\b(?:to be|supposed|due|deadline)\\b");

    /**
     * For a question about when something happened ("When did Abe first meet Putin?"), whether every chosen sentence
     * that gives a date says what should be done by then ("…proposed … no later than early 2018"): not when it happened.
     */
    static boolean datedOnlyAsAdvice(QuestionAnalysis analysis, List<ScoredSentence> chosen) {
        List<ScoredSentence> dated = chosen.stream().filter(ScoredSentence::typed).toList();
        return analysis.type() == AnswerType.DATE && WHEN_DID.matcher(analysis.text()).find()
                && !AS_DUE.matcher(analysis.text()).find() && !SentenceFacts.recommends(analysis.text())
                && analysis.stems().stream().noneMatch(PLANNING::contains)
                && !dated.isEmpty() && dated.stream().allMatch(s -> SentenceFacts.recommends(s.text()));
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
                "%n      %.3f lex=%.2f sim=%.3f strength=%.2f bound=%s r%d %s#%d %s", s.score(), s.lexical(), s.similarity(), s.strength(), s.bound(),
                s.passageRank(), s.passage().passage().id(), s.index(), s.text().substring(0, Math.min(70, s.text().length())))));
        return String.format(java.util.Locale.ROOT, "sim=%.3f cov=%.3f unknownShare=%.3f unknownSpecific=%s type=%s focus=%s constraints=%s bridges=%s synonyms=%s weights=%s%s",
                similarity, profile.coverage(covered), profile.unknownShare(), profile.unknownSpecifics(), profile.type(),
                profile.analysis().focus(), profile.analysis().constraints().stream().map(QuestionAnalysis.Constraint::text).toList(),
                profile.bridges(), profile.synonyms(), profile.weights(), top);
    }
}
