package org.policydesk.answering;

import java.util.regex.Pattern;

/** Whether a sentence leans on the one before it, so that quoting it alone would lose what it refers to. */
public final class Anaphora {

    /**
     * A sentence that opens with a pronoun, a demonstrative or a connective, or with a clause whose
     * subject is elsewhere ("After obtaining…"), leans on the sentence before it; so does one that
     * refers back anywhere ("…stationed there", "…can supply both", "such joint development").
     */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(It|Its|This|These|That|Those|They|Their|Them|Such|He|She|His|Her|The latter|The former|Both|However|But|Then|"
                    + "Thus|Therefore|Moreover|Furthermore|In addition|Also|As a result|Consequently|Instead|Still|Yet|Nevertheless|"
                    + "In this sense|In turn|For example|For instance|In particular|Despite this|Despite that|Even so|Indeed|Above all|Finally|Probably|"
                    + "(After|Before|By|Upon|On|Having|When|While) \\p{Ll}+ing)\\b"
                    // "There, meetings in Osaka and Tokyo were announced": the place is the one the sentence before names.
                    + "|^(There|Here),"
                    + "|\\b(there(?!\\s+(is|are|was|were|have|has|had|will|would|may|might|could)\\b)|such(?!\\s+as\\b)|the latter|the former|these|those|this (?!year|month|week)\\p{Ll}+|the (latter|former)|"
                    + "(?i:the countries|the proposals?|the project|the agreement|the systems|the leaders|the talks))\\b"
                    // "The leaders, however, announced…": a contrast with what the sentence before said.
                    + "|^[^,]{1,40},\\s+however,|\\bboth\\b(?!\\s+(the\\s+)?\\p{L}+s\\b)");
    /** A sentence that opens by saying it tells what came of the one before: "As a result, …". */
    static final Pattern TELLS_OUTCOME = Pattern.compile("^(As a result|As a consequence|Consequently|In response|Therefore|Thus|Hence)\\b");
    /** An existential "There is…" opens a sentence without leaning on anything. */
    private static final Pattern EXISTENTIAL = Pattern.compile("^There (is|are|was|were|have been|has been)\\b");
    /** How many sentences back a quote follows a chain of sentences that lean on the one before. */
    public static final int ANTECEDENTS_QUOTED = 2;

    private Anaphora() {}

    /** Whether a sentence refers to something only the sentence before it names. */
    public static boolean leansBack(String sentence) {
        String text = EXISTENTIAL.matcher(sentence).replaceFirst("");
        return LEANS_BACK.matcher(text).find();
    }
}
