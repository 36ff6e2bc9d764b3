package org.policydesk.answering;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.text.Sentences;
import org.policydesk.text.Terms;
import org.policydesk.text.Vocabulary;

/**
 * The names the documents use and what each names (person, organisation, place), learnt from how
 * the documents themselves introduce them: a title before a name ("Prime Minister Shinzō Abe"), a
 * head word inside it ("… Investment Fund", "Matua Island"), a preposition of place before it ("in
 * Vladivostok"), a list it shares with typed names ("Mitsui, Komaihaltec and Fuji Electronic"), and
 * the documents' authors. One reading per knowledge base: a name typed once is typed everywhere.
 * Built once per generation of the knowledge base.
 */
public final class EntityLexicon {

    /**
     * A capitalised run of words, allowing "of", "for", "on", "the" inside ("Bank for International Cooperation"), and
     * the acronym of the words before it ("United States (CEAUS) Program": "Program" is a word of that name).
     */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}’'.-]*(?:(?:\\s+\\(\\p{Lu}[\\p{Lu}\\p{N}]+\\))?\\s+(?:(?:of|for|on|the|de)\\s+)?\\p{Lu}[\\p{L}\\p{N}’'.-]*)*");
    private static final Set<String> TITLES = Set.of("president", "minister", "chairman", "chairwoman", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "dr", "dr.", "chancellor", "secretary", "king", "queen", "emperor", "premier", "ambassador",
            "spokesman", "spokeswoman", "governor", "mayor", "ceo", "director", "senator", "writes", "wrote", "said", "says");
    private static final Set<String> ORGANISATION_HEADS = Set.of("company", "companies", "bank", "fund", "committee", "institute",
            "corporation", "systems", "council", "councils", "duma", "forum", "alliance", "initiative", "program", "programme",
            "group", "grouping", "association", "union", "ministry", "agency", "organization", "organisation", "review",
            "commission", "parliament", "government", "partnership", "assembly", "inc", "ltd", "corp", "firm");
    private static final Set<String> PLACE_HEADS = Set.of("island", "islands", "isles", "sea", "gulf", "ocean", "peninsula",
            "region", "strait", "bay", "river", "port", "coast", "territory", "territories", "oblast", "krai", "district",
            "city", "mountains", "siberia", "east");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "near", "at", "into", "towards", "across",
            "visit", "annex", "visited");
    private static final Pattern PERSON_AFTER = Pattern.compile("\\s*(and|with) (his|her)\\b|,\\s*who\\b");
    private static final Pattern COMPANY_WORD = Pattern.compile("compan(y|ies)|firms?|operator");
    private static final Pattern COMPANY_AFTER = Pattern.compile("\\s*(compan(y|ies)|firms?)\\b");
    private static final Pattern LIST_GAP = Pattern.compile("^(,\\s*(and\\s+)?|\\s+and\\s+|\\s*,\\s*)$");
    /**
     * A capitalised adjective of a people or a direction ("Japanese", "American", "Western"), or of peoples together
     * ("Russo-Japanese", "Japanese-Russian"): it describes; it names nothing.
     */
    static final Pattern DEMONYM = Pattern.compile(
            "(?:(?:\\p{Lu}\\p{Ll}+o|\\p{Lu}\\p{Ll}+(?:" + EntityLexicon.DEMONYM_ENDINGS + "))-)*(?:\\p{Lu}\\p{Ll}+(?:"
                    + EntityLexicon.DEMONYM_ENDINGS + ")|(?:West|East|North|South)ern)");
    /** How a people's adjective ends: "Japanese", "Russian", "British", "European", "American". */
    static final String DEMONYM_ENDINGS = "ese|ian|ish|ean|can";

    /**
     * Whether a name, as typed (a question may write "japanese" in lower case), is a people's adjective. For names
     * only: by its ending alone, a common word ("politician") would pass.
     */
    static boolean isDemonym(String typed) {
        return !typed.isEmpty() && DEMONYM.matcher(Character.toUpperCase(typed.charAt(0)) + typed.substring(1)).matches();
    }

    /**
     * Whether a name is a bloc named by its direction ("the West", "the East"): like a people's adjective it describes
     * sides, which the documents name otherwise ("the Group of Seven", "Washington").
     */
    static boolean isBloc(String typed) {
        return BLOC.matcher(typed).matches();
    }

    private static final Pattern BLOC = Pattern.compile("(?i)(?:the\\s+)?(?:West|East)");

    /** The endings a demonym's stem adds to its country's: "russia"/"russian", "japan"/"japanes", "europ"/"european". */
    private static final Pattern DEMONYM_ENDING = Pattern.compile("n|an|es|ean");

    /** Whether a stem is the demonym of a country's ("russian" of "russia", "japanes" of "japan"). */
    static boolean demonymOf(String demonym, String country) {
        return country.length() >= 4 && demonym.startsWith(country)
                && DEMONYM_ENDING.matcher(demonym.substring(country.length())).matches();
    }

    /**
     * Capitals that stand for their governments in writing on foreign affairs ("Moscow responded"), by stem, with
     * the stem of the country they stand for.
     */
    private static final Map<String, String> CAPITALS = Map.of("moscow", "russia", "tokyo", "japan", "beijing", "china",
            "london", "britain", "kyiv", "ukrain", "kiev", "ukrain", "seoul", "korea", "pyongyang", "korea");

    /** Whether one stem names the state the other names, or its capital standing for it: "moscow" for "russia". */
    static boolean sameState(String asked, String written) {
        return asked.equals(written) || written.equals(CAPITALS.get(asked)) || asked.equals(CAPITALS.get(written));
    }

    /**
     * Whether a word's stem names a state, given by the stem of its name or capital: by its name, its capital standing for
     * it, or its people's adjective ("russian" of "russia" or "moscow"). Not the other way round: "Russia" acting is no
     * "Russian" one.
     */
    static boolean namesState(String state, String word) {
        return sameState(state, word) || demonymOf(word, stateOf(state));
    }

    /**
     * How the documents may write the state of a people whose adjective does not extend its name, by the adjective's stem:
     * "american" as "U.S." ("u", "s"), "America" or "Washington". Empty for any other stem.
     */
    static List<List<String>> stateWrittenOtherwise(String demonymStem) {
        return IRREGULAR_DEMONYMS.getOrDefault(demonymStem, List.of());
    }

    private static final Map<String, List<List<String>>> IRREGULAR_DEMONYMS = Map.of(
            "american", List.of(List.of("u", "s"), List.of("america"), List.of("washington"), List.of("unit", "state")),
            "british", List.of(List.of("britain"), List.of("u", "k"), List.of("london")),
            "dutch", List.of(List.of("netherland"), List.of("holland")));

    /** The state a capital stands for ("moscow": "russia"), or the stem itself. */
    static String stateOf(String stem) {
        return CAPITALS.getOrDefault(stem, stem);
    }

    /** A name in a text, where it stands, and what it names. */
    public record Mention(String text, int start, int end, EntityKind kind, Set<String> stems) {}

    private final Map<String, EntityKind> kinds;
    private final Set<String> nameTokens;
    private final Set<String> nameParts;
    private final Set<String> lowercaseWords;
    private final Map<String, Integer> passagesNaming;
    private final int passages;
    /** Each two words in a row of a name the documents write ("baltic sea"). */
    private final Set<String> wordPairs;

    private EntityLexicon(Map<String, EntityKind> kinds, Set<String> nameTokens, Set<String> nameParts, Set<String> lowercaseWords,
            Map<String, Integer> passagesNaming, int passages) {
        this.kinds = kinds;
        this.nameTokens = nameTokens;
        this.nameParts = nameParts;
        this.lowercaseWords = lowercaseWords;
        this.passagesNaming = passagesNaming;
        this.passages = passages;
        Set<String> pairs = new HashSet<>();
        passagesNaming.keySet().forEach(name -> {
            List<String> words = Terms.tokens(name);
            for (int i = 1; i < words.size(); i++) {
                pairs.add(words.get(i - 1) + " " + words.get(i));
            }
        });
        this.wordPairs = Set.copyOf(pairs);
    }

    /** How many of the texts it learnt from name this (as a name). */
    public int passagesNaming(String name) {
        return passagesNaming.getOrDefault(Terms.fold(name.strip()), 0);
    }

    /** Whether some name of the documents holds these two words in a row ("baltic sea" of "the Baltic Sea"). */
    public boolean namesPair(String first, String second) {
        return wordPairs.contains(first + " " + second);
    }

    /** How many texts it learnt from. */
    public int passages() {
        return passages;
    }

    /** Learns the names of these documents from their texts (each passage's text) and metadata. */
    public static EntityLexicon learn(Vocabulary vocabulary, List<DocumentMetadata> documents, Iterable<String> texts) {
        Set<String> lower = new HashSet<>();
        Set<String> capitalisedWithin = new HashSet<>();
        Set<String> capitalisedOpening = new HashSet<>();
        // Each text's sentences, split once for both passes below.
        List<List<String>> all = new ArrayList<>();
        for (String text : texts) {
            // A heading run into the text capitalises its words as a title, not as names.
            all.add(Sentences.texts(text).stream().filter(sentence -> !org.policydesk.knowledge.Passage.isRunInHeading(sentence)).toList());
        }
        for (List<String> text : all) {
            for (String sentence : text) {
                boolean opening = true;
                for (String token : sentence.split("[^\\p{L}\\p{N}’'-]+")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    if (Character.isLowerCase(token.charAt(0))) {
                        lower.add(Terms.fold(token));
                    } else if (Character.isUpperCase(token.charAt(0))) {
                        (opening ? capitalisedOpening : capitalisedWithin).add(Terms.fold(token));
                    }
                    opening = false;
                }
            }
        }
        // A word written with a capital only where a sentence opens ("First, …") is a name only if the
        // language does not know it as a common word.
        capitalisedOpening.removeAll(capitalisedWithin);
        capitalisedOpening.stream().filter(vocabulary::holds).forEach(lower::add);
        Map<String, EnumMap<EntityKind, Integer>> votes = new HashMap<>();
        Set<String> nameTokens = new HashSet<>();
        Set<String> standalone = new HashSet<>();
        EntityLexicon bare = new EntityLexicon(Map.of(), Set.of(), Set.of(), lower, Map.of(), 0);
        Map<String, Integer> naming = new HashMap<>();
        for (DocumentMetadata d : documents) {
            for (String author : d.authors()) {
                vote(votes, author, EntityKind.PERSON, 3);
                String[] words = author.strip().split("\\s+");
                vote(votes, words[words.length - 1], EntityKind.PERSON, 3);
            }
        }
        // First what each name's own wording and surroundings say, then what the lists it is in say.
        List<List<Mention>> sentences = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        for (List<String> text : all) {
            Set<String> named = new HashSet<>();
            for (String s : text) {
                List<Mention> mentions = bare.rawMentions(s);
                mentions.forEach(m -> named.add(Terms.fold(m.text())));
                sentences.add(mentions);
                sentenceTexts.add(s);
                for (Mention m : mentions) {
                    List<String> tokens = Terms.tokens(m.text());
                    nameTokens.addAll(tokens);
                    // "Sakhalin-1", "Ust-Kamchatsk": each capitalised part is a word of the name, as a question may type it.
                    for (String written : m.text().split("\\s+")) {
                        if (written.contains("-")) {
                            java.util.Arrays.stream(written.split("-"))
                                    .filter(part -> part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && part.chars().allMatch(Character::isLetter))
                                    .forEach(part -> nameTokens.add(Terms.fold(part)));
                        }
                    }
                    if (tokens.size() == 1) {
                        standalone.addAll(tokens);
                    }
                    EntityKind kind = cue(s, m);
                    if (kind != null) {
                        vote(votes, m.text(), kind, 1);
                        if (kind == EntityKind.PERSON) {
                            String[] words = m.text().split("\\s+");
                            vote(votes, words[words.length - 1], kind, 1);
                        }
                    }
                }
            }
            named.forEach(n -> naming.merge(n, 1, Integer::sum));
        }
        Map<String, EntityKind> cued = winners(votes);
        for (int n = 0; n < sentences.size(); n++) {
            List<Mention> mentions = sentences.get(n);
            String s = sentenceTexts.get(n);
            for (int i = 0; i < mentions.size(); i++) {
                int j = i;
                boolean coordinated = false;
                while (j + 1 < mentions.size()
                        && LIST_GAP.matcher(s.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
                    coordinated |= s.substring(mentions.get(j).end(), mentions.get(j + 1).start()).contains("and");
                    j++;
                }
                // "X, Y and Z" is a list of one kind; "the chairman of X, Y," names Y by X.
                if (j > i && coordinated) {
                    EnumMap<EntityKind, Integer> listed = new EnumMap<>(EntityKind.class);
                    for (int k = i; k <= j; k++) {
                        EntityKind known = cued.get(Terms.fold(mentions.get(k).text()));
                        if (known != null) {
                            listed.merge(known, 1, Integer::sum);
                        }
                    }
                    EntityKind shared = listed.entrySet().stream().max(Map.Entry.comparingByValue())
                            .map(Map.Entry::getKey).orElse(null);
                    for (int k = i; k <= j && shared != null; k++) {
                        if (!cued.containsKey(Terms.fold(mentions.get(k).text()))) {
                            vote(votes, mentions.get(k).text(), shared, 1);
                        }
                    }
                    i = j;
                }
            }
        }
        Map<String, EntityKind> kinds = winners(votes);
        nameTokens.removeIf(lower::contains);
        nameTokens.removeIf(Terms::isStopword);
        Set<String> partsOnly = new HashSet<>(nameTokens);
        // A person's name is theirs wherever it is written: "putin" typed alone is Vladimir Putin.
        Set<String> personal = new HashSet<>();
        kinds.forEach((name, kind) -> {
            if (kind == EntityKind.PERSON) {
                personal.addAll(Terms.tokens(name));
            }
        });
        partsOnly.removeIf(t -> standalone.contains(t) || !vocabulary.holds(t) || personal.contains(t));
        return new EntityLexicon(Map.copyOf(kinds), Set.copyOf(nameTokens), Set.copyOf(partsOnly), Set.copyOf(lower), Map.copyOf(naming),
                all.size());
    }

    private static Map<String, EntityKind> winners(Map<String, EnumMap<EntityKind, Integer>> votes) {
        Map<String, EntityKind> kinds = new HashMap<>();
        votes.forEach((name, v) -> v.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> kinds.put(name, e.getKey())));
        return kinds;
    }

    private static void vote(Map<String, EnumMap<EntityKind, Integer>> votes, String name, EntityKind kind, int weight) {
        votes.computeIfAbsent(Terms.fold(name.strip()), n -> new EnumMap<>(EntityKind.class)).merge(kind, weight, Integer::sum);
    }

    /** The kind a mention's own wording and surroundings give it, or null. */
    private static EntityKind cue(String sentence, Mention m) {
        List<String> words = Terms.tokens(m.text());
        if (words.size() == 1 && DEMONYM.matcher(m.text()).matches() && Character.isUpperCase(m.text().charAt(0))) {
            // "Japanese companies", "Russian territory": an adjective of a people, not a name of anything.
            return null;
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (words.stream().anyMatch(ORGANISATION_HEADS::contains)) {
            return EntityKind.ORGANISATION;
        }
        List<String> before = Terms.tokens(sentence.substring(Math.max(0, m.start() - 40), m.start()));
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 20)).toLowerCase(java.util.Locale.ROOT);
        String clause = sentence.substring(Math.max(0, m.start() - 60), m.start());
        boolean appositive = words.size() >= 2 && clause.endsWith(", ")
                && Terms.tokens(clause).stream().anyMatch(w -> TITLES.contains(w) && !w.startsWith("writ") && !w.startsWith("sa"));
        if (TITLES.contains(previous) || appositive || PERSON_AFTER.matcher(after).lookingAt()) {
            return EntityKind.PERSON;
        }
        if (COMPANY_WORD.matcher(previous).matches() || COMPANY_AFTER.matcher(after).lookingAt()) {
            return EntityKind.ORGANISATION;
        }
        if (PLACE_HEADS.contains(last) || (PLACE_PREPOSITIONS.contains(previous) || before.size() >= 2
                && PLACE_PREPOSITIONS.contains(before.get(before.size() - 2)) && previous.equals("the"))
                && !DEMONYM.matcher(last).matches()) {
            return EntityKind.PLACE;
        }
        if (before.size() >= 2 && before.get(before.size() - 1).equals("of") && PLACE_HEADS.contains(before.get(before.size() - 2))) {
            return EntityKind.PLACE;
        }
        return null;
    }

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Capitalised runs in a sentence, with a title split off ("Prime Minister Shinzō Abe" gives "Shinzō Abe"). */
    private List<Mention> rawMentions(String sentence) {
        List<Mention> out = new ArrayList<>();
        Matcher m = NAME.matcher(sentence);
        int first = firstLetter(sentence);
        while (m.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.group());
            while (w.find()) {
                words.add(new int[] {m.start() + w.start(), m.start() + w.end()});
            }
            int from = 0;
            String opening = Terms.fold(sentence.substring(words.get(0)[0], words.get(0)[1]));
            if (m.start() == first && (lowercaseWords.contains(opening) || Terms.isStopword(opening))) {
                from = 1;
            }
            for (int i = from; i < words.size() - 1; i++) {
                if (TITLES.contains(Terms.fold(sentence.substring(words.get(i)[0], words.get(i)[1])))) {
                    from = i + 1;
                }
            }
            while (from < words.size() && Terms.isStopword(Terms.fold(sentence.substring(words.get(from)[0], words.get(from)[1])))) {
                from++;
            }
            if (from >= words.size()) {
                continue;
            }
            int begin = words.get(from)[0];
            String name = sentence.substring(begin, m.end()).replaceAll("(’s|'s|[.’'-])+$", "");
            if (name.length() >= 2 && Character.isUpperCase(name.charAt(0))) {
                out.add(new Mention(name, begin, begin + name.length(), EntityKind.NAME, stems(name)));
            }
        }
        return out;
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static Set<String> stems(String name) {
        return Set.copyOf(Terms.indexStems(name));
    }

    /** The names in a sentence, each with the kind the documents give it. */
    public List<Mention> mentions(String sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : rawMentions(sentence)) {
            out.add(new Mention(m.text(), m.start(), m.end(), kindOf(m.text()), m.stems()));
        }
        return out;
    }

    /** The kind of a name: its own, else that of its last word ("Putin" from "Vladimir Putin"), else NAME. */
    public EntityKind kindOf(String name) {
        String folded = Terms.fold(name.strip());
        EntityKind kind = kinds.get(folded);
        if (kind != null) {
            return kind;
        }
        List<String> words = Terms.tokens(folded);
        if (!words.isEmpty()) {
            kind = kinds.get(words.get(words.size() - 1));
            if (kind != null && (kind == EntityKind.PERSON || words.size() == 1)) {
                return kind;
            }
        }
        return EntityKind.NAME;
    }

    /** Whether a lower-cased word is one the documents only ever write as (part of) a name: "sberbank", "putin". */
    public boolean isNameWord(String foldedWord) {
        return nameTokens.contains(foldedWord);
    }

    /**
     * Whether a name word is a common word that the documents write only inside names, never as a
     * name on its own ("Sea" of "Baltic Sea", "Trade" of "Committee on Trade and Economic Issues"):
     * typed in lower case on its own ("held at sea", "the illegal trade in fish"), it is that word.
     */
    public boolean isOnlyPartOfNames(String foldedWord) {
        return nameParts.contains(foldedWord);
    }
}
