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

    /**
     * The text to retrieve with: a follow-up ("and what about energy?") borrows the previous
     * question's words, so the thread's subject stays in the search.
     */
    public String searchText() {
        if (history.isEmpty()) {
            return text;
        }
        return text + " " + history.get(history.size() - 1).question();
    }
}
