package org.policydesk.eval;

import java.util.Collection;
import java.util.List;
import org.policydesk.text.Terms;

/**
 * Loose text containment for scoring: case, accents, quotes and spacing do not matter, and a hyphen parts words
 * ("…sides-through these consultations-no later than early 2018" holds "no later than early 2018").
 */
public final class Snippets {

    private Snippets() {}

    public static String normalize(String text) {
        return String.join(" ", Terms.tokens(text.replace('’', '\'').replace('-', ' ')));
    }

    public static boolean containsAny(String text, Collection<String> snippets) {
        String haystack = " " + normalize(text);
        return snippets.stream().anyMatch(s -> haystack.contains(" " + normalize(s)));
    }

    /** True when {@code text} holds one alternative of every group. */
    public static boolean satisfiesAll(String text, List<List<String>> groups) {
        return groups.stream().allMatch(group -> containsAny(text, group));
    }
}
