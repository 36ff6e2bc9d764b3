package org.policydesk.answering;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.text.Terms;

/**
 * Words the documents write apart that a question may write as one ("hand over" typed as "handover", "cease fire" as
 * "ceasefire"): two neighbouring words of a sentence, joined, that the documents never write as one word. Learnt from
 * the documents, not from a list of compounds.
 */
final class OpenCompounds {

    /** A word and the word after it, with nothing but space between (the second read ahead, so pairs overlap). */
    private static final Pattern NEIGHBOURS = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(\\p{L}{2,})\\s+(?=(\\p{L}{2,})(?![\\p{L}\\p{N}'’-]))");
    /** A joined word shorter than this is as likely a word of its own ("into", "onto"). */
    static final int MIN_LETTERS = 6;

    private final Map<String, String> apart;

    private OpenCompounds(Map<String, String> apart) {
        this.apart = apart;
    }

    /** @param documentWords the documents' words, lower-cased: a pair the documents also write as one word is no compound */
    static OpenCompounds learn(Iterable<String> texts, java.util.Set<String> documentWords) {
        Map<String, String> apart = new HashMap<>();
        for (String text : texts) {
            Matcher m = NEIGHBOURS.matcher(text);
            while (m.find()) {
                String first = Terms.fold(m.group(1));
                String second = Terms.fold(m.group(2));
                String joined = first + second;
                if (joined.length() >= MIN_LETTERS && !documentWords.contains(joined)) {
                    apart.putIfAbsent(joined, first + " " + second);
                }
            }
        }
        return new OpenCompounds(Map.copyOf(apart));
    }

    /** The two words the documents write for a word they never write as one ("handover": "hand over"), or empty. */
    Optional<String> apart(String word) {
        return Optional.ofNullable(apart.get(word));
    }
}
