package org.policydesk.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;

/**
 * The checkable facts a sentence states: the numbers in it (and what kind: a year, a share, an
 * amount of money, a duration, a count of something), whether it dates anything, and the names in
 * it with their kinds. A question that asks for a kind of fact can only be answered by a sentence
 * that states one.
 */
public record SentenceFacts(String sentenceText, List<NumberMention> numbers, boolean dated, List<EntityLexicon.Mention> names,
        boolean reasoned, boolean tellsEffect) {

    public enum NumberKind { YEAR, PERCENTAGE, MONEY, DURATION, COUNT, ORDINAL }

    /**
     * A number as written, its kind, and the stems of what it counts: for a count the words after
     * it, for a share the whole it is a share of ("6% of the Kuril Islands land mass"), for a
     * duration written as a modifier the thing it is the length of ("six-year-long negotiations").
     */
    public record NumberMention(String text, NumberKind kind, List<String> counted) {}

    private static final String CARDINAL_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
            + "forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens";
    /** Digits not glued to letters ("Su-35", "Sakhalin-2", "A2AD" are names), with a currency, a scale or a percent sign. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}+\\-])(US\\$|\\$|€|£|¥)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[-–]\\d+(?:\\.\\d+)?)?"
                    + "(\\s?(?:%|percent|per cent))?(\\s(?:million|billion|trillion|thousand|bn)\\b)?(?![\\p{L}\\p{N}+]|-[\\p{L}])"
                    + "|(?i)\\b(?:(?:a|an|one|" + CARDINAL_WORDS + ")[\\s-])?(?:" + CARDINAL_WORDS + ")\\b");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** A numbered name and the numbers listed after it so far: "Magdan-1, ", "Sakhalin-1 and ". */
    private static final Pattern NAME_SERIES_BEFORE = Pattern.compile("\\p{L}-\\d+(?:\\s*(?:,|and|&)\\s*\\d+)*\\s*(?:,|and|&)\\s*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]");
    /** "23rd meeting", "third visit": a count of occasions so far. */
    private static final Pattern ORDINAL = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}-])(\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                    + "twelfth|twentieth)\\s+(?!generation|century|of\\b)(\\p{L}+)");
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)^[\\s-]*(?:long\\s+)?(years?|months?|weeks?|days?|decades?)\\b");
    /** A duration hyphenated into a modifier of the noun after it: "six-year-long negotiations", "a two-year freeze". */
    private static final Pattern DURATION_MODIFIER = Pattern.compile("(?i)^-(?:years?|months?|weeks?|days?|decades?)(?:-(?:long|old))?\\s+(?=\\p{L})");
    private static final Pattern SHARE_OF = Pattern.compile("^\\s*of\\b");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^\\s*(?:of\\s+)?(yen|dollars?|rubles?|roubles?|euros?)\\b");
    /** The months, as a date names them. */
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(" + MONTHS + ")\\b"
                    + "|(?i:\\b(this|next|last|previous|that) (year|month|spring|summer|autumn|winter)\\b)"
                    + "|(?i:\\b(coming|next|near|following) (few )?(years?|months?|term|future|decades?)\\b)");
    /** A day of a month: "11-13 September", "May 7". */
    private static final Pattern DAY_AND_MONTH = Pattern.compile("\\b\\d{1,2}(?:[-–]\\d{1,2})?\\s+(?:" + MONTHS + ")\\b|\\b(?:" + MONTHS
            + ")\\s+\\d{1,2}\\b(?!\\d)");
    private static final Pattern DAY_OF_MONTH_BEFORE = Pattern.compile("\\b(?:" + MONTHS + ")\\s+$");
    private static final Pattern DAY_OF_MONTH_AFTER = Pattern.compile("^\\s+(?:" + MONTHS + ")\\b");
    /** In each span of time: "a year", "per month". */
    private static final String PER_TIME = "(?:a|per|each|every) (?:day|week|month|quarter|year)";
    /** How often: "annual", "biannual consultations", "twice a year", "every two years", "monthly". */
    private static final Pattern FREQUENCY = Pattern.compile(
            "(?i)\\b(?:(?:bi|semi)?annual(?:ly)?|biennial(?:ly)?|yearly|quarterly|monthly|weekly|daily|fortnightly|"
                    + "(?:once|twice|\\w+ times) " + PER_TIME + "|every (?:\\w+ )?(?:days?|weeks?|months?|years?)|"
                    + "regular(?:ly)?)\\b");
    /** An amount in a span of time: "how much oil does Sakhalin-1 produce a year", "… annually". */
    private static final Pattern RATE = Pattern.compile("(?i)\\b" + PER_TIME + "\\b|" + FREQUENCY.pattern());
    /** An event that dates another: "since the end of World War II", "after the start of the war". */
    private static final Pattern EVENT_DATE = Pattern.compile(
            "(?i)\\b(?:since|after|before|until|at|by|from) the (?:end|start|beginning|outbreak|close|time) of\\b");
    /** How long, said by when it began: "decades", "since the end of …", "since their seizure … at the end of World War II". */
    private static final Pattern LONG_AGO = Pattern.compile("(?i)\\bdecades?\\b|\\b(since|until|for) (the )?(end|start|beginning)\\b"
            + "|\\bsince\\b[^,.;:]{0,60}?\\b(end|start|beginning|war|(?:1[89]|20)\\d\\d)\\b");
    /** A cause, purpose or ground: "because…", "due to…", and a speaker's grounds ("…cautioned Abe, stressing that…"). */
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(because|due to|as a result|in order to|so that|prevents?|since the|thanks to|owing to|would (weaken|strengthen|provide|"
                    + "allow|avoid)|allows?|avoid(ing|s)?|benefit|beneficial|hamper(ed|s)?|tied to|thus|therefore"
                    + "|(?:stress|argu|not|say|warn|explain|claim|insist)ing that|conditioning (?:it|them) on)\\b"
                    // "For Japan, a country that lacks significant natural resources, these islands are valuable": what
                    // the one it matters to is, is why it matters to them.
                    + "|^(?:For|To) (?-i:\\p{Lu})[\\p{L}-]*, an? (?:[\\p{L}-]+ ){1,3}(?:that|which|who) ");
    /**
     * What something brings about ("…serve to reignite tensions"): why it is judged as it is ("Why is the plan
     * harmful?"), though not why it was done.
     */
    private static final Pattern EFFECT = Pattern.compile(
            "(?i)\\b(serves? to|served to|leads? to|led to|caus(e|es|ed)|results? in|resulted in|contribut(e|es|ed) to|hinder(s|ed|ing)?"
                    + "|complicat(e|es|ed|ing)|weaken(s|ed|ing)?|undermin(e|es|ed|ing)|hamper(s|ed|ing)?|prevent(s|ed|ing)?|strengthen(s|ed|ing)?"
                    + "|erod(e|es|ed|ing)|threaten(s|ed|ing)?)\\b");
    private static final Pattern LIKELIHOOD = Pattern.compile(
            "(?i)\\b(likely|unlikely|likelihood|questionable|doubtful|doubts?|prospects?|chances?|hopes?|hoped|hopeful|possible|impossible|"
                    + "possibility|probabl[ey]|improbable|uncertain|promising|challenging|difficult|(?:not|never) be easy)\\b");
    /** Words that say what ought to be done, not what was: a recommendation. */
    private static final Pattern RECOMMENDED = Pattern.compile("(?i)\\b(?:should|ought to|needs? to|must)\\b");

    /**
     * What people are reported to hold ought to happen ("24% of Russians agreed the country should hand over the islands",
     * "the Japanese declared that a peace treaty should be preceded…"): their view, not advice the source gives.
     */
    private static final Pattern REPORTED_OUGHT = Pattern.compile("(?i)\\b(?:agreed|agree|agrees|declared|said|says|argued|believed?|"
            + "believes|thinks?|thought|felt|feels?|insisted|demanded|stated|claimed)\\s+(?:that\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,6}?"
            + "(?:should|ought to|needs? to|must)\\b");

    /** Whether a text says what ought to be done ("Japan should look at…"), not only what others hold ought to be. */
    static boolean recommends(String text) {
        return RECOMMENDED.matcher(REPORTED_OUGHT.matcher(text).replaceAll(" ")).find();
    }

    /** What opens examples of a kind: "such as", "including", "namely". */
    private static final String EXAMPLES_FOLLOW = "\\b(?:such\\s+as|including|namely)\\b";
    /** "…such as the denuclearization of the Korean peninsula, human trafficking, counterterrorism and…". */
    private static final Pattern ENUMERATES = Pattern.compile(EXAMPLES_FOLLOW + "[^.;]*,[^.;]*\\band\\b");

    /** Whether a text lists several of a kind. */
    static boolean listsSeveral(String text) {
        return ENUMERATES.matcher(text).find();
    }

    /** A term in quotation marks: “2+alpha”, "hikiwake". */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{1,60}”|\"[^\"]{1,60}\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}’'-]*");

    public static SentenceFacts of(String sentence, EntityLexicon lexicon) {
        List<NumberMention> numbers = new ArrayList<>();
        boolean dated = DATE_WORDS.matcher(sentence).find();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String text = m.group().strip();
            String rest = sentence.substring(m.end());
            if (DAY_OF_MONTH_BEFORE.matcher(sentence.substring(0, m.start())).find() || DAY_OF_MONTH_AFTER.matcher(rest).find()) {
                continue; // "On May 7", "11-13 September": a day dates the sentence; it counts nothing.
            }
            if (m.group(1) == null && m.group(3) == null && NAME_SERIES_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                continue; // "Magdan-1, 2, 3": the numbers after a numbered name are the names of the rest of the series.
            }
            NumberKind kind;
            if (m.group(3) != null) {
                kind = NumberKind.PERCENTAGE;
            } else if (m.group(1) != null || MONEY_AFTER.matcher(rest).find()) {
                kind = NumberKind.MONEY;
            } else if (DURATION_AFTER.matcher(rest).find()) {
                kind = NumberKind.DURATION;
            } else if (m.group(2) != null && m.group(4) == null && YEAR.matcher(text).matches()) {
                kind = NumberKind.YEAR;
            } else {
                kind = NumberKind.COUNT;
            }
            Matcher modifier = DURATION_MODIFIER.matcher(rest);
            List<String> counted = kind == NumberKind.COUNT || kind == NumberKind.PERCENTAGE && SHARE_OF.matcher(rest).find()
                    ? following(rest, 3)
                    : kind == NumberKind.DURATION && modifier.find() ? following(rest.substring(modifier.end()), 1) : List.of();
            numbers.add(new NumberMention(text, kind, counted));
        }
        Matcher ordinal = ORDINAL.matcher(sentence);
        while (ordinal.find()) {
            numbers.add(new NumberMention(ordinal.group(1), NumberKind.ORDINAL, following(sentence.substring(ordinal.end(1)), 3)));
        }
        return new SentenceFacts(sentence, List.copyOf(numbers), dated, lexicon.mentions(sentence), REASON.matcher(sentence).find(),
                EFFECT.matcher(sentence).find());
    }

    /**
     * The stems of the words a number counts: the content words right after it, up to a few, to the
     * first function word; through a measure's "of" to what it measures ("36 million tonnes of cargo").
     */
    private static List<String> following(String rest, int words) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(rest.length() > 80 ? rest.substring(0, 80) : rest);
        int end = 0;
        boolean measured = false;
        while (w.find()) {
            String gap = rest.substring(end, w.start());
            end = w.end();
            String word = Terms.fold(w.group());
            if (word.equals("of") && !out.isEmpty() && !measured && gap.isBlank()) {
                measured = true;
                continue;
            }
            if (Terms.isStopword(word) || !out.isEmpty() && CLAUSE_BREAK.matcher(gap).find()) {
                if (!out.isEmpty()) {
                    break;
                }
                continue;
            }
            boolean first = out.isEmpty();
            for (String part : Terms.parts(word)) {
                out.add(Stemmer.stem(part));
            }
            if (first && NATIONALS.matcher(w.group()).matches()) {
                out.add(PEOPLE); // "approximately 30,000 Russians" is a count of people
            }
            if (out.size() >= words || measured) {
                break;
            }
        }
        return out;
    }

    /** People named by their nation: "Russians", "Japanese", "Americans" (not the adjective: "Russian soldiers"). */
    private static final Pattern NATIONALS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ians|eans|cans|ese)");
    private static final String PEOPLE = Stemmer.stem("people");

    /**
     * Whether this sentence states a fact of the kind the question asks for, other than what the
     * question itself says.
     *
     * @param similar whether two stems mean the same (for "how many troops" and "3,500 soldiers")
     */
    public boolean answers(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        return strength(question, similar) > 0;
    }

    /** Words that place what a sentence tells at the time its source was written: "the recent EEF", "currently 6%". */
    private static final Pattern AS_OF_WRITING = Pattern.compile(
            "(?i)\\b(?:recent(?:ly)?|currently|now|today|ago|this (?:year|month|week|spring|summer|autumn|winter)|last (?:year|month|week)"
                    + "|next (?:year|month|week))\\b");

    /**
     * Whether the sentence tells of the time its source was written ("Two weeks after the recent EEF, …"), whatever
     * year the sentences before it told of.
     */
    public boolean toldAsOfWriting() {
        return AS_OF_WRITING.matcher(sentenceText).find();
    }

    /**
     * Whether every date the sentence states is a year before the given one ("in 1998", for a text of
     * 2016): what it dates had happened when its source was written, so it does not say when something will.
     */
    public boolean datesOnlyBefore(String year) {
        List<String> years = numbers.stream().filter(n -> n.kind() == NumberKind.YEAR).map(NumberMention::text).toList();
        return !year.isEmpty() && !dated && !years.isEmpty() && years.stream().allMatch(y -> y.compareTo(year) < 0);
    }

    /**
     * How fully this sentence states the fact asked for, from 0 (not at all) to 1: a date with its
     * year states a date more fully than a day and month alone.
     */
    public double strength(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        return switch (question.type()) {
            // "When was the 2018 Forum?": a year the question gives is completed by a day and month ("11-13 September").
            case DATE -> numbers.stream().anyMatch(n -> n.kind() == NumberKind.YEAR && !question.mentions(n.text()))
                    || question.constraints().stream().anyMatch(c -> c.kind() == QuestionAnalysis.Constraint.Kind.YEAR)
                            && DAY_AND_MONTH.matcher(sentenceText).find() ? 1
                    : dated || EVENT_DATE.matcher(sentenceText).find() ? PARTIAL : 0;
            // "What is it called?" is answered by a term set in quotation marks more surely than by any name.
            case TERM -> termStrength(question);
            case ORGANISATION -> !answeringNames(question).isEmpty() && namesBodyAsked(question) ? 1
                    // A name the documents never say the kind of ("Bloomberg's Aiko Shimizu") may be the employer asked for.
                    : question.asksForEmployer() && names.stream().anyMatch(n -> n.kind() == EntityKind.NAME
                            && !question.stems().containsAll(n.stems())) ? PARTIAL : 0;
            case AGENT -> agentStrength(question, similar);
            case PLACE -> placeStrength(question);
            case SOURCE -> answeringNames(question).isEmpty() ? 0 : 1;
            case DURATION -> durationStrength(question, similar);
            default -> holds(question, similar) ? 1 : 0;
        };
    }

    /**
     * "Who leads the committee?" needs a sentence that says it was done (not one where the committee
     * was set up); "who got funding…" is answered by a name that acts ("Transneft has obtained…")
     * more surely than by one the sentence only mentions.
     */
    private double agentStrength(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        if (question.asksForOffice()) {
            // "What post does Miller hold?" is answered where the sentence titles the one asked about.
            List<List<String>> asked = question.nameConstraints().stream().map(QuestionAnalysis.Constraint::stems).toList();
            return names.stream().anyMatch(n -> asked.stream().anyMatch(n.stems()::containsAll) && titled(n)) ? 1 : 0;
        }
        List<EntityLexicon.Mention> answering = answeringNames(question);
        java.util.Optional<String> done = question.predicate().map(Terms::stemOf);
        // "Who received loans?" is told from the giver's side: "granted loans to Sberbank and Gazprom".
        boolean conversely = done.filter(this::tellsTransferConversely).isPresent();
        if (done.isPresent()) {
            String verb = done.get();
            // Who leads something is named by the office they lead it in ("the chairman of the Russian State Duma").
            boolean leads = LEADING.matcher(question.predicate().get()).matches() && answering.stream().anyMatch(this::inLeadingOffice);
            // What was done may be named as an act: "after an agreement between Putin and … Koizumi" says who agreed.
            if (!leads && !conversely && !VocabularyBridges.tellAct(sentenceStems(), verb)
                    && sentenceStems().stream().noneMatch(s -> similar.test(verb, s))) {
                return 0;
            }
        }
        if (answering.isEmpty()) {
            return 0;
        }
        if (!question.asksForSubject()) {
            return 1;
        }
        List<String> subject = subjectStems();
        return answering.stream().anyMatch(n -> subject.containsAll(n.stems()) || done.filter(v -> actedBy(n, v)).isPresent()
                || conversely && otherPartyOfTransfer(n)) ? 1 : PARTIAL;
    }

    /** Whether the sentence tells a transfer from the other side than this verb: "granted loans to" for "received". */
    private boolean tellsTransferConversely(String verbStem) {
        return sentenceStems().stream().anyMatch(s -> VocabularyBridges.converseTransfer(verbStem, s));
    }

    /** A name the transfer is made to or from: "granted loans to Sberbank and Gazprom", "obtained funding from the fund". */
    private static final Pattern TO_OR_FROM_BEFORE = Pattern.compile("(?i)\\b(?:to|from)\\s+[^.;:()]{0,50}$");

    /** Whether a name is the other party of the transfer the sentence tells: whom it was made to, or from. */
    private boolean otherPartyOfTransfer(EntityLexicon.Mention name) {
        return TO_OR_FROM_BEFORE.matcher(sentenceText.substring(0, name.start())).find();
    }

    /** An act named, then by whom or between whom: "an agreement between Putin and … Koizumi", "approval by the Duma". */
    private static final Pattern ACT_BY = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:between|by)\\b[^,.;:]{0,60}$");

    /** Whether the sentence names the act of this verb as done by, or between, this name. */
    private boolean actedBy(EntityLexicon.Mention name, String verbStem) {
        Matcher act = ACT_BY.matcher(sentenceText.substring(0, name.start()));
        return act.find() && VocabularyBridges.namesActOf(Terms.stemOf(act.group(1)), verbStem);
    }

    /** A capitalised word or a possessive just before a name: "Prime Minister Shinzo Abe", "Bloomberg's Aiko Shimizu". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:\\b\\p{Lu}\\p{L}+|\\p{L}['’]s)\\s+$");
    /** A phrase set off by a comma just before a name: "the chairman of the Russian State Duma, " (then ", was…"). */
    private static final Pattern SET_OFF_BEFORE = Pattern.compile("\\p{L}[^,]*,\\s+$");
    /** A name read with whose it is: "Bloomberg's Aiko Shimizu". */
    private static final Pattern POSSESSED_NAME = Pattern.compile(".*\\p{L}['’]s\\s+\\p{L}.*");
    /** An apposition after a name: "J. Berkshire Miller, EWI's Fellow…". */
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^,\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+['’]s\\s+)?\\p{Ll}*\\p{L}+\\s+(?:of|for)\\b|^,\\s+[\\p{L}-]+['’]s\\s+\\p{L}");

    /**
     * Whether the sentence gives a name its title: one before it ("Russian President Vladimir Putin", "Bloomberg's
     * Aiko Shimizu"), an apposition after it ("Miller, EWI's Fellow for…"), or one set off before it ("the chairman of
     * the Russian State Duma, Sergey Naryshkin, was…").
     */
    private boolean titled(EntityLexicon.Mention name) {
        String before = sentenceText.substring(0, name.start());
        String after = sentenceText.substring(name.end());
        return TITLE_BEFORE.matcher(before).find() || APPOSITION_AFTER.matcher(after).find()
                || POSSESSED_NAME.matcher(name.text()).matches() || SET_OFF_BEFORE.matcher(before).find() && after.startsWith(",");
    }

    /**
     * "How long were the talks frozen?" is answered by how long something lasted ("halted for two years") more
     * surely than by the length of a thing the question does not ask about, or of how long it went on when the
     * question asks how long it was in some state ("the six-year-long negotiations").
     */
    private double durationStrength(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        List<NumberMention> durations = numbers.stream().filter(n -> n.kind() == NumberKind.DURATION).toList();
        // "How long were the negotiations frozen?" asks how long they were frozen, not how long they went on.
        boolean stateAsked = question.eventTimed().isPresent();
        if (LONG_AGO.matcher(sentenceText).find() || durations.stream().anyMatch(n -> n.counted().isEmpty()
                || !stateAsked && n.counted().stream().anyMatch(c -> question.stems().stream().anyMatch(q -> q.equals(c) || similar.test(q, c))))) {
            return 1;
        }
        return durations.isEmpty() ? 0 : PARTIAL;
    }

    /** Between a name and the place it is in: "Eastern Economic Forum (EEF) in ", "Abe will touch down in ". */
    private static final Pattern PLACED = Pattern.compile("(?i)^[\\p{L}\\s()’'-]{0,30}\\b(?:in|at|near)\\s+(?:the\\s+)?$");

    /**
     * "Where did the forum take place?" is answered by a place the sentence puts the forum in ("the
     * Eastern Economic Forum (EEF) in Vladivostok") more surely than by one it names beside it ("The
     * arrival of Abe to Vladivostok was his third visit to the EEF"). A sentence that names nothing
     * the question names is judged by its places alone.
     */
    private double placeStrength(QuestionAnalysis question) {
        List<EntityLexicon.Mention> places = answeringNames(question);
        if (places.isEmpty()) {
            return 0;
        }
        // Where the sentence names what the question names (as written, or by its abbreviation).
        List<Integer> namedEnds = new ArrayList<>();
        Matcher w = WORD.matcher(sentenceText);
        while (w.find()) {
            int start = w.start();
            boolean inPlace = places.stream().anyMatch(p -> p.start() <= start && start < p.end());
            if (Character.isUpperCase(w.group().charAt(0)) && !inPlace
                    && question.stems().contains(Terms.stemOf(w.group()))) {
                namedEnds.add(w.end());
            }
        }
        if (namedEnds.isEmpty()) {
            return 1;
        }
        boolean placed = places.stream().anyMatch(p -> namedEnds.stream()
                .anyMatch(end -> end <= p.start() && PLACED.matcher(sentenceText.substring(end, p.start())).find()));
        return placed ? 1 : PARTIAL;
    }

    /**
     * Whether a name the sentence offers is of the kind of body asked for: a ministry is named as one ("the Ministry of
     * Defence"); no company answers "which ministry".
     */
    private boolean namesBodyAsked(QuestionAnalysis question) {
        return question.bodyAsked().map(kind -> answeringNames(question).stream().anyMatch(n -> n.stems().contains(kind)))
                .orElse(true);
    }

    /** A name given by a naming verb: "which Japan calls the Northern Territories", "called Kunashiri … in Japanese". */
    private static final Pattern NAMING = Pattern.compile("(?i)(?:\\b([\\p{L}-]+)\\s+)?\\b(?:calls?|called|named|names|known as|termed|dubbed)\\s+(?=[“\"\\p{Lu}]|the\\s+\\p{Lu})");
    /** The question's namer: "what does Japan call…", "what name does Japan give to…". */
    private static final Pattern NAMER = Pattern.compile("(?i)^\\W*what\\s+(?:(?:name|names|term|word)\\s+)?(?:do|does|did)\\s+(?:the\\s+)?"
            + "([\\p{L}-]+)\\s+(?:call|give|use)\\b");
    private static final int TERM_REACH = 4;

    /**
     * "What is it called?" is answered by a term set in quotation marks more surely than by any name,
     * and most surely by one the sentence gives to what the question names ("The Russian proposal,
     * “hikiwake”") or that the question's namer gives ("which Japan calls the Northern Territories").
     */
    private double termStrength(QuestionAnalysis question) {
        java.util.Optional<String> namer = NAMER.matcher(question.text()).results().map(m -> Terms.stemOf(m.group(1)))
                .findFirst();
        Matcher naming = NAMING.matcher(sentenceText);
        while (naming.find()) {
            boolean byNamer = namer.isPresent() && naming.group(1) != null
                    && Terms.stemOf(naming.group(1)).equals(namer.get());
            if (byNamer) {
                return 1;
            }
        }
        List<MatchResult> quoted = QUOTED.matcher(sentenceText).results()
                .filter(q -> !question.stems().containsAll(Terms.indexStems(q.group()))).toList();
        if (!quoted.isEmpty()) {
            return quoted.stream().anyMatch(q -> namedJustBefore(q.start(), question)) ? 1 : QUOTED_TERM;
        }
        // "The name of the Russian military base" is a name given to a base, not any name in a sentence about one,
        // and not the "Russian" of "a base with 3,500 Russian soldiers".
        java.util.Optional<String> thing = namedThing(question.text());
        boolean named = answeringNames(question).stream().anyMatch(n -> thing.isEmpty()
                || beside(n, thing.get()) && !EntityLexicon.DEMONYM.matcher(n.text()).matches());
        return named || namer.isPresent() && NAMING.matcher(sentenceText).find() ? PARTIAL : 0;
    }

    /** Words that begin what qualifies a thing named: "the base on Iturup", "the plan that…". */
    private static final String QUALIFIERS = "on|in|at|of|for|from|to|with|by|near|off|around|over|under|between|about|during|after"
            + "|before|across|along|within|that|which|who|where|when";
    /** What a question asks the name of: "the name of the Russian military base on Iturup" is a base's. */
    private static final Pattern NAME_OF = Pattern.compile(
            "(?i)\\bname (?:of|for) ([\\p{L}\\p{N}'’ -]+?)(?=\\s+(?:" + QUALIFIERS + ")\\b|\\s*[?.!]*\\s*$)");

    /** "matua base - what's it going to be called": what is named comes first, then the question asks what "it" is called. */
    private static final Pattern CALLED = Pattern.compile("(?i)^\\W*([\\p{L}\\p{N}'’ -]+?)" + QuestionAnalysis.TOPIC_THEN_QUESTION
            + "what(?:'s|’s|s|\\s+is|\\s+will)\\s+(?:it|they)\\s+(?:(?:going\\s+to\\s+)?be\\s+)?(?:called|named|known\\s+as)\\W*$");

    /** The stem of the head word of what a question asks the name of, if it asks for one so. */
    static java.util.Optional<String> namedThing(String question) {
        Matcher m = NAME_OF.matcher(question.strip());
        Matcher called = CALLED.matcher(question.strip());
        String thing;
        if (m.find()) {
            thing = m.group(1);
        } else if (called.find()) {
            // "the base on Matua - what's it called": the thing named ends before what qualifies it.
            thing = called.group(1).split("\\s+(?i:" + QUALIFIERS + ")\\s+")[0];
        } else {
            return java.util.Optional.empty();
        }
        String[] words = thing.strip().split("\\s+");
        return java.util.Optional.of(Terms.stemOf(words[words.length - 1].replaceAll("['’]s?$", "")));
    }

    /** Whether a word with this stem is among the few words just before or just after a name: "the Baltic LNG terminal". */
    private boolean beside(EntityLexicon.Mention name, String stem) {
        return stemsAround(name, TERM_REACH).contains(stem);
    }

    /**
     * Whether a word of the question (not its namer's) is among the few words before a position, and no people's
     * adjective there names another people than the question's: "The Japanese proposal, “2+alpha”" is not the Russian one.
     */
    private boolean namedJustBefore(int position, QuestionAnalysis question) {
        List<String> before = new ArrayList<>();
        List<String> peoples = new ArrayList<>();
        Matcher w = WORD.matcher(sentenceText.substring(0, position));
        while (w.find()) {
            String folded = Terms.fold(w.group());
            if (!Terms.isStopword(folded)) {
                before.add(Stemmer.stem(folded));
                peoples.add(EntityLexicon.DEMONYM.matcher(w.group()).matches() ? Stemmer.stem(folded) : null);
            }
        }
        int from = Math.max(0, before.size() - TERM_REACH);
        boolean otherPeople = !question.nameConstraints().isEmpty() && peoples.subList(from, peoples.size()).stream().filter(java.util.Objects::nonNull)
                .anyMatch(people -> question.stems().stream().noneMatch(asked -> asked.equals(people)
                        || EntityLexicon.demonymOf(people, asked) || EntityLexicon.demonymOf(asked, people)));
        return !otherPeople && before.subList(from, before.size()).stream().anyMatch(question.stems()::contains);
    }

    /** How much a quoted term counts when nothing the question names stands just before it. */
    static final double QUOTED_TERM = 0.8;

    /** Words that end the subject of a sentence: its first verb is an auxiliary or a past form. */
    private static final Pattern VERB = Pattern.compile(
            "(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|did|does|do|\\p{Ll}+ed)");
    /** A leading phrase before the subject: "In 2014, …", "After the poison attack …, …". */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^(?:(?:In|On|At|After|Before|During|Since|From|Through|Despite|As|For|By|Under|Following|Then|However|Moreover|"
                    + "Meanwhile|Thus|Therefore|Indeed|Earlier|Later|Also)\\b[^,]{0,120},\\s*)+");
    private static final int SUBJECT_WORDS = 5;
    /** A subject that names a pair without naming its members: "The two sides", "Both countries". */
    private static final Pattern PAIR = Pattern.compile("(?i)^(?:the two|both(?: the)?|the) (?:sides|countries|states|nations|governments|parties)\\b");

    /**
     * The stems of the sentence's subject, as far as word order shows it: the words before its first
     * verb (an auxiliary or a past form), after any leading phrase, up to a few; a possessive is not
     * the subject ("Russia's mining industry needs…" is about the industry).
     */
    List<String> subjectStems() {
        String rest = LEADING_PHRASE.matcher(sentenceText).replaceFirst("");
        List<String> stems = new ArrayList<>();
        Matcher w = WORD.matcher(rest);
        for (int n = 0; n < SUBJECT_WORDS && w.find(); n++) {
            String word = w.group();
            if (VERB.matcher(word).matches()) {
                break;
            }
            if (word.endsWith("’s") || word.endsWith("'s")) {
                continue;
            }
            String folded = Terms.fold(word);
            if (!Terms.isStopword(folded)) {
                for (String part : Terms.parts(folded)) {
                    stems.add(Stemmer.stem(part));
                }
            }
        }
        return stems;
    }

    /**
     * How much a fact that answers only in part counts: a day, a month or "this year" dates an event
     * less fully than a year; a name is less surely a term than a quoted one, or the one who acted.
     */
    static final double PARTIAL = 0.5;

    /** Whether the sentence states a fact of the type asked for, for the types with no degrees of it. */
    private boolean holds(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        return switch (question.type()) {
            // "What percentage of Japanese…" is not answered by a share of something else ("6% of the land mass").
            case PERCENTAGE -> numbers.stream().anyMatch(n -> n.kind() == NumberKind.PERCENTAGE && !question.mentions(n.text())
                    && (n.counted().isEmpty() || question.focus().isEmpty() || countsFocus(n, question, similar)));
            case MONEY -> numbers.stream().anyMatch(n -> n.kind() == NumberKind.MONEY && !question.mentions(n.text()));
            // "How often had Abe met Putin by 2016?" asks how many times, up to then: "more than a dozen times", "his 23rd meeting".
            case FREQUENCY -> FREQUENCY.matcher(sentenceText).find() || numbers.stream().anyMatch(n -> !question.mentions(n.text())
                    && (n.kind() == NumberKind.ORDINAL
                        || n.kind() == NumberKind.COUNT && !n.counted().isEmpty() && QuestionAnalysis.GENERIC_COUNTERS.contains(n.counted().get(0))));
            // "How many Russians backed…" is answered by a share of them ("24% of Russians agreed…").
            // "How many of Japan's LNG needs…" asks for a part of a whole, which a share states ("currently 6% and 9%").
            case QUANTITY -> numbers.stream().anyMatch(n -> !question.mentions(n.text())
                    && ((n.kind() == NumberKind.COUNT || n.kind() == NumberKind.ORDINAL
                            || n.kind() == NumberKind.PERCENTAGE && !n.counted().isEmpty()
                            || question.focus().isEmpty() && n.kind() != NumberKind.YEAR)
                            && (question.focus().isEmpty() || countsFocus(n, question, similar))
                        || n.kind() == NumberKind.PERCENTAGE && n.counted().isEmpty() && (PART_OF.matcher(question.text()).find()
                                || HOW_MUCH.matcher(question.text()).find() && !RATE.matcher(question.text()).find()
                                        && statesFocus(question, similar))));
            // "Who is Russia's energy minister?": the role is the title of the person named, not words elsewhere
            // in the sentence ("energy consultations … Prime Minister Junichiro Koizumi").
            // "Who is the head of the Duma?": any office that leads is a head ("the chairman of the Russian State Duma").
            case PERSON -> answeringNames(question).stream().anyMatch(n -> question.focus().isEmpty()
                    || namesFocus(question, titleStems(n), similar)
                    || LEADERS.containsAll(question.focus()) && inLeadingOffice(n));
            case ACTION -> !question.focus().isEmpty() && (question.focus().stream()
                            .allMatch(f -> subjectStems().stream().anyMatch(s -> EntityLexicon.namesState(s, f)))
                    // "What did Japan and Russia do…": "The two sides inked…" is what the pair did.
                    || question.focus().size() == 2 && PAIR.matcher(LEADING_PHRASE.matcher(sentenceText).replaceFirst("")).find());
            case REASON -> reasoned || tellsEffect && !question.asksWhyItHappened();
            // "The signing of a formal peace treaty … is questionable in the near term": a judgement of how likely.
            case LIKELIHOOD -> LIKELIHOOD.matcher(sentenceText).find();
            // "In 2016, just 24% of Russians agreed…": what a share of a people holds is what they think.
            case OPINION -> POLLED.matcher(sentenceText).find();
            // "Tokyo and Moscow should establish a framework…": advice is what ought to be done.
            case RECOMMENDATION -> recommends(sentenceText);
            // "whats the eef": the sentence that spells the term out ("the Eastern Economic Forum (EEF)") defines it.
            case DEFINITION -> !question.stems().isEmpty() && sentenceStems().containsAll(question.stems());
            default -> true;
        };
    }

    private static final Pattern LEADING = Pattern.compile("(?i)" + QuestionAnalysis.LEADING_VERBS);

    /** Offices that lead what they are of: a head of anything holds one. */
    private static final Set<String> LEADING_OFFICES = Stemmer.stemsOf("chairman", "chair", "chairwoman", "chairperson", "president",
            "director", "ceo", "chief", "head", "leader", "governor", "mayor", "commander", "speaker", "secretary");
    /** The stems of the roles that ask for whoever leads ({@link QuestionAnalysis#LEADERS}). */
    private static final Set<String> LEADERS = Stemmer.stemsOf(QuestionAnalysis.LEADERS.split("\\|"));

    /** Whether the sentence titles a name with an office that leads ("the chairman of the Russian State Duma, …"). */
    private boolean inLeadingOffice(EntityLexicon.Mention name) {
        return titleStems(name).stream().anyMatch(LEADING_OFFICES::contains);
    }

    private static boolean countsFocus(NumberMention n, QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        return n.counted().stream().anyMatch(c -> question.countedFocus().stream().anyMatch(f -> f.equals(c) || similar.test(f, c)))
                // "…has met with Putin more than a dozen times": a count of occasions counts what the sentence says happened.
                || !n.counted().isEmpty() && QuestionAnalysis.GENERIC_COUNTERS.contains(n.counted().get(0))
                        && EVENT_NOUN.matcher(question.focusText()).find();
    }

    /** What opens a list of examples: "such as", "including", "namely", a dash or a colon. */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)" + EXAMPLES_FOLLOW + "|\\s[—–]\\s?|[—–:]");
    private static final Pattern CLAUSE_WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+");

    /**
     * Whether the sentence gives examples of a kind (by its stem, or a word related to it): "targeted regional security
     * issues where they share common goals, such as the denuclearization…" lists security problems; "three areas of
     * cooperation with Russia—research, …" lists areas. The kind is among the ten words before the list.
     */
    public boolean listsInstancesOf(String kindStem, java.util.function.BiPredicate<String, String> similar) {
        Matcher list = EXAMPLES.matcher(sentenceText);
        while (list.find()) {
            String before = sentenceText.substring(0, list.start());
            List<String> words = CLAUSE_WORD.matcher(before).results().map(MatchResult::group).toList();
            for (String word : words.subList(Math.max(0, words.size() - 10), words.size())) {
                String stem = Terms.stemOf(word);
                if (stem.equals(kindStem) || similar.test(kindStem, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A share of a people: "24% of Russians", "75% of the Japanese", "most voters". */
    private static final Pattern POLLED = Pattern.compile("(?:\\d%|\\bper ?cent|\\b(?i:most|majority|half|third|quarter))\\s+of\\s+(?:the\\s+)?"
            + "(?:" + EntityLexicon.DEMONYM.pattern() + "|(?i:people|public|citizens|voters|respondents|residents|population))");

    private static final Pattern PART_OF = Pattern.compile("(?i)\\bhow\\s+(?:many|much)\\s+of\\b");
    /**
     * "How much oil does Japan receive through its stake…": how much of a whole asks for its part, which a share of it
     * states ("it receives oil (30% in Sakhalin-1)"). Not a count ("how many"), which a share does not give, nor a rate
     * ("how much oil does Sakhalin-1 produce a year"), which is an amount in a time, not a part of a whole.
     */
    private static final Pattern HOW_MUCH = Pattern.compile("(?i)\\bhow\\s+much\\s+(?!of\\b)\\p{L}");

    /** Whether the sentence names what the question is about (its focus), in its words or in related ones. */
    private boolean statesFocus(QuestionAnalysis question, java.util.function.BiPredicate<String, String> similar) {
        return !question.focus().isEmpty() && namesFocus(question, Terms.allStems(sentenceText), similar);
    }

    /** Whether these stems hold every word of the question's focus, as written or as a related word. */
    private static boolean namesFocus(QuestionAnalysis question, java.util.Collection<String> stems,
            java.util.function.BiPredicate<String, String> similar) {
        return question.focus().stream().allMatch(f -> stems.stream().anyMatch(s -> f.equals(s) || similar.test(f, s)));
    }

    /** "meetings", "gatherings": a noun made of a verb names events, which a count of occasions counts. */
    private static final Pattern EVENT_NOUN = Pattern.compile("(?i)\\b\\p{L}{3,}ings?\\b");

    /** How many words either side of a name may title it: "former Japanese Prime Minister …", "…, the chairman of the Russian State Duma". */
    private static final int TITLE_WORDS = 7;

    /** The stems of the words just before and after a name, where its title or apposition stands. */
    private Set<String> titleStems(EntityLexicon.Mention name) {
        return stemsAround(name, TITLE_WORDS);
    }

    /** The stems of up to {@code reach} words on each side of a name. */
    private Set<String> stemsAround(EntityLexicon.Mention name, int reach) {
        List<String> before = new ArrayList<>();
        Matcher w = WORD.matcher(sentenceText.substring(0, name.start()));
        while (w.find()) {
            before.add(w.group());
        }
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - reach), before.size()));
        Matcher after = WORD.matcher(sentenceText.substring(name.end()));
        for (int n = 0; n < reach && after.find(); n++) {
            words.add(after.group());
        }
        Set<String> stems = new java.util.HashSet<>();
        words.forEach(word -> stems.addAll(org.policydesk.text.Terms.allStems(word)));
        return stems;
    }

    private Set<String> sentenceStems() {
        return Set.copyOf(org.policydesk.text.Terms.allStems(sentenceText));
    }

    /** The names in this sentence of the kind a who/which/where question asks for, other than the question's own. */
    public List<EntityLexicon.Mention> answeringNames(QuestionAnalysis question) {
        Set<String> asked = question.stems();
        java.util.function.Predicate<EntityLexicon.Mention> wanted = switch (question.type()) {
            case PERSON -> n -> n.kind() == EntityKind.PERSON;
            case ORGANISATION -> n -> n.kind() == EntityKind.ORGANISATION;
            // "Where did Russia gain its experience…": at a gathering it hosted; not "which city hosted…", which asks for the host.
            case PLACE -> n -> n.kind() == EntityKind.PLACE || heldAt(n, AT_OR_DURING) || publishedIn(n)
                    || !asked.contains(HOST) && heldAt(n, HOSTING);
            case AGENT, SOURCE, TERM -> n -> true;
            default -> n -> false;
        };
        List<EntityLexicon.Mention> answering = names.stream()
                .filter(n -> wanted.test(n) && !n.stems().stream().allMatch(s -> asks(asked, s))).toList();
        return answering.isEmpty() ? answering : inAskedClause(answering, asked);
    }

    /** Gatherings that are where something is said or done: "Where did Abe confirm…" is answered "during the UN General Assembly". */
    private static final Set<String> GATHERINGS = Set.of("forum", "summit", "assembly", "conference", "congress", "session",
            "olympics", "games");
    private static final Pattern AT_OR_DURING = Pattern.compile("(?i)\\b(?:at|during)\\s+(?:the\\s+)?$");
    /** "its hosting of the Sochi Olympics": a gathering someone hosted, where they did what hosting it took. */
    private static final Pattern HOSTING = Pattern.compile("(?i)\\b(?:hosting\\s+of|host|hosted|hosts)\\s+(?:the\\s+)?$");
    private static final String HOST = Stemmer.stem("host");

    /** Whether a name is of a gathering the sentence puts something at, as the words just before it say. */
    private boolean heldAt(EntityLexicon.Mention name, Pattern before) {
        List<String> words = Terms.tokens(name.text());
        return !words.isEmpty() && GATHERINGS.contains(words.get(words.size() - 1))
                && before.matcher(sentenceText.substring(0, name.start())).find();
    }

    /** "…are published in Nikkei Asian Review": where a text appears is the outlet that carries it. */
    private static final Pattern PUBLISHED_IN = Pattern.compile("(?i)\\b(?:published|printed|appeared|appears|ran|posted|carried)\\s+(?:in|by|on)\\s+(?:the\\s+)?$");

    /** Whether a name is of the outlet the sentence says a text appeared in. */
    private boolean publishedIn(EntityLexicon.Mention name) {
        return PUBLISHED_IN.matcher(sentenceText.substring(0, name.start())).find();
    }

    /** Where a relative clause opens: "…loans to Sberbank and Gazprom, which also is negotiating a bond…". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who|whom|whose)\\b");

    /**
     * The names of the clause the question is about. A relative clause that holds more of the question's words
     * than the rest of the sentence is what the question asks of, with the name it qualifies: "Which bank bought
     * Gazprom's bond?" is not answered by the bank that "granted loans to Sberbank and Gazprom, which also is
     * negotiating a … bond with Japanese investors".
     */
    private List<EntityLexicon.Mention> inAskedClause(List<EntityLexicon.Mention> candidates, Set<String> asked) {
        Matcher relative = RELATIVE_CLAUSE.matcher(sentenceText);
        if (!relative.find()) {
            return candidates;
        }
        int start = relative.start();
        int end = relative.find() ? relative.start() : sentenceText.length();
        java.util.Optional<EntityLexicon.Mention> qualified = names.stream()
                .filter(n -> n.end() <= start && sentenceText.substring(n.end(), start).isBlank()).findFirst();
        Set<String> clause = new java.util.HashSet<>(Terms.allStems(sentenceText.substring(start, end)));
        qualified.ifPresent(n -> clause.addAll(n.stems()));
        Set<String> rest = new java.util.HashSet<>(Terms.allStems(sentenceText.substring(0, start) + " " + sentenceText.substring(end)));
        if (asked.stream().filter(clause::contains).count() <= asked.stream().filter(rest::contains).count()) {
            return candidates;
        }
        return candidates.stream().filter(n -> n.start() >= start && n.end() <= end || qualified.filter(n::equals).isPresent()).toList();
    }

    /** Whether the question names this: as written, or as the country of a demonym it writes ("Russia" of "Russian cities"). */
    private static boolean asks(Set<String> asked, String stem) {
        return asked.contains(stem) || asked.stream().anyMatch(a -> EntityLexicon.demonymOf(a, stem));
    }
}
