package org.policydesk.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level view of text shared by keyword search and answer composition: tokens are runs of
 * letters and digits (keeping inner hyphens and dots, as in "Su-35" or "U.S."), lower-cased.
 */
public final class Terms {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'][\\p{L}\\p{N}]+)*");
    /** Where unicode61 splits a token: "Su-35" is "su" and "35" to the index. */
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[-.'’]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Function words and question words: they say what is asked, not what it is about. The verbs that frame a question
     * are {@link #FRAME_VERB_FORMS}, but for their irregular forms here.
     */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "actually", "after", "again", "against", "all", "also", "am", "an", "and", "any", "anyhow",
            "anyway", "anyways", "are", "as", "at", "basically", "be", "because", "been", "before", "being", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "else", "ever", "few",
            "for", "frequently", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "kind", "literally", "me", "might",
            "more", "most", "much", "must", "my", "no", "nor", "not", "of", "off", "often", "on", "once", "only", "or",
            "other", "our", "out", "over", "own", "please", "really", "same", "say", "says", "said", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "would", "you", "your", "yours", "according", "regarding", "concerning", "involving", "per", "via", "s",
            // "security-wise": regarding security.
            "wise",
            "many", "several", "way", "ways", "thing", "things", "someone", "something", "anything", "one", "ones",
            "list", "made", "took", "taken", "got", "gotten", "gave", "given", "told", "meant", "go", "goes", "going", "gone", "back",
            "source", "sources", "document", "documents", "text", "texts", "article", "author", "authors", "writer", "writers", "commentary");

    private Terms() {}

    /** Two capitals that spell a function word: "US", "UN" in running text are initials, not "us", "un". */
    private static final Pattern CAPITAL_PAIR = Pattern.compile("\\b(\\p{Lu})(\\p{Lu})\\b");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");

    /** Every token, lower-cased and accent-folded, in order. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(initialsApart(text)));
        while (m.find()) {
            tokens.add(m.group().replace('’', '\''));
        }
        return tokens;
    }

    /**
     * The text with two capitals that fold to a function word written as initials ("US" as "U.S"), so
     * that "the US security guarantees" keeps its country. Not in a text typed all in capitals, where
     * "US" may be the pronoun.
     */
    private static String initialsApart(String text) {
        if (!LOWER.matcher(text).find()) {
            return text;
        }
        Matcher pair = CAPITAL_PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (pair.find()) {
            boolean functionWord = STOPWORDS.contains(pair.group().toLowerCase(Locale.ROOT));
            pair.appendReplacement(out, functionWord ? pair.group(1) + "." + pair.group(2) : pair.group());
        }
        return pair.appendTail(out).toString();
    }

    /** The distinct content words of a text: tokens that are not stopwords. */
    public static List<String> contentTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            String t = stripPossessive(token);
            if (!t.isEmpty() && !isStopword(t)) {
                terms.add(t);
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The stems of a text's content words as the FTS5 index holds them: each token split where
     * unicode61 splits it ("Su-35" gives "su" and "35"), then Porter-stemmed.
     */
    public static List<String> indexStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String term : contentTerms(text)) {
            for (String part : contentParts(term)) {
                stems.add(Stemmer.stem(part));
            }
        }
        return List.copyOf(stems);
    }

    /** The stems of a text's content words in order, repeats kept, split as {@link #indexStems} splits them. */
    public static List<String> contentStems(String text) {
        List<String> stems = new ArrayList<>();
        for (String token : tokens(text)) {
            String t = stripPossessive(token);
            if (t.isEmpty() || isStopword(t)) {
                continue;
            }
            for (String part : contentParts(t)) {
                stems.add(Stemmer.stem(part));
            }
        }
        return stems;
    }

    /**
     * The parts of a content word that are content words: "know-how" is about knowing, not about "how". Initials
     * keep every letter ("U.S.").
     */
    private static List<String> contentParts(String term) {
        String[] parts = INNER_PUNCTUATION.split(term);
        List<String> content = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (!part.isEmpty() && (parts.length == 1 || term.indexOf('-') < 0 || !isStopword(part))) {
                content.add(part);
            }
        }
        return content;
    }

    /** Every token's stems in order, split as {@link #indexStems} splits them, stopwords included. */
    public static List<String> allStems(String text) {
        List<String> stems = new ArrayList<>();
        for (String token : tokens(text)) {
            for (String part : INNER_PUNCTUATION.split(stripPossessive(token))) {
                if (!part.isEmpty()) {
                    stems.add(Stemmer.stem(part));
                }
            }
        }
        return stems;
    }

    /** The parts of a token the index keeps apart. */
    public static String[] parts(String token) {
        return INNER_PUNCTUATION.split(token);
    }

    /** A question word with "is" or "was" run into it, apostrophe or not: "whats", "where's", "hows". */
    private static final Pattern STANDS_FOR = Pattern.compile("(?i)\\s+(?:stands?|stood)\\s+for(?=\\W*$)");
    private static final Pattern SHORT_FOR = Pattern.compile("(?i)\\s+short\\s+for(?=\\W*$)");
    /** The words that open a question: "whats", "what r" are written out after them. */
    private static final String WH_WORDS = "what|where|who|how|when|which|why";
    private static final Pattern RUN_IN_IS = Pattern.compile("(?i)\\b(" + WH_WORDS + ")(?:'|’)?s\\b");
    /** "what r the proposals": chat's "r" after a question word is "are". */
    private static final Pattern CHAT_ARE = Pattern.compile("(?i)\\b(" + WH_WORDS + ")\\s+r\\b");

    /**
     * A question as it would be written out: "whats the population of Matua" reads as "what is the
     * population of Matua", and "the 4 islands" as "the four islands", so that its shape and words
     * are recognised however it was typed ("what r" as "what are"). "What does A2AD stand for" asks what it means.
     */
    public static String spelledOut(String question) {
        String text = SHORT_FOR.matcher(STANDS_FOR.matcher(CHAT_ARE.matcher(RUN_IN_IS.matcher(question).replaceAll("$1 is"))
                .replaceAll("$1 are")).replaceAll(" mean")).replaceAll("");
        Matcher small = SMALL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (small.find()) {
            // After a name it is part of the name ("arctic lng 2"); after a function word, a count ("the 4 islands").
            Matcher before = LAST_WORD.matcher(text.substring(0, small.start()));
            boolean counts = !before.find() || isStopword(fold(before.group(1)));
            small.appendReplacement(out, counts ? NUMBER_WORDS[Integer.parseInt(small.group())] : small.group());
        }
        return small.appendTail(out).toString();
    }

    /**
     * A small count typed as a digit before what it counts ("the 4 islands"), which prose writes as a
     * word ("the four islands"); not a part of a code or figure ("2+2", "Magdan-1, 2, 3", "4%").
     */
    private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}+\\-.,$/]|\\d,\\s|\\d\\s)(?:[1-9]|1[0-2])(?=\\s+\\p{L}{3,})");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve"};

    public static boolean isStopword(String token) {
        return STOPWORDS.contains(token) || chatContraction(token) || singleLetter(token) || frameVerb(token);
    }

    /**
     * Verbs that only frame what is asked ("What makes…", "who's … getting money from", "the names of"), in their regular
     * forms: those the stemmer takes back to the verb, listed once so that no word indexed is stemmed twice.
     */
    private static final Set<String> FRAME_VERB_FORMS = java.util.stream.Stream.of("make", "take", "get", "give", "tell", "let",
            "happen", "explain", "describe", "mean", "name", "consider", "deem")
            .flatMap(verb -> {
                String stem = Stemmer.stem(verb);
                String bare = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
                String doubled = verb + verb.charAt(verb.length() - 1);
                return java.util.stream.Stream.of(verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb + "ing", bare + "ing",
                        doubled + "ing", doubled + "ed").filter(form -> Stemmer.stem(form).equals(stem));
            })
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean frameVerb(String token) {
        return FRAME_VERB_FORMS.contains(token);
    }

    /** "how many islands r disputed", "J. Berkshire Miller": a letter alone is chat shorthand or an initial, never a topic. */
    private static boolean singleLetter(String token) {
        return token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    /**
     * A contraction typed without its apostrophe, or with it, that only says what is asked: "whats",
     * "hows", "dont", "isn't", "wont". Read from the word's shape (a function word plus "s" or "nt"),
     * not from a list of spellings.
     */
    private static boolean chatContraction(String token) {
        char last = token.isEmpty() ? ' ' : token.charAt(token.length() - 1);
        if (last != 's' && last != 't' && last != 'e' && last != 'l') {
            return false;
        }
        String t = token.indexOf('\'') < 0 && token.indexOf('’') < 0 ? token : token.replace("'", "").replace("’", "");
        if (t.length() < 3) {
            return false;
        }
        if (t.endsWith("s") && STOPWORDS.contains(t.substring(0, t.length() - 1)) && QUESTION_WORDS.contains(t.substring(0, t.length() - 1))) {
            return true;
        }
        if (t.endsWith("nt")) {
            String base = t.substring(0, t.length() - 2);
            return STOPWORDS.contains(base) || STOPWORDS.contains(base + "n") || base.equals("wo") || base.equals("ca")
                    || base.equals("sha");
        }
        String base = t.substring(0, t.length() - 2);
        return t.endsWith("re") && Set.of("they", "we", "you", "what", "who", "there").contains(base)
                || t.endsWith("ll") && Set.of("it", "they", "you", "that", "there", "what", "who").contains(base)
                || t.endsWith("ve") && Set.of("they", "we", "you", "i", "would", "could", "should", "might", "must").contains(base);
    }

    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "when", "where", "why", "how", "which", "that", "there",
            "it", "he", "here");

    /** The stem of one word as written: folded, then stemmed ("Signed": "sign"). */
    public static String stemOf(String word) {
        return Stemmer.stem(fold(word));
    }

    /** Lower case without diacritics, so "Shinzō" and "Shinzo" meet. */
    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String stripPossessive(String token) {
        if (token.endsWith("'s")) {
            return token.substring(0, token.length() - 2);
        }
        return token;
    }
}
