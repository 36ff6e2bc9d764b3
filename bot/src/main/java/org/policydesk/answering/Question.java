package org.policydesk.answering;

import java.util.List;

/**
 * A question as asked, with the recent turns of its conversation (oldest first), if any.
 * The text is untrusted: it is searched for and quoted, never obeyed.
 */
public record Question(String text, List<Turn> history) {

    public Question {
        history = List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }

    private static final java.util.regex.Pattern ELLIPTICAL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(and|but|also|then|so|what about|how about|what of|same for)\\b"
                    + "|\\b(there|they|them|it|its|that|those|these|this|he|she|his|her)\\b");

    /**
     * What the question means in its conversation. A follow-up that leans on what came before
     * ("And what about oil?", "Which jets are stationed there?") is read with the previous
     * question; a question that stands on its own is read alone.
     */
    public String inContext() {
        if (history.isEmpty() || !isElliptical()) {
            return text;
        }
        return text + " " + history.get(history.size() - 1).question();
    }

    /** Whether the question refers to something it does not name, so may lean on the conversation before it. */
    public boolean leansOnHistory() {
        return !history.isEmpty() && isElliptical();
    }

    private boolean isElliptical() {
        return ELLIPTICAL.matcher(text).find() || org.policydesk.text.Terms.contentTerms(text).size() <= 2;
    }
}
