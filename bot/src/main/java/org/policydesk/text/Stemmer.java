package org.policydesk.text;

/**
 * A light English suffix stemmer, used to compare words between a question and a sentence
 * ("sanctions" ~ "sanctioned", "deploy" ~ "deployed"). Retrieval itself relies on SQLite's porter
 * tokenizer; this only has to agree with itself.
 */
public final class Stemmer {

    private static final String[] SUFFIXES = {
            "ational", "ization", "fulness", "iveness", "ations", "ation", "ments", "ment", "ings", "ing",
            "ies", "ied", "edly", "ed", "ers", "er", "es", "ly", "s"};

    private Stemmer() {}

    public static String stem(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String base = word.substring(0, word.length() - suffix.length());
                if (suffix.equals("ies") || suffix.equals("ied")) {
                    return base + "y";
                }
                if (suffix.equals("s") && (base.endsWith("s") || base.endsWith("u") || base.endsWith("i"))) {
                    return word;
                }
                return undouble(base);
            }
        }
        return word;
    }

    private static String undouble(String base) {
        int n = base.length();
        if (n >= 4 && base.charAt(n - 1) == base.charAt(n - 2) && "lsz".indexOf(base.charAt(n - 1)) < 0
                && !isVowel(base.charAt(n - 1))) {
            return base.substring(0, n - 1);
        }
        if (base.endsWith("e") && n > 4) {
            return base.substring(0, n - 1);
        }
        return base;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
