package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;

/**
 * A question read for answering: its content stems weighted by how rare they are in the knowledge
 * base (IDF), which of them the knowledge base never mentions, what kind of answer it wants, and
 * whether it asks about more than one source, and which sources it names, with what words.
 */
public record QuestionProfile(String text, Map<String, Double> weights, Set<String> unknown, Map<String, String> specific,
        AnswerType type, boolean multiDocument, Shape shape, Set<String> namedDocuments, Set<String> namingStems, boolean requestsNewText,
        String focus, QuestionAnalysis analysis, Map<String, Map<String, Double>> bridges, Map<String, Set<String>> synonyms,
        List<String> missingConstraints) {

    /**
     * The shape of a question beyond its answer type.
     * BROAD: asks what a source says, argues or recommends, so wants several points;
     * CONSEQUENCE: asks what followed an event ("how did Moscow respond when…"), so the answer is
     * what the sources say next; COMPOUND: asks two things at once ("who…, and where…");
     * SIMPLE: one thing.
     */
    public enum Shape { SIMPLE, COMPOUND, CONSEQUENCE, BROAD }

    private static final Pattern BROAD = Pattern.compile(
            // "What do the sources say…", and "What economic cooperation do the sources mention?": the thing
            // asked about may come between "what" and the verb.
            // "What does the paper say energy cooperation weakens?" asks one thing the paper says: a clause follows the verb.
            "(?i)\\bwhat(?: [\\p{L}-]+){0,8}? (do|does|did) .{0,80}\\b(say|says|said|write|writes|wrote|argue|argues|think|suggest|suggests|recommend|"
                    + "recommends|propose|proposes|note|notes|conclude|concludes|mention|mentions|report|reports)\\b"
                    + "(?=\\W*$|\\W+(?:about|of|on|regarding|concerning|in|at|to|with|for|as|from|during|after|before|when|and|or|so|then|each|both)\\b)"
                    + "|\\bcall(s|ed)? for\\b|"
                    + "\\b(overview|summari[sz]e|summary|describe|discuss|outline|explain|characteri[sz]e|portray|depict)\\b|\\bwhat (are|were) the (main|key)\\b"
                    // "What role does NATO play…": every part it has in what the sources tell
                    + "|\\bwhat (?:roles?|parts?) (?:do|does|did|will|would|could|can) .+ play\\b|\\bwhat (?:is|was|are|were) the roles? of\\b"
                    // "what happened at the EEF": all that happened there, not one thing
                    + "|^\\W*what (?:happened|took place|went on|was (?:agreed|decided|announced)) (?:at|during|in)\\b"
                    // "where's Kaliningrad mentioned": every place the sources speak of it
                    + "|^\\W*where(?:'s|’s| is| are| was| were) .+ (?:mentioned|discussed|cited|named|covered)\\W*$");
    private static final Pattern CONSEQUENCE = Pattern.compile(
            "(?i)\\b(respond|responded|response|react|reacted|reaction|retaliat\\w*|reply|replied|answered|"
                    + "result(ed|s)?|consequences?|outcome|led to|lead to|happen(s|ed)? (to .+ )?(after|next|then|once|when|following)|(became|become|come|came) of)\\b");

    /** What a question calls the documents: "the sources", "both papers", "the EWI commentary". */
    static final String SOURCE_NOUN = "(?:documents?|sources?|texts?|papers?|articles?|pieces?|authors?|commentar(?:y|ies)|analys[ie]s)";
    private static final String PAIR = SOURCE_NOUN + "\\s+and\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?" + SOURCE_NOUN;
    private static final Pattern PAIR_OF_SOURCES = Pattern.compile("(?i)\\b" + PAIR + "\\b");
    private static final Pattern MULTI = Pattern.compile(
            "(?i)\\b(both|two " + SOURCE_NOUN + "|each (source|document|author)|" + PAIR + "|"
                    + "the (sources|documents|authors|texts)|compare|comparison|contrast|differ|difference|agree|disagree)\\b");
    /** "Both papers", "each source", "the documents", "the commentary and the analysis": the sources themselves are asked about. */
    private static final Pattern EACH_SOURCE = Pattern.compile(
            "(?i)\\b(?:(?:both|two|each|all)\\s+(?:of\\s+)?(?:the\\s+)?" + SOURCE_NOUN + "|the (?:sources|documents|texts|papers|authors)|"
                    + PAIR + ")\\b");
    /** "Write a poem…", "Translate…": asks for new text, which the documents cannot supply. */
    private static final Pattern REQUESTS_NEW_TEXT = Pattern.compile(
            "(?i)^\\s*(please\\s+)?(write|compose|translate|draw|paint|sing|generate|create|invent|rewrite|rhyme|"
                    + "code|program|tell me a (joke|story))\\b");
    private static final Pattern SHARE_ASKED = Pattern.compile(
            "(?i)\\b(?:what|which|how\\s+big\\s+a|how\\s+large\\s+a)\\s+(?:share|proportion|fraction|percentage|percent|part)(?=\\s+of\\b)");
    /**
     * "…compared to the whole Kurils", "relative to all of them": what a measure is set against says the answer is a
     * ratio, which the documents state as a share ("6% of the Kuril Islands land mass"), in no such words.
     */
    private static final Pattern COMPARED_TO = Pattern.compile("(?i)\\b(?:compared|relative|in\\s+comparison|in\\s+relation)\\s+"
            + "(?:to|with)\\b(?:\\s+(?:the|all)\\b)?(?:\\s+(?:whole|entire|total)\\b(?:\\s+of\\b)?)?");
    /** "aims to", "seeks to", "is intended to": what someone means to do, before the verb saying what. */
    private static final Pattern INTENDING = Pattern.compile("(?i)\\b(?:aims?|aimed|aiming|seeks?|sought|seeking|intends?|intended|intending"
            + "|tries|tried|trying|try|attempts?|attempted|attempting)\\s+(?=to\\s+\\p{L})");
    /**
     * A word and the verb of saying or judging after it: "the ewi suggests", "Benedyczak argues", "the authors recommend",
     * "does Benedyczak expect".
     */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i)([\\p{L}’'-]+)\\s+(?:suggest|propose|argue|say|recommend|write|claim"
            + "|contend|state|note|expect|predict|believe|think|see|judge)(?:s|d|ed)?\\b");
    /**
     * "In the EWI view", "in Benedyczak's opinion", "in the commentary's closing advice": whose judgement is asked for says
     * where to look, not what about.
     */
    private static final Pattern IN_THE_VIEW_OF = Pattern.compile("(?i)\\b(?:in|from)\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,2}?"
            + "(?:view|opinion|eyes|assessment|judge?ment|estimation|reading|advice|conclusions?)(?:\\s+of\\b)?");
    /** "is it true that…", "is it correct that…": whether a statement holds, which is what it states. */
    private static final Pattern WHETHER_TRUE = Pattern.compile("(?i)^\\W*(?:is|was|isn['’]?t)\\s+it\\s+(?:really\\s+)?(?:true|correct|right|"
            + "the\\s+case|so)\\s+(?:that\\s+)?");
    /** "both documents", "the two papers", "the EWI commentary", "Benedyczak's paper". */
    private static final String SOURCES = "(?:both|each|either|all|the|these|those)?\\s*(?:two\\s+|of\\s+the\\s+)?(?:[\\p{L}’'-]+\\s+)??"
            + SOURCE_NOUN + "\\b";
    private static final Pattern ABOUT_THE_SOURCES = Pattern.compile(
            "(?i)\\b(?:(?:are|is|were|was)\\s+)?(?:mentioned|named|cited|discussed|covered|featured|referred\\s+to|appears?|features?|"
                    + "figures?|shows?\\s+up|comes?\\s+up)\\s+(?:in|by)\\s+" + SOURCES
                    // "How do the two papers rate…", "How do the commentary and the analysis each view…": asks what they say of it.
                    + "|\\b(?:do|does|did)\\s+" + SOURCES + "(?:\\s+and\\s+" + SOURCES + ")?(?:\\s+each)?\\s+(?:mention|name|cite|discuss|cover|report|"
                    + "list|view|rate|assess|see|judge|evaluate|describe|characteri[sz]e|portray|present|regard|treat|frame|talk\\s+about|"
                    + "speak\\s+(?:of|about)|bring\\s+up|touch\\s+on|refer\\s+to|deal\\s+with|address|raise|highlight)\\b"
                    // "where's Kaliningrad mentioned", "…mentioned across both documents"
                    + "|\\b(?:mentioned|discussed|cited|named|covered)\\s*(?:(?:across|throughout|in)\\s+" + SOURCES + ")?\\W*$"
                    // "…, as each document names them", "as the sources call it"
                    + "|\\bas\\s+" + SOURCES + "\\s+(?:names?|calls?|mentions?|describes?|refers?\\s+to|puts?)\\s+(?:them|it|this|these|those)\\b");
    private static final Pattern KIND_ASKED = Pattern.compile("(?i)^\\W*(?:(?:in|at|on|from|to|for|by|with|of|through)\\s+)?(?:which|what)\\s+"
            + "(?:(?!(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\\b)[\\p{L}\\p{N}-]+\\s+){0,3}?((?:persons?|people|"
            + "officials?|politicians?|individuals?|figures?|leaders?|companies|company|firms?|organi[sz]ations?|countries|country|"
            + "places?|cities|city|groups?)(?:\\s+or\\s+(?:[\\p{L}-]+))?)\\b");
    private static final Pattern WHO = Pattern.compile("(?i)^\\W*who(?:['’]?s)?\\b");
    private static final Pattern PERSON_WORD = Pattern.compile("(?i)\\b(?:persons?|guys?|individuals?|somebody|figures?)\\b");
    /** "Japan's position on Russia", "its role": the aspect of a name asked about is what the sources say of it, in any words. */
    private static final Set<String> ASPECTS = java.util.stream.Stream.of("position", "place", "stance", "attitude", "approach", "role", "standing",
            "relationship", "relations")
            .map(org.policydesk.text.Stemmer::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern SOURCE_WORD = Pattern.compile("(?i)" + SOURCE_NOUN);
    private static final Pattern THE_PAIR = Pattern.compile("(?i)\\b(the|these|those)\\s+two\\s+(?=[\\p{L}-]+s\\b)");
    /** Words that frame a question, not its topic, and what they leave in its place. */
    private record Frame(Pattern words, String replacement) {}

    private static final List<Frame> FRAMES = List.of(new Frame(QuestionAnalysis.TOPIC_REQUEST, ""), new Frame(SHARE_ASKED, "what"),
            new Frame(ABOUT_THE_SOURCES, " "), new Frame(THE_PAIR, "$1 "), new Frame(COMPARED_TO, " of "), new Frame(INTENDING, " "),
            new Frame(WHETHER_TRUE, ""), new Frame(IN_THE_VIEW_OF, " "));

    /** Whether words name the sources themselves ("the paper", "both authors"). */
    static boolean namesTheSources(String words) {
        return Terms.tokens(words).stream().anyMatch(t -> SOURCE_WORD.matcher(t).matches());
    }

    private static final Pattern RAW_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'][\\p{L}\\p{N}]+)*");

    /**
     * @param frequencies how many passages hold each stem; {@code passages} how many there are
     */
    static QuestionProfile of(String text, Map<String, Integer> frequencies, int passages, SourceReferences.Named named,
            QuestionAnalysis analysis, List<String> missingConstraints) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Set<String> unknown = new HashSet<>();
        // "What share of Japan's oil…": the share word says what kind of answer is asked for, not what it
        // is about, and a sentence about owning "shares" is no closer for it.
        // "…appear in both documents", "…do the sources mention": words about the sources say where to look,
        // not what the answer is about, so they are neither weighed nor unknown.
        // "the two states" names the pair the sources are about, as "both" does: the numeral is no fact to find.
        // "the chances of", "recommend": words that ask for a judgement or for advice say what kind of answer is asked for.
        // "tell me about…", "what's the deal with…": the frame of a request that only names its topic is no part of it.
        // "what does the plan aim to improve": the intention is a frame; what is to be done is the topic.
        String about = analysis.type().topical(text);
        for (Frame frame : FRAMES) {
            about = frame.words().matcher(about).replaceAll(frame.replacement());
        }
        // "the energy dialogue the ewi suggests": what a named source says it says is where to look, not the topic.
        Matcher attributed = ATTRIBUTED.matcher(about);
        StringBuilder unattributed = new StringBuilder();
        while (attributed.find()) {
            boolean bySource = named.stems().contains(Terms.stemOf(attributed.group(1))) || SOURCE_WORD.matcher(attributed.group(1)).matches();
            attributed.appendReplacement(unattributed, Matcher.quoteReplacement(bySource ? attributed.group(1) : attributed.group()));
        }
        about = attributed.appendTail(unattributed).toString();
        // "Which Russian officials…": the kind of answer asked for is no topic the documents must name.
        Matcher kind = KIND_ASKED.matcher(text);
        Set<String> kindAsked = new HashSet<>(kind.find() ? Terms.indexStems(kind.group(1)) : List.of());
        // "whos bloombergs person on the ewi piece": a who-question's word for a person is the kind asked for too.
        if (WHO.matcher(text).find()) {
            PERSON_WORD.matcher(text).results().forEach(m -> kindAsked.addAll(Terms.indexStems(m.group())));
        }
        Set<String> describing = new HashSet<>();
        // "the two papers": a word for the sources says where to look, even where no passage uses it.
        RAW_TOKEN.matcher(text).results().map(MatchResult::group)
                .filter(t -> EntityLexicon.DEMONYM.matcher(t).matches() || SOURCE_WORD.matcher(t).matches())
                .forEach(t -> describing.addAll(Terms.indexStems(t)));
        for (String stem : Terms.indexStems(about)) {
            int df = frequencies.getOrDefault(stem, 0);
            if (df == 0 && (describing.contains(stem) || kindAsked.contains(stem))) {
                // "Western", "American": the documents say it otherwise ("the West", "U.S."); "papers": they are the sources.
                // Neither is what is missing.
                continue;
            }
            // Words that name a source choose where to look; they are not what the answer must say. Nor is the aspect
            // asked of something ("the role of Japanese companies"): "…for its role in Ukraine" says nothing of them.
            double source = named.stems().contains(stem) || ASPECTS.contains(stem) ? 0.25 : 1.0;
            weights.put(stem, source * Math.log(1 + (passages + 1.0) / (df + 0.5)));
            if (df == 0 && !named.stems().contains(stem)) {
                // A source's author is known to the knowledge base, from its metadata, though no passage names them.
                unknown.add(stem);
            }
        }
        // "the commentary and the analysis": one of a pair of sources named is no choice of that one.
        Set<String> namedDocuments = named.documentIds().size() == 1 && PAIR_OF_SOURCES.matcher(text).find()
                ? Set.of() : named.documentIds();
        Shape shape = BROAD.matcher(text).find() ? Shape.BROAD
                : CONSEQUENCE.matcher(text).find() ? Shape.CONSEQUENCE
                : QuestionAnalysis.asksTwoThings(text) ? Shape.COMPOUND
                : Shape.SIMPLE;
        // "What is the population of Tokyo?": the attribute asked for ("population") is what must be there.
        String focus = analysis.attribute().orElse(null);
        return new QuestionProfile(text, weights, unknown, specificStems(text), analysis.type(),
                // A question that names two sources ("the 2016 commentary and the 2018 paper") is about both.
                asksAcrossSources(text) || named.documentIds().size() > 1, shape, namedDocuments, named.stems(),
                REQUESTS_NEW_TEXT.matcher(text).find(), focus, analysis,
                Map.of(), Map.of(), List.copyOf(missingConstraints));
    }

    /** Whether the question names the sources it asks about: "both papers", "each source", or two of them by name. */
    boolean namesEachSource() {
        return EACH_SOURCE.matcher(text).find() || namedDocuments.size() > 1;
    }

    /** Whether a question asks what each source says ("both papers", "the commentary and the analysis", "compare"). */
    public static boolean asksAcrossSources(String question) {
        return MULTI.matcher(question).find();
    }

    /** This profile with words the documents never use related to words of the evidence. */
    QuestionProfile withBridges(Map<String, Map<String, Double>> related) {
        return new QuestionProfile(text, weights, unknown, specific, type, multiDocument, shape, namedDocuments, namingStems, requestsNewText,
                focus, analysis, Map.copyOf(related), synonyms, missingConstraints);
    }

    /**
     * With the words of the passages a dictionary gives for the same meaning as words the documents never use.
     * Unlike a bridge, a synonym does not match: it makes a sentence no closer, and only tells that the word is
     * not foreign to the documents where the sentences quoted hold it ("warning": "cautioned").
     */
    QuestionProfile withSynonyms(Map<String, Set<String>> found) {
        return new QuestionProfile(text, weights, unknown, specific, type, multiDocument, shape, namedDocuments, namingStems, requestsNewText,
                focus, analysis, bridges, Map.copyOf(found), missingConstraints);
    }

    /**
     * This profile with only the bridges and synonyms to words these stems hold: a word the documents never use is
     * met where the sentences quoted hold a word related to it, not where another passage does.
     */
    QuestionProfile relatedWithin(Set<String> stems) {
        Map<String, Map<String, Double>> bridged = new java.util.HashMap<>();
        bridges.forEach((word, related) -> {
            Map<String, Double> held = new java.util.HashMap<>(related);
            held.keySet().retainAll(stems);
            if (!held.isEmpty()) {
                bridged.put(word, held);
            }
        });
        Map<String, Set<String>> synonymous = new java.util.HashMap<>();
        synonyms.forEach((word, related) -> {
            Set<String> held = new HashSet<>(related);
            held.retainAll(stems);
            if (!held.isEmpty()) {
                synonymous.put(word, held);
            }
        });
        return withBridges(bridged).withSynonyms(synonymous);
    }

    /** Whether a stem the documents never use is related to one they do, by a bridge or as a synonym. */
    boolean related(String stem) {
        return bridges.containsKey(stem) || synonyms.containsKey(stem);
    }

    /** The question's words the documents never use and no word of theirs is related to, as written. */
    List<String> unrelatedUnknownWords() {
        return unknownWords().stream().filter(w -> !related(Stemmer.stem(w))).toList();
    }

    /** The surface words of the question the documents never use, lower-cased. */
    public List<String> unknownWords() {
        List<String> words = new ArrayList<>();
        for (String term : Terms.contentTerms(text)) {
            if (unknown.contains(Stemmer.stem(term)) && term.chars().allMatch(Character::isLetter)
                    && !specific.containsKey(Stemmer.stem(term))) {
                words.add(term);
            }
        }
        return words;
    }

    /** Whether two stems mean the same here: equal, or related by a bridge. */
    boolean same(String questionStem, String evidenceStem) {
        return questionStem.equals(evidenceStem) || bridges.getOrDefault(questionStem, Map.of()).containsKey(evidenceStem);
    }

    /** Stems of names, numbers and acronyms: words that pin a question to one particular thing. */
    private static Map<String, String> specificStems(String text) {
        Map<String, String> specific = new LinkedHashMap<>();
        Matcher m = RAW_TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String token = m.group();
            // "Western", "American": an adjective may stand for what the documents call otherwise ("the West").
            boolean name = !first && Character.isUpperCase(token.charAt(0)) && !EntityLexicon.DEMONYM.matcher(token).matches();
            boolean number = token.chars().anyMatch(Character::isDigit);
            boolean acronym = token.length() >= 2 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && token.chars().anyMatch(Character::isLetter);
            first = false;
            if (name || number || acronym) {
                for (String part : Terms.parts(Terms.fold(token))) {
                    // "the 89-person list", "a 2+2-era format": a number joined to a common word pins down only the number.
                    boolean commonWordOfNumber = number && !name && !acronym && part.chars().noneMatch(Character::isDigit);
                    if (!part.isEmpty() && !Terms.isStopword(part) && !commonWordOfNumber) {
                        specific.putIfAbsent(Stemmer.stem(part), token);
                    }
                }
            }
        }
        return specific;
    }

    double totalWeight() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The IDF-weighted share of the question's known stems that a set of stems covers. */
    double coverage(Set<String> stems) {
        return coverageBesides(stems, Set.of());
    }

    /** {@link #coverage} of the question's known stems other than these (its names, say). */
    double coverageBesides(Set<String> stems, Set<String> besides) {
        double known = 0;
        double covered = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Map<String, Double> related = bridges.get(e.getKey());
            if (unknown.contains(e.getKey()) && related == null || besides.contains(e.getKey())) {
                continue;
            }
            known += e.getValue();
            if (stems.contains(e.getKey())) {
                covered += e.getValue();
            } else if (related != null) {
                double best = 0;
                for (Map.Entry<String, Double> r : related.entrySet()) {
                    if (stems.contains(r.getKey())) {
                        best = Math.max(best, r.getValue());
                    }
                }
                covered += best * e.getValue();
            }
        }
        return known == 0 ? 0 : covered / known;
    }

    /**
     * Whether a set of stems holds none of the question's known words besides the names, years and
     * numbers it is about, while it has such words: evidence that offers only the question's own
     * entities ("…at sea?" against "the Sea of Okhotsk") says nothing of what it asks about them.
     */
    boolean onlyEntitiesCovered(Set<String> stems) {
        Set<String> entities = new HashSet<>(analysis.constraintStems());
        entities.addAll(ASPECTS);
        return coversNoneBut(stems, entities);
    }

    /**
     * Whether sentences that hold a name of the kind asked for cover only the kind ("Which Japanese
     * prime minister first visited the Kurils?" against "Japanese Prime Minister Shinzo Abe will
     * touch down in Sochi"): nothing of what that person is asked to have done is there.
     */
    boolean onlyKindCovered(Set<String> stems) {
        if (kindAsked().isEmpty()) {
            return false;
        }
        Set<String> kind = new HashSet<>(Terms.indexStems(kindAsked().get()));
        analysis.constraints().stream().filter(c -> EntityLexicon.DEMONYM.matcher(c.text()).matches()).forEach(c -> kind.addAll(c.stems()));
        return coversNoneBut(stems, kind);
    }

    /** The kind of name asked for: the role of a person ("prime minister"), or the kind of thing ("city"), if the question says. */
    java.util.Optional<String> kindAsked() {
        if (!analysis.focus().isEmpty()) {
            return java.util.Optional.of(analysis.focusText());
        }
        Matcher kind = KIND_ASKED.matcher(text);
        return kind.find() ? java.util.Optional.of(kind.group(1)) : java.util.Optional.empty();
    }

    /** Whether the question has known words besides these, and the stems (or what they bridge to) hold none of them. */
    private boolean coversNoneBut(Set<String> stems, Set<String> besides) {
        // Words that name a source ("Benedyczak's paper") say where to look, not what must be covered.
        List<String> rest = weights.keySet().stream()
                .filter(w -> !besides.contains(w) && !namingStems.contains(w) && (!unknown.contains(w) || related(w))).toList();
        return !rest.isEmpty() && rest.stream().noneMatch(w -> stems.contains(w)
                || bridges.getOrDefault(w, Map.of()).keySet().stream().anyMatch(stems::contains)
                || synonyms.getOrDefault(w, Set.of()).stream().anyMatch(stems::contains));
    }

    /** The IDF-weighted share of the question that the knowledge base never mentions. */
    double unknownShare() {
        double total = totalWeight();
        double missing = unknown.stream().filter(s -> !related(s)).mapToDouble(s -> weights.getOrDefault(s, 0.0)).sum();
        return total == 0 ? 1 : missing / total;
    }

    /** The attribute an attribute question asks for, when the knowledge base never mentions it or a word close to it. */
    java.util.Optional<String> unknownFocus() {
        if (focus == null) {
            return java.util.Optional.empty();
        }
        boolean absent = Terms.indexStems(focus).stream().anyMatch(this::foreign);
        return absent ? java.util.Optional.of(focus) : java.util.Optional.empty();
    }

    /**
     * A word of what a number asked for is of ("coal" in "What share of Japan's coal imports…"), as written, when the
     * documents never use it nor a word related to it: a share they give is of something else.
     */
    java.util.Optional<String> unknownCounted() {
        if (!type.asksForNumber() || analysis.focusText().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> counted = analysis.countedFocus();
        return unrelatedUnknownWords().stream().filter(w -> counted.contains(Stemmer.stem(w))).findFirst();
    }

    /**
     * What a who-question, or a which-question asking for a name, says was done, or what a yes/no question asks whether it
     * happened, when the documents never say it.
     */
    java.util.Optional<String> unknownPredicate() {
        return analysis.predicate().or(analysis::eventAsked).filter(this::foreignWord);
    }

    /** What a when-question asks the date of, when the documents never say it was done. */
    java.util.Optional<String> unknownEventDated() {
        return analysis.eventTimed().filter(verb -> type == AnswerType.DATE && foreignWord(verb));
    }

    /** What a what-question says its subject did, when the documents never say it. */
    java.util.Optional<String> unknownDeed() {
        return analysis.deedAsked().filter(this::foreignWord);
    }

    /** {@link #foreign} of a word as written. */
    private boolean foreignWord(String written) {
        return foreign(Terms.stemOf(written));
    }

    /** Whether the knowledge base never uses a stem, nor a word related to it. */
    private boolean foreign(String stem) {
        return unknown.contains(stem) && !related(stem);
    }

    /** Names, numbers or acronyms of the question (as written) that appear nowhere in the knowledge base. */
    List<String> unknownSpecifics() {
        // The names and numbers no document mentions, as the question writes them; a capitalised word
        // they never use is listed too, unless it is part of one of those already.
        List<String> missing = new ArrayList<>(missingConstraints);
        specific.forEach((stem, word) -> {
            String lower = word.toLowerCase(java.util.Locale.ROOT).replaceAll("['’]s$", "");
            if (unknown.contains(stem) && missing.stream().noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains(lower))) {
                missing.add(word);
            }
        });
        return missing;
    }
}
