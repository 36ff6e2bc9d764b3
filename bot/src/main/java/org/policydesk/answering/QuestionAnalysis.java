package org.policydesk.answering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;

/**
 * A question read for what an answer must contain: the type of fact it asks for, its focus (what a
 * count counts, the attribute asked of something), and the constraints evidence must meet (the
 * years, numbers and names it is about).
 *
 * @param stems       every content stem of the question
 * @param focus       stems of what the question asks about ("troops" in "how many troops…"), or empty
 * @param focusText   the focus as written, or empty
 * @param constraints years, numbers and names the evidence must mention
 * @param onlyAName   the question asks who or what a name is and nothing more ("Who is Sergey Naryshkin?")
 */
public record QuestionAnalysis(String text, AnswerType type, Set<String> stems, List<String> focus, String focusText,
        List<Constraint> constraints, boolean onlyAName) {

    /** Something the question is specifically about, which evidence must mention too. */
    public record Constraint(Kind kind, String text, List<String> stems, boolean binding) {
        public enum Kind { YEAR, NUMBER, NAME }

        Constraint(Kind kind, String text, List<String> stems) {
            this(kind, text, stems, kind != Kind.NAME);
        }
    }

    /**
     * This analysis with each name constraint binding or not. A binding name picks out one thing
     * (it is in few passages: "Ust-Kamchatsk"); a common one ("Tokyo", "Moscow") often stands for
     * something the evidence names otherwise, so it guides ranking but does not bind.
     */
    QuestionAnalysis withBinding(java.util.function.Predicate<Constraint> binding) {
        List<Constraint> marked = constraints.stream()
                .map(c -> c.kind() == Constraint.Kind.NAME ? new Constraint(c.kind(), c.text(), c.stems(), binding.test(c)) : c)
                .toList();
        return new QuestionAnalysis(text, type, stems, focus, focusText, marked, onlyAName);
    }

    /** Chat's "topic - question": a dash or colon between what is asked about and what is asked ("habomai residents - how many?"). */
    static final String TOPIC_THEN_QUESTION = "\\s*(?:\\s[-–—]|[:–—])\\s*";

    private static final Pattern COUNTED = Pattern.compile(
            // "…how much in total?": how the count is taken, not what it is of.
            "(?i)\\bhow (?:many|much)\\s+(?!(?:in\\s+(?:total|all|sum)|all\\s+told|altogether|overall|combined|together)\\b)"
                    + "((?:[\\p{L}\\p{N}’'-]+\\s*){1,4})|(?:\\b" + AnswerType.WHAT_IS + "?\\s+(?:the\\s+)?"
                    // "rough headcount of the garrison?": the count named first, with no question word.
                    + "|^\\W*(?:[\\p{L}-]+\\s+)?)"
                    + "(?:" + AnswerType.COUNTS + "|amount|share|proportion|percentage|fraction|part|%)\\s+of\\s+((?:[\\p{L}\\p{N}’'-]+\\s*){1,4})"
                    + "|(?:%|percent)\\s+of\\s+((?:[\\p{L}\\p{N}’'-]+\\s*){1,4})"
                    // "Japan's coal imports from Russia as a share of the total?"
                    + "|^\\W*((?:[\\p{L}\\p{N}’'-]+\\s+){1,4}?)(?:from\\s+[\\p{L}-]+\\s+)?as\\s+an?\\s+(?:share|proportion|percentage|fraction|part)\\s+of\\b"
                    // "troop strength on Iturup?", "what are russian troop numbers there": a count named by what it counts.
                    + "|^\\W*(?:" + AnswerType.WHAT_IS + "\\s+(?:the\\s+)?)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)\\s+(?:numbers|levels|strength|" + AnswerType.COUNTS + ")\\b"
                    // "habomai residents - how many?": what is counted named first, the question after a dash or colon.
                    + "|^\\W*((?:[\\p{L}\\p{N}’'-]+\\s+){0,3}[\\p{L}\\p{N}’']+)" + TOPIC_THEN_QUESTION + "how\\s+(?:many|much)\\W*$");
    private static final String AUXILIARIES = "do|does|did|is|are|was|were|has|have|had|will|would|can|could";
    private static final Pattern AUXILIARY = Pattern.compile("(" + AUXILIARIES + ")(n'?t)?");
    /** Months and days date a question; they are not what it is about. */
    private static final Pattern CALENDAR = Pattern.compile(
            "(?i)" + SentenceFacts.MONTHS + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    /** Stems of words that count occasions ("times"), not things: what they count is what the sentence says happened. */
    static final Set<String> GENERIC_COUNTERS = Set.of("time", "occas", "instanc");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)(?<=\\s)(?:(?!the\\b|its\\b|their\\b|current\\b|present\\b|of\\b|as\\b|for\\b|an?\\b)[\\p{Ll}-]+\\s+)?("
                    + AnswerType.ROLES + ")\\b"
                    // "Minister for Economic Cooperation": what the role is for is part of it, so a prime minister is not one.
                    + "(?:\\s+(?:for|of)\\s+(?!the\\b)[\\p{L}-]+(?:\\s+(?!with\\b|in\\b|at\\b|on\\b|to\\b)[\\p{L}-]+)?)?");
    /** "…which are left for later", "what was agreed in 2008": what was done, not a thing asked about. */
    private static final String PARTICIPLE = "(?:\\p{L}+ed|left|held|given|taken|known|made|set|kept|sent|built|paid|spent|brought|chosen|shown"
            + "|done|said|told|found|won|met|signed|seen)";
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)^\\s*(?:what|which)\\s+(?:is|are|was|were)\\s+(?:the\\s+|(?!" + PARTICIPLE + "\\s))((?:[\\p{L}-]+\\s+){1,3}?)"
                    + "(?:of|in|for|between|on|after|under|since|during|with|at)\\b");
    private static final Pattern THING_ASKED = Pattern.compile(
            "(?i)^\\s*(?:what|which)\\s+((?:(?!(?:" + AUXILIARIES + ")\\b)[\\p{L}-]+\\s+){1,3}?)(?:do|does|did|will|would|can|could|has|have|had)\\b");
    /** "What does CEAUS mean?" (and "…stand for?", which {@link Terms#spelledOut} writes so): what a name is. */
    private static final Pattern MEANING = Pattern.compile("(?i)^\\W*what\\s+(?:does|did|do)\\s+(.+?)\\s+mean\\W*$");
    private static final Pattern WHO_IS = Pattern.compile("(?i)^\\W*(who|what)\\s+(?:is|are|was|were)\\s+(?:the\\s+)?(.+?)\\W*$");
    /** "jbic gazprom loan - maturity?", "Yamal LNG: output?": chat's topic, then the attribute asked of it. */
    private static final Pattern ATTRIBUTE_AFTER_TOPIC = Pattern.compile(
            "^[^?:;–—]*[\\p{L}\\p{N}]" + TOPIC_THEN_QUESTION + "((?:[\\p{L}-]+\\s*){1,3})\\?+\\s*$");
    /** "whats the yearly catch japanese crews take…": the attribute, then a clause about a people's members. */
    private static final Pattern ATTRIBUTE_BEFORE_CLAUSE = Pattern.compile("(?i)^\\W*what(?:'s|’s|s|\\s+is|\\s+was)\\s+the\\s+"
            + "((?:[\\p{L}-]+\\s+){1,3}?)(?:that\\s+|which\\s+)?\\p{L}+(?:" + EntityLexicon.DEMONYM_ENDINGS + ")\\s+\\p{L}+(?:s|men)\\b");
    /** "Who is Putin's wife?", "What is Japan's population?": what is asked is what follows the possessive. */
    private static final Pattern POSSESSED = Pattern.compile(
            "(?i)^\\W*(?:who|what|which)\\s+(?:is|are|was|were)\\s+(?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}.-]+['’]s\\s+((?:[\\p{L}-]+\\s*){1,3})");
    /** The verbs of "what did X do…", "how did X respond…": the question asks what X did. */
    static final String ACTION_VERBS = "do|done|respond|responded|react|reacted|retaliate|retaliated|reply|replied|answer";
    /** Whose office a question asks: "Japan" in "Japan's role in…". */
    private static final Pattern OFFICE_HOLDER = Pattern.compile("([\\p{L}.-]+)['’]s?\\s+(?:" + AnswerType.OFFICES + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "Which NATO members…", "which G7 allies": the members of a body the documents name are states. */
    private static final Pattern MEMBERS_OF = Pattern.compile(
            "(?i)\\b(?:which|what) (?:[\\p{L}\\p{N}-]+ ){0,4}?([\\p{L}\\p{N}-]+) (?:members?|member (?:states?|countries)|allies)\\b");
    private static final Pattern ACTOR = Pattern.compile(
            "(?i)^\\W*(?:what|how)\\s+(?:did|does|do|has|have|had|will|would)\\s+(.+?)\\s+(?:" + ACTION_VERBS + ")\\b");
    /** "Who got funding…": the question asks who did something, so the answer is who acts, not whom it was done to. */
    private static final String AUXILIARY_WORD = "(?:" + AUXILIARIES + "|should|may|might)\\b";
    private static final Pattern ASKS_FOR_SUBJECT = Pattern.compile("(?i)^\\W*who"
            // "who besides Sberbank received…", "who, apart from the EU, imposed…": the name set aside is not the verb.
            + "(?:\\s*,?\\s*(?:besides|except|apart\\s+from|other\\s+than)\\s+(?:the\\s+)?[\\p{L}\\p{N}-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}-]*)*\\s*,?)?"
            + "\\s+(?!" + AUXILIARY_WORD + ")(\\p{L}+)"
            // "who's running the fund", "whos running it": who is doing something.
            + "|^\\W*who(?:['’]?s|\\s+(?:is|are|was|were))\\s+(\\p{L}+ing)\\b");
    /**
     * "Which Japanese companies pulled out of…", "What country built…": a which-question whose subject asked for
     * is followed by what it did, in the past tense. Only of a name asked for: "What treaty removed the risk…"
     * asks what the treaty is, which may be said in other words ("an agreement ending double taxation").
     */
    private static final Pattern WHICH_DID = Pattern.compile("(?i)^\\W*(?:which|what)\\s+(?:(?!" + AUXILIARY_WORD + ")[\\p{L}\\p{N}-]+\\s+){1,3}?"
            + "(\\p{L}+ed|built|left|sold|bought|won|lost|sent|brought|paid|held|led|began|broke|chose|fought|found|met|quit|sought|"
            + "spent|split|stood|struck|told|threw|withdrew|wrote)\\b");
    /** Verbs that say little of what was done ("who got funding"): what follows them carries the meaning. */
    private static final Pattern LIGHT_VERB = Pattern.compile("(?i)get|gets|got|gotten|make|makes|made|take|takes|took|taken|give|gives|gave|given|"
            + "put|puts|keep|keeps|kept|go|goes|went|gone|come|comes|came|s|'s");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}-])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}])");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}(?:st|nd|rd|th)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}+\\-.,])\\d[\\d,.]*(?![\\p{L}\\p{N}+]|-[\\p{L}])");
    private static final Pattern QUESTION_WORD = Pattern.compile(
            "(?i)^(what|whats|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would|"
                    + "should|tell|give|list|name|describe|explain|summari[sz]e|compare|and|but|so|ok|okay|hey|hi|please|pls|in|on|at|"
                    + "for|according|apart|besides|since|after|before|during|according)$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'+][\\p{L}\\p{N}]+)*");
    private static final Pattern NAME_WITH_COMMON_WORDS = Pattern.compile("(\\p{Lu}[\\p{L}.]*)(?:-\\p{Ll}+)+");

    /**
     * This analysis knowing the abbreviations the documents define ("Eastern Economic Forum (EEF)"):
     * a question that spells out one also names its abbreviation, and the other way round, so a
     * sentence naming "the EEF" does not answer "where was the Eastern Economic Forum" with it.
     */
    QuestionAnalysis withAbbreviations(Map<String, String> longForms) {
        Set<String> all = new LinkedHashSet<>(stems);
        longForms.forEach((acronym, longForm) -> {
            List<String> acronymStems = Terms.indexStems(acronym);
            List<String> longStems = Terms.indexStems(longForm);
            if (longStems.isEmpty() || acronymStems.isEmpty()) {
                return;
            }
            if (stems.containsAll(longStems)) {
                all.addAll(acronymStems);
            } else if (stems.containsAll(acronymStems)) {
                all.addAll(longStems);
            }
        });
        return all.size() == stems.size() ? this : new QuestionAnalysis(text, type, java.util.Collections.unmodifiableSet(all), focus, focusText, constraints, onlyAName);
    }

    /**
     * The type the wording asks for ({@link AnswerType#of}), with what the names the documents use tell of it: "Which
     * NATO members…" asks for states; "Japan's role in Russian Arctic energy" is the part a country plays, no office.
     */
    private static AnswerType typeOf(String text, EntityLexicon lexicon) {
        AnswerType type = AnswerType.of(text);
        Matcher members = MEMBERS_OF.matcher(text);
        if (type == AnswerType.OTHER && members.find() && !EntityLexicon.isDemonym(members.group(1))
                && (Character.isUpperCase(members.group(1).charAt(0)) || lexicon.isNameWord(Terms.fold(members.group(1))))) {
            return AnswerType.PLACE;
        }
        Matcher holder = OFFICE_HOLDER.matcher(text);
        if (type == AnswerType.AGENT && AnswerType.asksForOffice(text) && holder.find() && lexicon.kindOf(holder.group(1)) == EntityKind.PLACE) {
            return AnswerType.OTHER;
        }
        return type;
    }

    public static QuestionAnalysis of(String text, EntityLexicon lexicon, Set<String> sourceStems) {
        AnswerType type = typeOf(text, lexicon);
        Set<String> stems = new LinkedHashSet<>(Terms.indexStems(text));
        List<String> focus = new ArrayList<>();
        String focusText = "";
        Matcher counted = COUNTED.matcher(text);
        java.util.Optional<String> asked;
        Matcher actor;
        java.util.Optional<String> named = type == AnswerType.OTHER ? namedActor(text, lexicon) : java.util.Optional.empty();
        if (named.isPresent()) {
            // "How did Russia hit back…": how a named actor acted is answered by what it did.
            type = AnswerType.ACTION;
            focusText = named.get();
        } else if (type == AnswerType.PERSON && (asked = roleAsked(text)).isPresent()) {
            // "Who is Japan's defence minister?", "Which Russian defence minister…", "Which minister was appointed
            // Minister for Economic Cooperation…": the person must hold that role.
            focusText = asked.get();
        } else if (type == AnswerType.ACTION && (actor = ACTOR.matcher(text)).find()) {
            // "What did Russia do after…": what Russia did, so Russia must be who acts.
            focusText = actor.group(1).strip();
        } else if (counted.find()) {
            focusText = countedText(counted);
        } else if (type != AnswerType.REASON) {
            // "What is the purpose of the fund?": the reason asked for is the answer's type, not a word to find.
            java.util.Optional<String> attribute = attribute(text);
            focusText = (attribute.isEmpty() && type == AnswerType.OTHER ? thingAsked(text) : attribute).orElse("");
        }
        focus.addAll(focusStems(focusText, false));
        List<Constraint> constraints = new ArrayList<>();
        // What the question asks binds the evidence; a statement or instruction around it does not.
        String asking = interrogative(text);
        Matcher year = YEAR.matcher(asking);
        while (year.find()) {
            // "the 2018 paper" says which source to read, not what year the answer is about. In a question that asks
            // two things, it stays the constraint of its part, which that source's passages meet (they hold its year).
            if (sourceStems.contains(year.group()) && !asksTwoThings(text)) {
                continue;
            }
            constraints.add(new Constraint(Constraint.Kind.YEAR, year.group(), List.of(year.group())));
        }
        Matcher number = NUMBER.matcher(asking);
        while (number.find()) {
            String n = number.group().replaceAll("[.,]+$", "");
            if (!n.matches("1[89]\\d\\d|20\\d\\d") && !n.isEmpty()) {
                constraints.add(new Constraint(Constraint.Kind.NUMBER, n, List.of(n.replace(",", ""))));
            }
        }
        // "their 24th meeting": an ordinal the documents never state is as decisive as a number.
        Matcher ordinal = ORDINAL.matcher(asking);
        while (ordinal.find()) {
            String o = ordinal.group().toLowerCase(java.util.Locale.ROOT);
            constraints.add(new Constraint(Constraint.Kind.NUMBER, o, List.of(o)));
        }
        List<String> names = names(asking, lexicon);
        java.util.Optional<String> identity = identityAsked(asking, false);
        boolean onlyAName = identity.isPresent() && !Terms.indexStems(identity.get()).isEmpty()
                && Terms.indexStems(String.join(" ", names)).containsAll(Terms.indexStems(identity.get()));
        for (String name : names) {
            List<String> nameStems = Terms.indexStems(name).stream().filter(s -> !sourceStems.contains(s)).toList();
            if (!nameStems.isEmpty() && constraints.stream().noneMatch(c -> c.stems().equals(nameStems))) {
                constraints.add(new Constraint(Constraint.Kind.NAME, name, nameStems));
            }
        }
        return new QuestionAnalysis(text, type, Set.copyOf(stems), List.copyOf(focus), focusText, List.copyOf(constraints), onlyAName);
    }

    /**
     * What a "who is X" or "what is X" question asks the identity of ("Jakub Benedyczak"), or empty.
     *
     * @param personOnly only "who is X"
     */
    static java.util.Optional<String> identityAsked(String question, boolean personOnly) {
        Matcher m = WHO_IS.matcher(question.strip());
        if (m.find()) {
            return !personOnly || m.group(1).equalsIgnoreCase("who") ? java.util.Optional.of(m.group(2)) : java.util.Optional.empty();
        }
        Matcher meaning = MEANING.matcher(question.strip());
        return !personOnly && meaning.find() ? java.util.Optional.of(meaning.group(1)) : java.util.Optional.empty();
    }

    /** "Which Russian leader…": the role names the kind of person asked for, which the evidence may title otherwise ("chairman"). */
    private static final Pattern WHICH = Pattern.compile("(?i)^\\W*which\\b");
    /** Roles that say only that someone leads, not which office they hold. */
    private static final Set<String> KINDS_OF_LEADER = Set.of("head", "leader", "boss", "chief", "owner", "founder");
    /** Roles that ask for whoever leads something, in whatever office: "the head of the Duma" (not its owner or founder). */
    static final String LEADERS = "head|leader|chief|boss";
    /** Verbs that say someone leads something: "who heads the Duma", "who runs the forum". */
    static final String LEADING_VERBS = "heads|leads|runs|chairs|directs|governs|commands";
    /** The same verbs in the past tense: "Which prime ministers led the talks?". */
    private static final Pattern LED = Pattern.compile("(?i)led|headed|ran|chaired|directed|governed|commanded");

    /**
     * The role a person question asks about: the first it names, or for a "which" question, whose first role is the
     * kind asked for ("Which Japanese minister…"), the first that names an office ("…became Minister for Trade").
     */
    private static java.util.Optional<String> roleAsked(String text) {
        boolean which = WHICH.matcher(text).find();
        Matcher role = ROLE.matcher(text);
        while (role.find()) {
            if (!which) {
                return java.util.Optional.of(role.group().strip());
            }
            if (namesAnOffice(role)) {
                // An office named by what it is for starts at its title: "became Minister for Trade".
                return java.util.Optional.of(forWhat(role) ? text.substring(role.start(1), role.end()).strip() : role.group().strip());
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the role is named with what it is for: "Minister for Economic Cooperation". */
    private static boolean forWhat(Matcher role) {
        return role.group().substring(role.end(1) - role.start()).stripLeading().matches("(?i)(?:for|of)\\s.*");
    }

    /**
     * "defence minister", "Minister for Economic Cooperation": an office qualified by what it is for, which a leader
     * of another kind does not hold.
     */
    private static boolean namesAnOffice(Matcher role) {
        String[] words = role.group().strip().split("\\s+");
        boolean qualified = words.length > 1 && Character.isLowerCase(words[0].charAt(0)) || forWhat(role);
        return qualified && !KINDS_OF_LEADER.contains(role.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    private static final Pattern HOW_DID = Pattern.compile(
            "(?i)^\\W*how\\s+(?:did|does|do|has|have|had|will|would)(?:n'?t)?\\s+(.+)$");

    /** "moscow's answer to tokyo joining the sanctions?", "What was Russia's response to…": how the one named acted. */
    private static final Pattern RESPONSE_OF = Pattern.compile("(?i)^\\W*(?:(?:what|how)\\s+(?:is|was|were|are)\\s+)?(?:the\\s+)?"
            + "(?:([\\p{L}.-]+)['’]s?|(\\p{L}+(?:" + EntityLexicon.DEMONYM_ENDINGS + ")))\\s+(?:" + AnswerType.RESPONSES + ")\\s+(?:to|after|against)\\b");

    /** The name a "how did X …" question opens its clause with, when X is a name: the one whose action is asked about. */
    private static java.util.Optional<String> namedActor(String text, EntityLexicon lexicon) {
        Matcher how = HOW_DID.matcher(text.strip());
        Matcher response = RESPONSE_OF.matcher(text.strip());
        boolean howDid = how.find();
        if (!howDid && !response.find()) {
            return java.util.Optional.empty();
        }
        // "the Russian reaction to…": a people's adjective stands for its state's doing.
        String clause = howDid ? how.group(1) : response.group(1) != null ? response.group(1) : response.group(2);
        return names(clause, lexicon).stream().findFirst()
                .filter(name -> clause.regionMatches(true, 0, name, 0, name.length()));
    }

    /** What a count or share found by {@link #COUNTED} is of: up to three content words, ending with its plural noun. */
    private static String countedText(Matcher counted) {
        String words = java.util.stream.IntStream.rangeClosed(1, counted.groupCount()).mapToObj(counted::group)
                .filter(java.util.Objects::nonNull).findFirst().orElse("");
        return countedPhrase(leadingContent(words, 3));
    }

    /**
     * What a count is of ends with its plural noun: "japanese tourists" in "how many japanese tourists visit
     * vladivostok", where the verb after it says what they do.
     */
    private static String countedPhrase(String words) {
        String[] all = words.split("\\s+");
        for (int i = 0; i < all.length - 1; i++) {
            if (PLURAL.matcher(all[i]).matches() && !POSSESSIVE.matcher(all[i]).find()) {
                return String.join(" ", java.util.Arrays.copyOfRange(all, 0, i + 1));
            }
        }
        return words;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /**
     * A people's adjective that is not also its plural noun: "Russian" (the people are "Russians"), so what follows it is
     * what is counted ("the Russian garrison"); "Japanese" may be the people ("how many Japanese want…").
     */
    private static final Pattern ADJECTIVE_ONLY_DEMONYM = Pattern.compile("(?i)(?!.*ese$).*[^s]");

    /** A plural noun, by its single final s: "troops", "citizens" (not "want", not "Congress", not "gas"). */
    private static final Pattern PLURAL = Pattern.compile("\\p{L}{2,}[^s]s");

    /**
     * The stems of what a count is of: the focus without the people's adjective that only qualifies the plural after
     * it ("troops" in "how many Russian troops", which "30,000 Russians" does not count). A people is what is counted
     * in "how many Russians", and in "what share of Japanese want…", where a verb follows.
     */
    List<String> countedFocus() {
        List<String> counted = focusStems(focusText, true);
        List<String> all = new ArrayList<>(counted.isEmpty() ? focus : counted);
        List<String> parts = parts(text);
        Matcher m = COUNTED.matcher(parts.get(parts.size() - 1));
        if (parts.size() == 2 && m.find()) {
            // "What share of Russians backed…, and what share of Japanese wanted…": the second part counts its own.
            focusStems(countedText(m), true).stream().filter(w -> !all.contains(w)).forEach(all::add);
        }
        return all;
    }

    /**
     * The stems of the focus's words, without "times" and the like ("How many times…" counts occurrences of whatever
     * the question is about); without a people's adjective before a plural, when only what is counted is wanted.
     */
    private static List<String> focusStems(String focusText, boolean onlyCounted) {
        List<String> words = Terms.contentTerms(focusText);
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (onlyCounted && i < words.size() - 1 && EntityLexicon.isDemonym(words.get(i))
                    && (PLURAL.matcher(words.get(i + 1)).matches() || ADJECTIVE_ONLY_DEMONYM.matcher(words.get(i)).matches())) {
                continue;
            }
            for (String part : Terms.parts(words.get(i))) {
                stems.add(Stemmer.stem(part));
            }
        }
        stems.removeIf(GENERIC_COUNTERS::contains);
        return stems;
    }

    /** The attribute an attribute question asks for ("population" in "What is the population of Tokyo?"), or empty. */
    public java.util.Optional<String> attribute() {
        return attribute(text);
    }

    private static java.util.Optional<String> attribute(String text) {
        for (Pattern asking : ATTRIBUTE_ASKED) {
            Matcher m = asking.matcher(text);
            if (m.find()) {
                return java.util.Optional.of(leadingContent(m.group(1), 3)).filter(a -> !a.isEmpty());
            }
        }
        return java.util.Optional.empty();
    }

    /** The ways a question asks for an attribute, the first that finds it deciding. */
    private static final List<Pattern> ATTRIBUTE_ASKED = List.of(ATTRIBUTE, POSSESSED, ATTRIBUTE_AFTER_TOPIC, ATTRIBUTE_BEFORE_CLAUSE);

    /**
     * "What stakes does Japan hold…": the thing between the question word and the auxiliary is what is asked about. Not an
     * attribute of something the documents name: a kind of thing, which they may name in other words ("What military
     * exercises…": "Vostok 2018 military manoeuvres"), so it is not required to be in them.
     */
    private static java.util.Optional<String> thingAsked(String text) {
        Matcher thing = THING_ASKED.matcher(text);
        return thing.find() ? java.util.Optional.of(leadingContent(thing.group(1), 3)).filter(a -> !a.isEmpty()) : java.util.Optional.empty();
    }

    /** The sentences of a text that ask (end with a question mark), or the whole text when none does. */
    static String interrogative(String text) {
        List<String> asking = org.policydesk.text.Sentences.texts(text).stream().filter(s -> s.strip().endsWith("?")).toList();
        return asking.isEmpty() ? text : String.join(" ", asking);
    }

    /** Up to n content words from the start of a phrase, stopping at the first function word after a content word. */
    private static String leadingContent(String words, int n) {
        List<String> kept = new ArrayList<>();
        String[] all = words.strip().split("\\s+");
        // "How much did Russia approve…": what is counted is not said.
        if (all.length > 0 && AUXILIARY.matcher(Terms.fold(all[0])).matches()) {
            return "";
        }
        for (String w : all) {
            String folded = Terms.fold(w);
            if (Terms.isStopword(folded) || AUXILIARY.matcher(folded).matches()) {
                if (!kept.isEmpty()) {
                    break;
                }
                continue;
            }
            kept.add(w);
            if (kept.size() >= n) {
                break;
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The names a question mentions: runs of capitalised words after its first word, acronyms, and
     * words the documents only ever write as names, however the question is cased ("sberbank").
     */
    static List<String> names(String text, EntityLexicon lexicon) {
        List<String> names = new ArrayList<>();
        List<MatchResult> tokens = TOKEN.matcher(text).results().toList();
        StringBuilder run = new StringBuilder();
        boolean first = true;
        int lastEnd = -1;
        for (int t = 0; t < tokens.size(); t++) {
            MatchResult m = tokens.get(t);
            String token = m.group();
            Matcher compound = NAME_WITH_COMMON_WORDS.matcher(token);
            if (compound.matches() && (EntityLexicon.isDemonym(compound.group(1)) || lexicon.isNameWord(Terms.fold(compound.group(1))))) {
                // "Japanese-owned", "Russian-built": a name made an adjective by common words; the name is the name.
                token = compound.group(1);
            }
            first = first || lastEnd >= 0 && text.substring(lastEnd, m.start()).matches(".*[.!?:;]\\s*[\"“(]?\\s*");
            String folded = Terms.fold(token).replaceAll("(’s|'s)$", "");
            // A capital that opens a sentence only marks a name the documents know as one.
            boolean capitalised = Character.isUpperCase(token.charAt(0)) && !first;
            boolean acronym = token.length() >= 2 && token.chars().filter(Character::isLetter).count() >= 2
                    && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (token.contains("-") && !lexicon.isNameWord(folded) && java.util.Arrays.stream(folded.split("-"))
                    .allMatch(lexicon::isNameWord)) {
                // "Abe-Putin meetings": two names the documents write apart.
                if (run.length() > 0) {
                    names.add(run.toString());
                    run.setLength(0);
                }
                for (String part : token.split("-")) {
                    names.add(part);
                }
                lastEnd = m.end();
                first = false;
                continue;
            }
            // "at sea" is the common word; "baltic sea" the name, beside another word of it.
            boolean known = lexicon.isNameWord(folded) && (!lexicon.isOnlyPartOfNames(folded)
                    || namedTogether(tokens, t - 1, t, lexicon) || namedTogether(tokens, t, t + 1, lexicon));
            boolean usable = !Terms.isStopword(folded) && !QUESTION_WORD.matcher(folded).matches() && !CALENDAR.matcher(folded).matches();
            // Words written as a name run together ("Bank of Japan"); a name the documents know, typed in lower
            // case, stands alone ("japan lng" is two names), and a possessive ends a run ("Japan's Arctic policy").
            boolean written = (capitalised || acronym) && usable;
            boolean joins = run.length() > 0 && text.substring(lastEnd, m.start()).matches("\\s+");
            boolean possessive = token.matches(".*(’s|'s)$");
            if (written) {
                if (run.length() > 0 && !joins) {
                    names.add(run.toString().replaceAll(" of$", ""));
                    run.setLength(0);
                }
                run.append(run.length() > 0 ? " " : "").append(token.replaceAll("(’s|'s)$", ""));
                if (possessive) {
                    names.add(run.toString());
                    run.setLength(0);
                }
            } else {
                if (run.length() > 0 && !(folded.equals("of") && joins)) {
                    names.add(run.toString().replaceAll(" of$", ""));
                    run.setLength(0);
                } else if (run.length() > 0) {
                    run.append(" of");
                }
                if (known && usable) {
                    names.add(token.replaceAll("(’s|'s)$", ""));
                }
            }
            lastEnd = m.end();
            first = false;
        }
        if (run.length() > 0) {
            names.add(run.toString().replaceAll(" of$", ""));
        }
        return names;
    }

    /**
     * Whether two tokens in a row, the first a name word, are written together in a name of the documents ("baltic sea",
     * "bank for" of "Japanese Bank for International Cooperation").
     */
    private static boolean namedTogether(List<MatchResult> tokens, int first, int second, EntityLexicon lexicon) {
        return nameWordAt(tokens, first, lexicon) && second < tokens.size() && lexicon.namesPair(wordAt(tokens, first), wordAt(tokens, second));
    }

    private static boolean nameWordAt(List<MatchResult> tokens, int index, EntityLexicon lexicon) {
        return index >= 0 && index < tokens.size() && lexicon.isNameWord(wordAt(tokens, index));
    }

    /** A token as the lexicon keeps words: folded, without a possessive ending. */
    private static String wordAt(List<MatchResult> tokens, int index) {
        return Terms.fold(tokens.get(index).group()).replaceAll("(’s|'s)$", "");
    }

    private static final Pattern EMPLOYER = Pattern.compile("(?i)^\\W*where (?:does|did|do) .+ work(?:s|ed)?\\b|\\bwork(?:s|ed)? for\\b");

    /**
     * A body of government asked for by its kind, which names it: "Which Russian ministry…". Not an agency: "which
     * state agency bankrolled loans" may be answered by a state bank.
     */
    private static final Pattern BODY_ASKED = Pattern.compile("(?i)\\b(?:which|what)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?"
            + "(ministr(?:y|ies)|departments?)\\b");

    /** The stem of the kind of body of government asked for ("ministri" in "Which Russian ministry…"), if one is. */
    public java.util.Optional<String> bodyAsked() {
        Matcher asked = BODY_ASKED.matcher(text);
        return asked.find() ? java.util.Optional.of(Terms.stemOf(asked.group(1))) : java.util.Optional.empty();
    }

    /** Whether the question asks whom someone works for ("Where does Aiko Shimizu work?"). */
    public boolean asksForEmployer() {
        return EMPLOYER.matcher(text).find();
    }

    /** Whether the question asks what office someone holds ("What post does Miller hold?", "naryshkin's job"). */
    public boolean asksForOffice() {
        return type == AnswerType.AGENT && AnswerType.asksForOffice(text);
    }

    /** Whether the question asks who did something ("who got…", "who signed…"): the answer is the one acting. */
    public boolean asksForSubject() {
        return ASKS_FOR_SUBJECT.matcher(text).find();
    }

    /**
     * What a who-question, or a which-question asking for a name, says was done ("won" in "who won
     * the World Cup", "pulled" in "Which companies pulled out…"), when it is a verb that means
     * something on its own: evidence about someone who did something else does not answer.
     */
    public java.util.Optional<String> predicate() {
        Matcher where = WHERE_DID.matcher(text);
        if (type == AnswerType.PLACE && where.find()) {
            // "Where did Aiko Shimizu report from?": where someone did what the documents never tell is in none of them.
            return meansSomethingOnItsOwn(where.group(1)) ? java.util.Optional.of(where.group(1)) : java.util.Optional.empty();
        }
        Matcher m = ASKS_FOR_SUBJECT.matcher(text);
        if (!m.find()) {
            m = WHICH_DID.matcher(text);
            if (!type.asksForName() || !m.find() || LED.matcher(m.group(1)).matches()) {
                // "Which prime ministers led the talks?" is answered by the office they held then ("under Prime Minister…").
                return java.util.Optional.empty();
            }
        }
        String verb = m.group(1) != null ? m.group(1) : m.group(2);
        return LIGHT_VERB.matcher(verb).matches() ? java.util.Optional.empty() : java.util.Optional.of(verb);
    }

    /**
     * "Where did Shimizu report from?", "Before Bloomberg, where did…": the verb after who did it (a name, or "the" one), when
     * nothing but a preposition follows it; "Where did Russia gain its experience…" is told by the experience it has.
     */
    private static final Pattern WHERE_DID = Pattern.compile("(?:^\\W*|[,:;]\\s*)(?i:where)\\s+(?i:did|does|do|has|have|had|will|would|can|could)\\s+"
            + "(?:(?:(?i:the|a|an|its|their|his|her)|\\p{Lu}[\\p{L}\\p{N}’'.-]*)\\s+){1,4}(\\p{Ll}+)(?=(?:\\s+(?i:from|to|in|at|on|into))?\\W*$)");

    /** "Has Japan rolled back…", "Has any executive been prosecuted…": the participle a yes/no question asks happened. */
    private static final Pattern YES_NO_PARTICIPLE = Pattern.compile("(?i)^\\W*(?:has|have|had|was|were)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){1,5}?"
            + "(?:been\\s+)?(\\p{Ll}+(?:ed|en))\\b");

    /** What a yes/no question asks whether it happened ("prosecuted" in "Has any executive been prosecuted…?"), or empty. */
    public java.util.Optional<String> eventAsked() {
        Matcher m = YES_NO_PARTICIPLE.matcher(text);
        return type == AnswerType.YES_NO && m.find() && !m.group(1).equalsIgnoreCase("been") && meansSomethingOnItsOwn(m.group(1))
                ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * "What did Japan's parliament vote on…", "What did Novatek agree with…", "How did the parliament vote on…": the verb
     * that ends the clause after its subject, before the first preposition, says what was done.
     */
    private static final Pattern WHAT_DID_VERB = Pattern.compile("(?i)^\\W*(?:what|how)\\s+(?:did|does|do|has|have|had)\\s+"
            + "(?:[\\p{L}\\p{N}’'.+-]+\\s+){0,3}?([\\p{L}\\p{N}’'.+-]+)\\s+(\\p{L}+)(?=\\s+(?:on|about|at|in|with|for|from|over|against|after|during)\\b|\\W*$)");
    private static final Pattern ACTION_VERB = Pattern.compile("(?i)" + ACTION_VERBS);
    /** "Why did Obama change…": a why-question about what someone named did, and its verb. */
    private static final Pattern WHY_DID_VERB = Pattern.compile("^\\W*(?i:why)\\s+(?i:did|does|do|has|have|had)(?:n['’]?t)?\\s+"
            + "(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:(?<=['’]s\\s)\\p{Ll}+\\s+)?(\\p{Ll}+)\\b");

    /**
     * What a what-question says its subject did ("vote" in "What did Japan's parliament vote on the proposal?"), when
     * it is a verb that means something on its own and not a question of what was done ("What did Russia do…") or
     * advised ("What did the commentary propose…"); not the complement of a light verb ("make easier").
     */
    public java.util.Optional<String> deedAsked() {
        Matcher why = WHY_DID_VERB.matcher(text);
        if (why.find() && !asksTwoThings(text)) {
            // "Why did Obama change his mind…": the verb after who did it.
            String verb = why.group(1);
            return meansSomethingOnItsOwn(verb) ? java.util.Optional.of(verb) : java.util.Optional.empty();
        }
        Matcher m = WHAT_DID_VERB.matcher(text);
        // A question that asks two things may be answered in its other part.
        if (asksTwoThings(text) || !m.find() || LIGHT_VERB.matcher(m.group(1)).matches() || !meansSomethingOnItsOwn(m.group(2))
                || ACTION_VERB.matcher(m.group(2)).matches() || RECOMMENDING.contains(Terms.stemOf(m.group(2)))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(2));
    }

    /**
     * "when does the fisheries deal expire", "In what year were the sanctions lifted?", "how long were the talks frozen": the
     * verb of a when- or how-long question, after its subject, before what follows it.
     */
    private static final Pattern WHEN_DID_VERB = Pattern.compile("^\\W*(?i:when|(?:in|on|by)\\s+(?:what|which)\\s+(?:year|date|day|month)"
            + "|what\\s+(?:year|date|day|month)|(?:for\\s+)?how\\s+long)\\s+(?i:did|does|do|will|would|was|were|is|are|has|have|had)\\s+"
            + "(?:[\\p{L}\\p{N}’'+.-]+\\s+){0,4}?(?!(?:the|a|an|and|or|between|of|to|up|next|first|last|ever|again|still|also|finally|"
            + "actually|really|according|that|this|these|those|it|they|be|been|being)\\b)(\\p{Ll}+)"
            + "(?=\\s+(?i:to|on|at|in|with|for|from|by|into|over|against|after|before|during"
            + "|the|a|an|its|their|his|her)\\b|\\s+\\p{Lu}|\\W*$)");
    /** Verbs that say only when in an event's course: "when did the talks start". */
    private static final Pattern COURSE_VERB = Pattern.compile("(?i)start|starts|started|begin|begins|began|begun|end|ends|ended|happen|"
            + "happens|happened|occur|occurs|occurred|last|lasts|lasted|finish|finishes|finished|due|supposed|expected|scheduled|planned");

    /**
     * What a when- or how-long question asks the date or length of ("expire" in "when does the fisheries deal expire",
     * "frozen" in "how long were the talks frozen"), when it is a verb that means something on its own: the date or
     * length of another event does not answer.
     */
    public java.util.Optional<String> eventTimed() {
        Matcher m = WHEN_DID_VERB.matcher(text);
        if (type != AnswerType.DATE && type != AnswerType.DURATION || asksTwoThings(text) || !m.find()
                || !meansSomethingOnItsOwn(m.group(1)) || COURSE_VERB.matcher(m.group(1)).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(1));
    }

    /** A verb that says something of its own: not a light verb ("get", "make"), nor one of the names asked about. */
    private boolean meansSomethingOnItsOwn(String verb) {
        return !LIGHT_VERB.matcher(verb).matches() && !constraintStems().contains(Terms.stemOf(verb));
    }

    /** "What shared security goals could Tokyo pursue?": an "-ed" word before a noun the question asks about, not a verb. */
    private static final String PARTICIPLE_AS_ADJECTIVE = "\\s+(?!(?:the|a|an|to|after|before|in|on|at|when|since|with|for|of|by|from|into|"
            + "about|it|them|him|her|us|this|that|these|those|his|its|their)\\b)\\p{L}[\\p{L}-]*\\b.*\\b(?:could|can|did|do|does|should|will|would|might|(?-i:may))\\b";
    /** "What did … agree", "what was decided at …": the question asks what has happened. */
    private static final Pattern ASKS_ABOUT_PAST = Pattern.compile(
            "(?i)^\\W*(?:(?:what|which|who|how|where)\\b(?:\\s+[\\p{L}’'-]+){0,2}?\\s+(?:did|was|were|had)\\b|(?:did|was|were|had)\\b"
                    + "|(?:what|who)\\s+(?:\\p{L}+ed|came|went|took|made|said|led)\\b(?!" + PARTICIPLE_AS_ADJECTIVE + "))");

    /**
     * "Why did Russia cancel…", "What made Marubeni join…": why something was done; not what made a thing as it is
     * ("What made Abe's approach harder?").
     */
    private static final Pattern WHY_IT_HAPPENED = Pattern.compile("(?i)^\\W*(?:why\\s+(?:did|didn[’']t|had|hadn[’']t)\\b"
            + "|what\\s+(?:made|prompted|drove|pushed|motivated|persuaded|convinced)\\s(?!.*\\b(?:\\p{L}+er|more|less|worse|better)\\W*$))");

    /**
     * Whether the question asks why something was done ("Why did Russia cancel the plan?"), not why something is
     * judged as it is ("Why is the plan harmful?"): the deed must be one the sources tell of.
     */
    public boolean asksWhyItHappened() {
        return WHY_IT_HAPPENED.matcher(text).find();
    }

    /** Asking what someone recommended ("What did the commentary propose?"), which recommendations answer. */
    private static final Set<String> RECOMMENDING = Stemmer.stemsOf("propose", "suggest", "recommend", "advise", "urge",
            "argue", "call", "say", "said", "want", "plan", "think", "believe", "view", "hope");

    /** Whether the question asks what happened, not what someone recommended or planned. */
    public boolean asksWhatWasDone() {
        return asksAboutPast() && !type.demandsFact() && !SentenceFacts.recommends(text) && stems.stream().noneMatch(RECOMMENDING::contains);
    }

    /** "…outside Asia", "apart from Japan, …": names the answer is not about. */
    private static final Pattern EXCLUDED = Pattern.compile(
            "\\s*\\b(?i:outside(?:\\s+of)?|except(?:\\s+for)?|other\\s+than|apart\\s+from|aside\\s+from|excluding|beyond)"
                    + "\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*");

    /**
     * The question without the names it excludes ("How has Japan helped NATO outside Asia?"): what the
     * evidence must mention does not include them, and a sentence that names them is no closer for it.
     */
    static String withoutExclusions(String question) {
        return EXCLUDED.matcher(question).replaceAll("");
    }

    /** Whether the question asks what happened, in the past tense ("What did the Osaka meeting agree?"). */
    public boolean asksAboutPast() {
        return ASKS_ABOUT_PAST.matcher(text).find();
    }

    /**
     * "What did Putin say…", "what has Abe proposed", "What did Obama tell Putin…", "What did the G7 communique say…":
     * someone or something named is asked what they said.
     */
    private static final String SPEECH_VERBS = "say|said|think|thought|propose|proposed|suggest|suggested|announce|announced|argue|"
            + "argued|claim|claimed|state|stated|declare|declared|tell|told|promise|promised|offer|offered|call\\s+for|want|wanted|"
            + "reply|respond|warn|warned|urge|urged|ask|asked|caution|cautioned|advise|advised";
    private static final Pattern SPEECH = Pattern.compile(
            "^\\W*(?i:what|how)\\s+(?i:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.’'-]*"
                    + "(?:\\s+\\p{Lu}[\\p{L}\\p{N}.’'-]*)*(?:\\s+\\p{Ll}[\\p{L}-]*)?\\s+(?i:" + SPEECH_VERBS + ")\\b");

    /** Whether the question asks what someone named said ("what did obama say…" names Obama, however cased). */
    public boolean asksWhatWasSaid() {
        return SPEECH.matcher(text).find() || speaker().map(Terms::indexStems)
                .filter(named -> !named.isEmpty() && constraintStems().containsAll(named)).isPresent() || titledSpeaker().isPresent();
    }

    /** "what did trump say about abe": who is asked what they said, however it is cased. */
    private static final Pattern SPEAKER = Pattern.compile("(?i)^\\W*(?:what|how)\\s+(?:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{N}.’'-]+(?:\\s+[\\p{L}\\p{N}.’'-]+){0,2})\\s+(?:" + SPEECH_VERBS + ")\\b");

    /** A speaker of a named body: "Russia's foreign ministry", "Japan's foreign minister". */
    private static final Pattern TITLE_OF = Pattern.compile("^([\\p{L}\\p{N}.-]+)['’]s\\s+(.+)$");

    /** A speaker the question names by their title as someone's: "Russia's foreign ministry". */
    public record TitledSpeaker(List<String> ownerStems, List<String> titleStems) {}

    /**
     * The speaker, when the question names them by a title as a name's ("Russia's foreign ministry"): who said something
     * is named by that title, not by the country alone, and the title says whose it is.
     */
    public java.util.Optional<TitledSpeaker> titledSpeaker() {
        return speaker().map(TITLE_OF::matcher).filter(Matcher::matches)
                .map(m -> new TitledSpeaker(Terms.indexStems(m.group(1)), Terms.indexStems(m.group(2))))
                .filter(t -> !t.ownerStems().isEmpty() && constraintStems().containsAll(t.ownerStems()) && !t.titleStems().isEmpty());
    }

    /** "putin's take on tokyo's 2+alpha idea?", "What is Putin's position on the base?": whose view is asked for. */
    private static final Pattern VIEW_OF = Pattern.compile("(?i)^\\W*(?:" + AnswerType.WHAT_IS + "\\s+)?(?:the\\s+)?"
            + "([\\p{L}\\p{N}.-]+(?:\\s+[\\p{L}\\p{N}.-]+)?)['’]s?\\s+(?:take|views?|stance|position|opinion|thoughts|attitude|verdict)"
            + "\\s+(?:on|about|of|regarding|towards?)\\b");

    /**
     * Who the question asks what they said ("trump" in "what did trump say about abe"), or what they think ("putin's take
     * on…"), as written, or empty.
     */
    public java.util.Optional<String> speaker() {
        Matcher m = SPEAKER.matcher(text);
        Matcher view = VIEW_OF.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : view.find() ? java.util.Optional.of(view.group(1)) : java.util.Optional.empty();
    }

    /**
     * "…stationed in Crimea", "…live on the Kurils", "…in Russia and Japan": where the fact asked for is; "visit Tokyo",
     * "travel to Sochi": where it goes.
     */
    private static final Pattern LOCATED = Pattern.compile("(?i)\\b(?:in|on|at|visit|visits|visited|visiting|(?:travel|travels|travelled|traveled"
            + "|go|goes|went|come|comes|came|fly|flies|flew)\\s+to)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+(?:and|or)\\s+(?:the\\s+)?)?$");

    /** The names the question is about, without its years and numbers. */
    public List<Constraint> nameConstraints() {
        return constraints.stream().filter(c -> c.kind() == Constraint.Kind.NAME).toList();
    }

    /**
     * The names a question puts what it asks about in ("Crimea" of "How many troops are stationed in Crimea?"), each
     * of them where it names several ("in Russia and Japan"). Not in
     * a question that asks two things, whose place may be its other part's ("…and which meeting was the one in Vladivostok?").
     */
    public List<Constraint> places() {
        if (asksTwoThings(text)) {
            return List.of();
        }
        // "Which sea in the west…": a direction says roughly where, and the documents name the place itself ("the Baltic Sea").
        return nameConstraints().stream().filter(c -> !EntityLexicon.isBloc(c.text())).filter(c -> {
            int at = text.indexOf(c.text());
            return at > 0 && LOCATED.matcher(text.substring(0, at)).find();
        }).toList();
    }

    private static final Pattern ASKS_ABOUT_FUTURE = Pattern.compile("(?i)\\b(?:will|shall|going to|expected to|due to be)\\b");

    /** Whether the question asks what is to come ("When will the dispute be resolved?"). */
    public boolean asksAboutFuture() {
        return ASKS_ABOUT_FUTURE.matcher(text).find();
    }

    /** Where a question asks a second thing: ", and which…", "; and when…". */
    private static final Pattern SECOND_QUESTION = Pattern.compile("(?i)(,|;)?\\s+and\\s+(who|what|where|when|why|how|which)\\b");

    /**
     * Whether the question offers a name as one of alternatives ("fisheries or the Sea of Okhotsk"): evidence
     * about the other answers as well, so the name binds nothing.
     */
    static boolean offeredAsAlternative(String question, String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?i)\\bor\\s+(?:the\\s+)?" + quoted + "\\b|\\b" + quoted + "\\s+or\\b").matcher(question).find();
    }

    /**
     * A request that only names its topic: "tell me about the 89 people", "what about Matua", "what's the deal with the
     * Kurils". The frame says nothing of what is asked; the rest is the topic.
     */
    static final Pattern TOPIC_REQUEST = Pattern.compile("(?i)^\\W*(?:(?:can|could) you\\s+)?(?:please\\s+)?(?:tell me(?: more)? about|"
            + "(?:what|how) about|what(?:['’]s| is) (?:the deal|the story|up|going on) with)\\s+(?=\\S)");

    /** Whether the question only names its topic ({@link #TOPIC_REQUEST}), in a few words and with no question of its own. */
    public boolean onlyATopic() {
        Matcher m = TOPIC_REQUEST.matcher(text);
        return m.find() && Terms.tokens(text.substring(m.end())).size() <= 6 && !asksTwoThings(text);
    }

    /** A question that asks two things, as two questions ("When was…", "what did it allow?"); else the question alone. */
    static List<String> parts(String question) {
        Matcher m = SECOND_QUESTION.matcher(question);
        if (!m.find()) {
            return List.of(question);
        }
        String first = question.substring(0, m.start());
        return List.of(first, withPossessedThing(question.substring(m.start(2)), first));
    }

    private static final String NAMING_WORDS = "called|named|known|termed|dubbed";
    /** A possessive and the words for what is possessed: "Japan's proposal" in "What is Japan's proposal called". */
    private static final Pattern POSSESSIVE_AND_THING = Pattern.compile("(?i)\\b[\\p{L}-]+['’]s\\s+((?:(?!" + NAMING_WORDS
            + ")[\\p{L}-]+\\s*){1,3}?)(?=\\s+(?:" + NAMING_WORDS + ")\\b|\\W*$)");
    /** A possessive whose possessed thing is left out: "what is Russia's called". */
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("(?i)\\b[\\p{L}-]+['’]s(?=\\s+(?:" + NAMING_WORDS + ")\\b|\\W*$)");

    /**
     * A second part that leaves out what a possessive possesses takes the first part's: "What is Japan's proposal
     * called, and what is Russia's called?" asks for the name of Russia's proposal.
     */
    private static String withPossessedThing(String second, String first) {
        Matcher bare = BARE_POSSESSIVE.matcher(second);
        Matcher possessed = POSSESSIVE_AND_THING.matcher(first);
        if (!bare.find() || !possessed.find()) {
            return second;
        }
        return second.substring(0, bare.end()) + " " + possessed.group(1).strip() + second.substring(bare.end());
    }

    /** Whether a question asks two things ("How many times…, and which meeting was…?"). */
    static boolean asksTwoThings(String question) {
        return SECOND_QUESTION.matcher(question).find();
    }

    /** The stems of the years, numbers and names the question is about. */
    Set<String> constraintStems() {
        Set<String> stems = new java.util.HashSet<>();
        constraints.forEach(c -> stems.addAll(c.stems()));
        return Set.copyOf(stems);
    }

    /** Whether the question asks two things of different kinds ("What stake…, and which project…"). */
    boolean partsAskOtherKinds() {
        List<String> parts = parts(text);
        return parts.size() == 2 && AnswerType.of(parts.get(0)) != AnswerType.of(parts.get(1));
    }

    /** Whether the question asks two things and one of them binds nothing: any passage may answer that part. */
    boolean aPartBindsNothing() {
        return partConstraints().stream().anyMatch(List::isEmpty);
    }

    /**
     * The binding constraints of each part of a question that asks two things ("How many times had
     * Abe met Putin by 2016, and which meeting was Vladivostok?"): a passage that meets one part's
     * answers that part, and every passage meets a part that has none. Empty for a question that asks one thing.
     */
    public List<List<Constraint>> partConstraints() {
        Matcher m = SECOND_QUESTION.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<Constraint> first = new ArrayList<>();
        List<Constraint> second = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c.binding()) {
                int at = lower.indexOf(c.text().toLowerCase(java.util.Locale.ROOT));
                (at >= 0 && at < m.start() ? first : second).add(c);
            }
        }
        return List.of(List.copyOf(first), List.copyOf(second));
    }

    /**
     * "Which Japanese prime ministers…", "what companies…": a plural asked for, so several answers; so
     * does a count of them ("What are the two proposals … called?"). A verb is no plural: "What makes Iturup…",
     * "what keeps the talks…" go on with what it acts on.
     */
    private static final Pattern SEVERAL = Pattern.compile(
            "(?i)^\\W*(?:(?:on|in|for|with|to|from|at|by|about|over)\\s+)?(?:which|what)\\s+(?![\\p{L}-]+s\\s+(?:(?:the|an?|it|them|this|that|these|those|his|her|its|their|him|us|me|you)\\b|(?-i:\\p{Lu})))"
                    + "(?:[\\p{L}-]+\\s+){0,2}?(?!(?:does|is|was|has|yes|this|its)\\b)([\\p{L}-]+(?:ies|[^su'’\\W]s))\\b"
                    + "|^\\W*(?:which|what)\\s+(?:are|were)\\s+(?:the\\s+)?(?:two|three|four|five|six)\\s+[\\p{L}-]+(?:ies|[^su'’\\W]s)\\b");

    /** Whether the question asks for several things of a kind ("which companies…"), not one. */
    public boolean asksForSeveral() {
        return SEVERAL.matcher(text).find();
    }

    /** The stem of the kind a question asks several of ("problem" in "Which regional security problems…"), or empty. */
    public java.util.Optional<String> severalKind() {
        Matcher m = SEVERAL.matcher(text);
        return m.find() && m.group(1) != null ? java.util.Optional.of(Terms.stemOf(m.group(1))) : java.util.Optional.empty();
    }

    /** Whether the question itself states this number ("2014" in "after the 2014 sanctions"). */
    public boolean mentions(String number) {
        String digits = number.replaceAll("[^\\d.]", "");
        return !digits.isEmpty() && constraints.stream().anyMatch(c -> c.kind() != Constraint.Kind.NAME
                && c.stems().get(0).replaceAll("[^\\d.]", "").equals(digits));
    }
}
