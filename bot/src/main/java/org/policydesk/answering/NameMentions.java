package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.store.KnowledgeSnapshot;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.text.Terms;

/** Where the keyword index finds a name: as FTS5 queries safe whatever the name holds, and by source. */
final class NameMentions {

    /** How many passages naming something are enough to stop looking for which sources name it. */
    static final int PROBE = 50;

    private NameMentions() {}

    /** The name's words as one phrase. */
    static String phrase(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : "\"" + String.join(" ", words) + "\"";
    }

    /**
     * The name's words together, with at most one other word among them: "United States Program" is the
     * documents' "United States (CEAUS) Program".
     */
    static String nearly(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : "NEAR(\"" + String.join("\" \"", words) + "\", " + (words.size() - 1) + ")";
    }

    /** A text's words as the keyword index splits them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : Terms.tokens(text)) {
            for (String part : token.split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /**
     * Of these sources, those that never mention one of these names, with the names. A name more than
     * {@link #PROBE} passages mention is taken as mentioned by all; one none mentions, by none is left to
     * the question's missing names.
     */
    static Map<DocumentMetadata, List<String>> unmentioned(KnowledgeSnapshot snapshot, List<String> names,
            List<DocumentMetadata> sources) {
        Map<DocumentMetadata, List<String>> unmentioned = new LinkedHashMap<>();
        for (String name : names) {
            List<RankedRow> rows = snapshot.keywordSearch(phrase(name), PROBE);
            if (rows.isEmpty() || rows.size() >= PROBE) {
                continue;
            }
            Set<String> mentioning = new HashSet<>();
            snapshot.passages(rows.stream().map(RankedRow::rowid).toList()).values().forEach(p -> mentioning.add(p.document().id()));
            sources.stream().filter(d -> !mentioning.contains(d.id()))
                    .forEach(d -> unmentioned.computeIfAbsent(d, k -> new ArrayList<>()).add(name));
        }
        return Map.copyOf(unmentioned);
    }
}
