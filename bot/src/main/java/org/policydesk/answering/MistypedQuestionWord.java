package org.policydesk.answering;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Terms;

/**
 * A question opened with its question word typed a letter short or with two letters swapped ("wat is a2ad",
 * "whn did…", "hw many…", "waht…"), read with that word. Only these two slips, which chat makes most often, and
 * only when one question word fits: "ho" is "how" or "who", so it stays as typed. A word the documents use, or
 * one of the language's function words ("now", "hi"), is never respelt. Chat's "y" before the verb that asks is "why".
 */
final class MistypedQuestionWord {

    private static final List<String> QUESTION_WORDS = List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how");
    private static final Pattern OPENING = Pattern.compile("^(\\W*)(\\p{L}{2,5})(?=\\s+\\S)");

    /** "y did obama…", "y cant russia…": chat's "y" for "why", before the verb that asks. */
    private static final Pattern CHAT_WHY = Pattern.compile("(?i)^(\\W*)y(?=\\s+(?:do|does|did|is|are|was|were|can|cant|can['’]t|could|"
            + "would|should|has|have|had|will|wont|won['’]t|dont|don['’]t|doesnt|doesn['’]t|didnt|didn['’]t|isnt|isn['’]t|arent|aren['’]t)\\b)");

    private MistypedQuestionWord() {}

    /** @param documentWords the documents' words, lower-cased */
    static String respelled(String question, Set<String> documentWords) {
        Matcher why = CHAT_WHY.matcher(question);
        if (why.find()) {
            return why.replaceFirst("$1why");
        }
        Matcher m = OPENING.matcher(question);
        if (!m.find()) {
            return question;
        }
        String typed = Terms.fold(m.group(2));
        if (QUESTION_WORDS.contains(typed) || Terms.isStopword(typed) || documentWords.contains(typed)) {
            return question;
        }
        List<String> fitting = fitting(typed);
        String ending = "";
        if (fitting.isEmpty() && typed.endsWith("s")) {
            // "wats the point…": a contraction typed without its apostrophe keeps its "s".
            fitting = fitting(typed.substring(0, typed.length() - 1));
            ending = "s";
        }
        return fitting.size() == 1 ? m.group(1) + fitting.get(0) + ending + question.substring(m.end(2)) : question;
    }

    private static List<String> fitting(String typed) {
        return QUESTION_WORDS.stream().filter(w -> oneLetterShort(typed, w) || neighboursSwapped(typed, w)).toList();
    }

    private static boolean oneLetterShort(String typed, String word) {
        if (typed.length() + 1 != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((word.substring(0, i) + word.substring(i + 1)).equals(typed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean neighboursSwapped(String typed, String word) {
        if (typed.length() != word.length()) {
            return false;
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            if ((word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)).equals(typed)) {
                return true;
            }
        }
        return false;
    }
}
