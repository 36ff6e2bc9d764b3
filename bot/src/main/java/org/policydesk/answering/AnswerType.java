package org.policydesk.answering;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of thing a question asks for, read from its wording. The first type whose pattern
 * matches wins, so the more specific types come first ("how much did it cost" is MONEY before it
 * is QUANTITY; "who is the head of" is PERSON before it is AGENT).
 */
public enum AnswerType {
    // A share the question states ("75% of the Japanese", "24 percent") is no share asked for.
    PERCENTAGE("(?<![\\d.]\\s?)%|(?<![\\d.]\\s)\\bper ?cent\\b|\\bpercentage\\b|\\bwhat (share|proportion|fraction|stake|part|portion|slice)\\b(?!" + AnswerType.PART_WHERE + ")|\\bhow much of\\b"
            // "How big a slice of Sakhalin-2 does Japan own?"
            + "|\\bhow (?:big|large|small) an? (?:share|proportion|fraction|stake|portion|slice)\\b"
            // "Share of Japanese energy demand met by Russian gas?": the share named first, with no question word.
            + "|^\\W*(?:" + AnswerType.MODIFIER + "){0,2}(?:share|proportion|percentage|fraction|portion) of\\b"
            + "|\\b" + AnswerType.WHAT_IS + " the (share|proportion|fraction|portion|slice) of\\b"
            + "|\\b(what|which) ([\\w-]+ )?rates?\\b|\\bas an? (share|proportion|percentage|fraction) of\\b"
            // "Chiyoda's share of the contract?", "what is Japan's stake in…": whose share of what is a share asked for
            // (not in "how does he describe Japan's share in the sanctions", which asks what was said of it).
            + "|^(?:what(?:'s| is| was| are| were) |(?!\\W*(?:" + AnswerType.OPENS_A_QUESTION + ")\\b))[^?]*['’]s (share|proportion|fraction|stake) (of|in)\\b",
            // "How big a slice…", "what portion of…", "…percentage-wise": words for a part, which a percentage states, are no topic.
            "\\bhow (?:big|large|small)(?= an? )|\\b(?:portion|slice)s?\\b|\\bpercent(?:ages?)?(?:-?wise)?\\b"),
    MONEY("\\bhow much (money|funding|capital|cash)\\b|\\bhow much\\b.*\\b(cost|costs|spend|spent|invest|invested|pay|paid|worth|"
            + "lend|lent|loan|borrow|borrowed|raise|raised|budget)\\b|\\b(cost|price|budget|value|investment|funding|financing|spending) of\\b|\\bhow expensive\\b"
            + "|^what (did|does|do|will|would|has|have) .+ (pay|spend|invest|charge|cost(?![^?]*\\b(?:" + AnswerType.NOT_PAID_IN + ")\\b))\\b|\\b(what|which) (sums?|fees?|prices?|fares?|salar(y|ies)|wages?)\\b",
            // "How much is the plan worth?", "the value of the plan": the words for an amount of money are no topic.
            "\\b(?:worth|costs?|price|value)\\b"),
    DURATION("^how long\\b|\\bfor how long\\b|\\bhow many (years|months|weeks|days|decades)\\b"),
    FREQUENCY("^how often\\b|\\bhow frequently\\b|\\bhow many times (a|per|each) (day|week|month|year)\\b"),
    /** "What timeline do they give for…": a timeline or deadline asks when, and is not what the question is about. */
    DATE("^when\\b|\\bwhat (year|date|month|day)\\b|\\bwhich (year|month|day)\\b|\\b(since|by|until) when\\b|\\bby what (point|time|stage)\\b|\\bwhat time\\b"
            + "|\\b(what|which|any)( (is|was|are|were))?( (the|a|an|its|their))? (timelines?|time ?frames?|time-frames?|deadlines?|timescales?|timetables?)\\b"
            // "yamal lng completion date?", "Is the date of the signing given?"
            + "|(?<!\\bto |\\bup to |\\bout of )\\bdates?\\W*$|" + AnswerType.whetherStated("dates?|year"),
            "\\b(?:timelines?|time ?frames?|time-frames?|deadlines?|timescales?|timetables?)\\b|\\bdates?(?=\\W*$)"),
    QUANTITY("^how (many|much|often|large|big)\\b|\\bhow (many|much)\\b|\\bwhat (number|amount)\\b|\\bhow (large|big)\\b"
            + "|\\b" + AnswerType.WHAT_IS + " (?:the )?(?:" + AnswerType.COUNTS + ") of\\b|" + AnswerType.whetherStated(AnswerType.COUNTS + "|total")
            // "What is the capacity of the terminal?": a measure of something is a quantity.
            + "|\\b" + AnswerType.WHAT_IS + " (?:the |its |their )?(?:" + AnswerType.MEASURES + ") (?:of|at)\\b|['’]s (?:" + AnswerType.MEASURES + ")\\W*$"
            // "Annual throughput of the terminal?", "troop strength on Iturup?": a measure named first, with no question word.
            + "|^(?:" + AnswerType.MODIFIER + "){0,2}(?:" + AnswerType.MEASURES + "|" + AnswerType.COUNTS + ")s? (?:of|on|in|at|from|for)\\b"
            // "whats sakhalin-1 daily output", "what is the terminal's annual capacity": a measure of a thing named before it.
            + "|^\\W*" + AnswerType.WHAT_IS + " (?:the |its |their )?(?:[\\w-]+['’]s )?(?:" + AnswerType.MODIFIER + "){0,2}(?!(?:area|strength)\\b)"
            + "(?:" + AnswerType.MEASURES + ")\\b"
            // "What generating capacity do the turbines have?": a measure asked for with "what" before its verb.
            + "|\\bwhat (?:" + AnswerType.MODIFIER + ")?(?!area\\b)(?:" + AnswerType.MEASURES + ") (?:do|does|did|will|would|is|are|was|were|has|have|had|can|could)\\b",
            // "How big are Shikotan and Habomai?": the size word asks for a measure, which a number states; no document
            // need use it. A measure named ("the population of…") is what the number must be of, and stays.
            "\\bhow (?:big|large)\\b|\\b(?:headcount|tally)\\b"),
    PERSON("\\bwho (is|was|are|were|has been|had been|will be)( (named|appointed|elected|nominated|chosen|made)( as)?)? (the|its|their|[\\w-]+'s|[\\w-]+s') (\\w+ ){0,2}(?:" + AnswerType.ROLES + ")s?\\b"
            + "|\\bwho (wrote|authored|writes|co-?authored)\\b|^who\\b.* (?:" + AnswerType.OFFICES + ") (?:of|as)\\b|\\bwhich (" + AnswerType.MODIFIER + "){0,2}(?:" + AnswerType.PEOPLE
            + "|(?:" + AnswerType.ROLES + ")s?)\\b(?!-)(?!\\s+(?:" + AnswerType.OFFICES + "|portfolios?|seats?|ministr(?:y|ies))\\b)"
            + "|\\bname of (the |its |their |\\w+'s )?(\\w+ ){0,2}(?:" + AnswerType.ROLES + ")\\b"
            // "Name a cabinet member who…", "Name the Russian co-chair of…".
            + "|^\\W*(?:please\\s+)?name (?:the|a|an|any|two|three)\\s+(?:[\\w-]+\\s+){0,2}(?:" + AnswerType.PEOPLE
            + "|members?|(?:co-?)?(?:" + AnswerType.ROLES + ")s?)\\b",
            // "Who is the head of the Duma?": that someone leads is the kind of answer asked for; the documents may
            // title them otherwise ("the chairman of the Russian State Duma").
            "\\b(?:the )?(?:" + QuestionAnalysis.LEADERS + ")s? of\\b"),
    ORGANISATION("\\b(which|what) (" + AnswerType.MODIFIER + "){0,2}(compan(y|ies)|firms?|banks?|organi[sz]ations?|institutions?|corporations?|"
            + "businesses|fund|ministr(y|ies)|agenc(y|ies)|departments?|authorit(y|ies)|investors?|lenders?|creditors?|shareholders?"
            // "Naryshkin presided over which legislative body?"
            + "|bod(?:y|ies)(?! of water)|councils?|committees?|parliaments?|legislatures?|assembl(?:y|ies))\\b|^where (does|did|do) .+ work(s|ed)?\\b|\\b(who|which company) (does|did) .+ work for\\b",
            // "Which legislative body…": the word for an organisation is the kind asked for, no topic.
            "\\bbod(?:y|ies)\\b(?! of water)"),
    /** "Where did Transneft get its funding?": where something comes from may be a lender or a supplier as well as a place. */
    SOURCE("^where (do|does|did|can|could|will|would) .+ (get|gets|got|obtain|obtains|obtained|receive|receives|received|buy|buys|"
            + "bought|source|sources|sourced|import|imports|imported|borrow|borrows|borrowed)\\b|\\bwhere .+ (comes?|came) from\\b"
            + "|\\bfrom where\\b"),
    PLACE("\\b(?:what|which) parts?(?=" + AnswerType.PART_WHERE + ")|^where\\b(?!(?:'s|’s| is| are| was| were) .+ (?:mentioned|discussed|cited|named|covered)\\W*$)|\\bin what (city|country|region|place|port)\\b|\\b(which|what) ([\\w-]+ )?(city|cities|country|countries|region|port|"
            + "island|islands|place|town|sea|seas|location|body of water|bodies of water|waters?|bay|gulf|river|ocean|strait)\\b"),
    /**
     * "What is Japan's proposal called?": the naming word that ends a question (or its first part) asks for a name;
     * what is named is the topic.
     */
    TERM("\\b(called|named|known as|termed|dubbed)(\\s+what)?\\s*\\??\\s*$|^what (do|does|did) .+ call\\b(?!\\s+(?:one of|an?)\\b)|\\b" + AnswerType.WHAT_IS + " the names? (of|for)\\b|\\bwhat names?\\b"
            // "What are the two names the plan goes by?"
            + "|^\\W*" + AnswerType.WHAT_IS + " (?:the|its|their) (?:two |three |other |both )?names\\b"
            // "Name the Sea of Okhotsk fields Japan would like to join": names are asked for.
            + "|^\\W*(?:please\\s+)?name (?:the|a|an|any|two|three|four|some|all)\\b",
            "\\b(?:called|named|known as|termed|dubbed)(?=(?:\\s+what)?\\W*$|\\W+and\\s+(?:who|what|where|when|why|how|which)\\b)"),
    /**
     * "Who heads the Duma?": that someone leads is the kind of answer asked for, as for "the head of". "What post does
     * Miller hold?", "naryshkin's job": who someone is, as the documents title them.
     */
    AGENT("^who\\b|\\bwhom\\b|\\bwhose\\b|" + AnswerType.OFFICE_ASKED,
            "(?<=\\bwho )(?:" + QuestionAnalysis.LEADING_VERBS + ")\\b|^(?:what|which) (?:" + AnswerType.OFFICES + ") (?:does|did|do|has|have|had)\\b"
            // The verb that ends an office question ("…hold at EWI?"), not one that says what was done ("who held the talks").
            + "|\\b(?:hold|held|occupy|occupies|occupied)(?=(?:\\s+(?:at|in|on|with|within)\\s+[^?]+)?\\W*$)"
            + "|['’]s? (?:" + AnswerType.OFFICES + ")\\W*$"),
    /**
     * "What's the point of the A2AD systems?", "whats the a2ad stuff for": what something is for is a reason too, and the
     * word for it is no topic.
     */
    REASON("^why\\b|\\bfor what reason\\b|\\bwhat (is|was|are|were) the reasons?\\b|\\bhow come\\b|\\bwhat (" + AnswerType.CAUSING + "|led to|leads to)\\b"
            // "whats been holding back the consultations": what hinders something is why it lags.
            + "|\\bwhat(?:['’]?s| is| has| was| have)?(?: been)? (?:hold(?:s|ing)? back|held back|hinder(?:s|ed|ing)?|hamper(?:s|ed|ing)?"
            + "|slow(?:s|ed|ing)? down|obstruct(?:s|ed|ing)?|stall(?:s|ed|ing)?)\\b"
            + "|\\b" + AnswerType.WHAT_IS + " (?:the )?(?:" + AnswerType.PURPOSES + ") (?:of|behind)\\b"
            // "What is the fund for?": a short phrase, not a clause ("…the program Miller works for").
            + "|^" + AnswerType.WHAT_IS + " (?:(?!of\\b|that\\b|which\\b|who\\b)[\\p{L}\\p{N}'’-]+ ){1,5}for\\W*$"
            // "What are the A2AD systems supposed to do?"
            + "|\\b(?:" + AnswerType.MEANT_TO + ") to (?:do|achieve|accomplish)\\W*$",
            // "What's the reason the islands matter?": the word for a reason is no topic.
            "\\b(?:" + AnswerType.PURPOSES + ")\\s+(?=of|behind)\\b|\\b(?:" + AnswerType.MEANT_TO + ")\\s+to\\s+(?:do|achieve|accomplish)\\b"
                    // "What keeps ties from improving?": the verb asks what the cause is.
                    + "|\\breasons?\\b|(?<=\\bwhat\\s)(?:" + AnswerType.CAUSING + ")\\b"),
    /** "What does the commentary recommend on fisheries?", "the 2016 recommendations": what someone advises be done. */
    RECOMMENDATION("\\brecommend(s|ed|ation|ations)?\\b|\\bsuggest(s|ed|ion|ions)?\\b|\\badvi[cs]es?\\b|\\bwhat should\\b"
            + "|\\bpolicy (options|proposals)\\b", "\\b(?:recommend|suggest|advi[cs])\\p{L}*"),
    /** "What does the Abe Plan involve?": what something consists of is what it is; the verb asks only that. */
    DEFINITION("^what (is|are|was|were) (an? |the )?[\\p{L}\\p{N}+-]+( [\\p{L}\\p{N}+-]+)?\\s*\\??$|\\bwhat does .+ mean\\b|\\bmeaning of\\b"
            + "|^what (does|do|did|will|would) .+ (" + AnswerType.CONSISTS + ")\\W*$",
            "\\b(?:" + AnswerType.CONSISTS + ")(?=\\W*$)"),
    /** "What are the chances of a peace treaty?", "how likely is…": how likely the sources judge something to be. */
    LIKELIHOOD("\\b(chances?|odds|likelihood|probability)\\s+(of|for|that)\\b|\\bprospects? (of|for)\\b"
            + "|\\bhow (likely|probable|realistic)\\b|^(is|are|was|were)\\b.*\\b(likely|probable|realistic)\\b"
            // "how far is it likely to go?"
            + "|\\b(?:likely|probable)\\s+to\\b"
            + "|^(will|would)\\b.*\\b(soon|ever|eventually)\\W*$",
            "\\b(?:chances?|odds|likelihood|probability)\\s+(?=of|for|that)\\b|\\b(?:likely|probable|realistic)\\b"),
    /**
     * "public opinion on the islands", "what do most Japanese want": what a people thinks, which the sources state as
     * polls do ("24% of Russians agreed…"). The words for opinion say what kind of answer is asked for.
     */
    OPINION("\\bpublic (opinion|views?|sentiment|support|attitudes?|mood)\\b|\\b(opinion )?(polls?|surveys?|polling)\\b"
            + "|^(what|how) (do|did|does) (the )?(most |many )?(\\w+ )?(public|people|citizens|voters|\\w+ese|\\w+ians?|\\w+ans) "
            + "(?:(?:in|of) (?:the )?\\w+ )?(think|feel|believe|want|view|see)\\b",
            "\\bpublic\\b|\\bopinion\\b|\\bsentiment\\b|\\bmood\\b|\\b(?:polls?|surveys?|polling)\\b|\\b(?:think|thinks|feel|feels|believe|believes)\\b"),
    ACTION("^(what|how) (did|does|do|has|have|had|will|would) .+ (" + QuestionAnalysis.ACTION_VERBS + ")\\b",
            // "Russia's reaction to the sanctions": what it did is asked for, in whatever words; the noun is no topic.
            "\\b(?:" + AnswerType.RESPONSES + ")(?=\\s+(?:to|after|against)\\b)"),
    /** "Is…", "did…", and chat's statement with a tag: "russia and japan both claim the islands right". */
    YES_NO("^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\\b"
            + "|^(?!(?:" + AnswerType.QUESTION_WORDS + ")\\b).*(?:,\\s*|\\s+)(?:right|correct|true|or not|yes or no)\\W*$",
            // The tag asks whether; it is no word of the topic.
            "(?:,\\s*|\\s+)(?:right|correct|true|or not|yes or no)(?=\\W*$)"),
    OTHER(null);

    /** Nouns for how one acted in return: "Russia's response to…", "Moscow's counter-move against…". */
    static final String RESPONSES = "answers?|responses?|reactions?|repl(?:y|ies)|retaliation|ripostes?|retorts?|rejoinders?|comebacks?"
            + "|counter-?moves?|counter-?measures?|counter-?steps?";

    /**
     * A word between "which" and the kind asked for that may describe the kind ("Japanese", "state-owned"): not a verb,
     * as in "Which deal stopped firms…", which asks for a deal, not for firms; nor "kind of", which asks for a description.
     */
    static final String MODIFIER = "(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\\b)(?!\\w+ed\\b)"
            // "What makes Japanese firms useful…" asks why, not for firms.
            + "(?!(?:" + AnswerType.CAUSING + "|leads|led)\\b)"
            // "Which kind of companies…" asks what they are like, not for their names.
            + "(?!(?:kinds?|types?|sorts?) of\\b)[\\w-]+ ";
    /**
     * "Is the number of … given anywhere?", "Do the sources give the date of…", "Is there a completion date for…": whether
     * the sources state a fact of one of these kinds asks for that fact, as the question without the wrapper would.
     */
    private static String whetherStated(String kinds) {
        String fact = "(?:the|a|an|any) (?:" + kinds + ") (?:of|for|when)\\b";
        return "^(?:is|are|was|were) " + fact + ".*\\b(?:given|stated|mentioned|specified|reported|known|listed|said|provided|disclosed)\\b"
                + "|^(?:do|does|did) .+ (?:give|gives|mention|state|say|specify|report|list|provide|tell) " + fact
                // "Is there a completion date for the pipeline?"
                + "|^(?:is|was) there (?:a|an|any) (?:[\\w-]+ )?(?:" + kinds + ") (?:of|for|when)\\b";
    }

    /** The words that ask a question: "what", "who", "how"… */
    static final String QUESTION_WORDS = "what|which|who|whom|whose|when|where|why|how";
    /** The words a question opens with: its question words, or the verb of a yes/no question. */
    static final String OPENS_A_QUESTION = QUESTION_WORDS + "|is|are|was|were|did|does|do";
    /** Verbs that ask for a cause after "what": "What keeps ties from improving?", "what made Abe…". */
    static final String CAUSING = "prevents|stops|keeps|kept|made|makes|caused|causes";
    /** "What would handing over the islands cost Russia militarily?": what a cost in anything but money is in. */
    static final String NOT_PAID_IN = "(?:militar|politic|strateg|diplomat|secur|defen[cs])\\w*|position|standing|influence|reputation|prestige";
    /** "What part of Russia is Ust-Kamchatsk in?": a part a place is in is where it is, no share. */
    static final String PART_WHERE = "\\s+(?:of .+ )?(?:is|are|was|were|lies|lie) .+ (?:in|located in)\\W*$";
    /** "what is", "what's", chat's "whats", "what were": how a question asks what something is. */
    static final String WHAT_IS = "what(?:'s|’s|s|\\s+is|\\s+was|\\s+are|\\s+were)";
    /** Verbs that ask what something is made of: "involve", "entail", "consist of". */
    static final String CONSISTS = "involves?|entails?|comprises?|consists? of|contains?|encompass(?:es)?|includes?";
    /** Nouns for how many there are of something: "number", "headcount", "tally". */
    static final String COUNTS = "number|count|headcount|tally";
    /** Measures of a thing, which a number states: "capacity", "size", "population", "attendance". */
    static final String MEASURES = "capacity|size|population|length|area|volume|output|throughput|height|depth|width|weight|strength|attendance|turnout";
    /** What something is for, as a verb: "supposed to do", "meant to achieve". */
    static final String MEANT_TO = "supposed|meant|designed|intended";
    /** What something is for: "point", "purpose", "aim". */
    static final String PURPOSES = "point|purpose|aim|goal|objective|rationale";
    /** What people are in office or at work: "minister", "envoy", "chairman". */
    static final String ROLES = "head|ceo|chairman|chair|president|leader|director|founder|minister|ambassador|envoy|executive|manager|negotiator"
            + "|representative|author|spokesman|spokesperson|governor|mayor|secretary|boss|owner|chief|commander";
    /** People asked for by what they are: "officials", "politicians". */
    static final String PEOPLE = "persons?|people|officials?|politicians?|diplomats?|citizens?|nationals|individuals?";
    /** What an office someone holds is called: "post", "position", "job". */
    static final String OFFICES = "posts?|positions?|titles?|roles?|jobs?|offices?|ranks?";
    /** "What post does Miller hold?", "what's naryshkin's job": the office someone holds is asked for. */
    private static final String OFFICE_ASKED = "^(?:what|which) (?:" + OFFICES + ") (?:does|did|do|has|have|had) .+ (?:hold|have|has|had|held|occupy|occupies|occupied)\\b"
            + "|^what(?:'s| is| was) \\S.*['’]s? (?:" + OFFICES + ")\\W*$"
            // "Miller's title at EWI?", "naryshkin's job?": the office named with no question word.
            + "|^[\\p{L}.-]+(?: [\\p{L}.-]+)?['’]s? (?:" + OFFICES + ")(?: (?:at|in|with|within) [^?]+)?\\W*$";
    private static final Pattern OFFICE_QUESTION = Pattern.compile(OFFICE_ASKED);

    /** Whether a question asks what office someone holds (an {@link #AGENT} question about who they are). */
    static boolean asksForOffice(String question) {
        return OFFICE_QUESTION.matcher(normalised(question)).find();
    }

    private static final Pattern FILLER = Pattern.compile(
            "^((hey|hi|hello|so|ok|okay|and|but|um|uh|pls|plz|please|quick question|question|btw|also|hmm+|yo)\\b[\\s,:;!.-]*)+");

    /**
     * "Before Bloomberg, where did Shimizu work?", "The EWI piece sets a deadline for a proposal; when is it?": a phrase or
     * statement that sets the scene before the question word asks nothing. Not a question before it: "Who signed it, when?".
     */
    private static final Pattern SETTING = Pattern.compile("^(?!\\W*(?:" + OPENS_A_QUESTION + ")\\b)[^?]{1,200}?[,:;]\\s*(?=(?:"
            + QUESTION_WORDS + ")\\b)");

    private final Pattern asks;
    /** Words that only say this kind of answer is wanted ("the chances of", "recommend"), not what it is about. */
    private final Pattern asking;

    AnswerType(String asks) {
        this(asks, null);
    }

    AnswerType(String asks, String asking) {
        this.asks = asks == null ? null : Pattern.compile(asks);
        this.asking = asking == null ? null : Pattern.compile("(?i)" + asking);
    }

    /** The question without the words that only ask for this kind of answer: what it is about. */
    public String topical(String question) {
        String topical = asking == null ? question : asking.matcher(question).replaceAll(" ");
        return asksForNumber() ? NUMBER_HEDGES.matcher(topical).replaceAll(" ") : topical;
    }

    /** "roughly how many", "exact date": how precise a number is wanted says nothing of what it is of. */
    private static final Pattern NUMBER_HEDGES = Pattern.compile(
            "(?i)\\b(?:rough(?:ly)?|approximate(?:ly)?|exact(?:ly)?|precise(?:ly)?|estimated|ballpark)\\b");

    /** A question as its type is read from: lower case, without the chat filler it opens with. */
    private static String normalised(String question) {
        String lower = FILLER.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
        return SETTING.matcher(lower).replaceFirst("");
    }

    public static AnswerType of(String question) {
        String lower = normalised(question);
        for (AnswerType type : values()) {
            if (type.asks != null && type.asks.matcher(lower).find()) {
                return type;
            }
        }
        return OTHER;
    }

    /** Whether a sentence must hold a fact of this type (a number, a date, a name…) to answer. */
    public boolean demandsFact() {
        return switch (this) {
            case PERCENTAGE, MONEY, DURATION, FREQUENCY, DATE, QUANTITY, PERSON, ORGANISATION, SOURCE, PLACE, AGENT, TERM, OPINION -> true;
            default -> false;
        };
    }

    /** Whether evidence that states what is asked (a reason, who acts, what a term stands for) is preferred, though it is not required. */
    public boolean gradesEvidence() {
        return this == REASON || this == ACTION || this == DEFINITION || this == LIKELIHOOD || this == RECOMMENDATION;
    }

    /** Whether the fact asked for is a number: a share, an amount, a duration, a date or a count. */
    public boolean asksForNumber() {
        return this == PERCENTAGE || this == MONEY || this == DURATION || this == FREQUENCY || this == DATE || this == QUANTITY;
    }

    /** Whether the fact asked for is a name (of a person, organisation, place, or a term). */
    public boolean asksForName() {
        return this == PERSON || this == ORGANISATION || this == SOURCE || this == PLACE || this == AGENT || this == TERM;
    }

    /**
     * What the sources fail to do when no sentence holds a fact of this type, for an honest partial answer: "The
     * sources do not " + this ("give the number asked for", "say when").
     */
    public String missing() {
        return switch (this) {
            case PERCENTAGE -> "give the share or percentage asked for";
            case MONEY -> "give the amount asked for";
            case DURATION -> "say how long";
            case FREQUENCY -> "say how often";
            case DATE -> "say when";
            case QUANTITY -> "give the number asked for";
            case PERSON -> "give the person asked for";
            case ORGANISATION -> "give the organisation asked for";
            case SOURCE -> "say where it comes from";
            case PLACE -> "name the place asked for";
            case AGENT -> "say who";
            case TERM -> "give the name asked for";
            case OPINION -> "say what people think of it";
            case REASON -> "say why";
            case LIKELIHOOD -> "say how likely it is";
            default -> "answer what is asked";
        };
    }
}
