package org.policydesk.retrieval;

import java.util.List;
import java.util.stream.Collectors;
import org.policydesk.text.Terms;

/**
 * Builds an FTS5 MATCH expression from free text. The text is never passed through: it is reduced
 * to its content words, each quoted as an FTS5 string, and OR-ed, so that quotes, brackets,
 * operators (AND, NEAR, *) and column filters in a question are just words.
 */
public final class FtsQuery {

    static final int MAX_TERMS = 32;

    private FtsQuery() {}

    public static String from(String text) {
        List<String> terms = Terms.contentTerms(text);
        return terms.stream()
                .limit(MAX_TERMS)
                .map(term -> "\"" + term.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" OR "));
    }
}
