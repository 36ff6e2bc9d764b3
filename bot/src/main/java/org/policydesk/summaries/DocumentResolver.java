package org.policydesk.summaries;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.text.Terms;

/**
 * Finds the document a user means: by id, by title, or by a close match on the words of its title,
 * authors, outlet and year ("benedyczak", "the EWI commentary", "japan russia ties").
 */
public final class DocumentResolver {

    private static final double MIN_MATCH = 0.5;

    private DocumentResolver() {}

    public static Optional<DocumentMetadata> resolve(String query, List<DocumentMetadata> documents) {
        String wanted = normalize(query);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentMetadata d : documents) {
            if (d.id().equalsIgnoreCase(query.strip()) || normalize(d.title()).equals(wanted)) {
                return Optional.of(d);
            }
        }
        Set<String> queryWords = new HashSet<>(Terms.contentTerms(query));
        if (queryWords.isEmpty()) {
            return Optional.empty();
        }
        record Match(DocumentMetadata document, double score) {}
        List<Match> matches = documents.stream()
                .map(d -> new Match(d, score(queryWords, d)))
                .filter(m -> m.score() >= MIN_MATCH)
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .toList();
        if (matches.isEmpty() || (matches.size() > 1 && matches.get(1).score() == matches.get(0).score())) {
            return Optional.empty();
        }
        return Optional.of(matches.get(0).document());
    }

    /** The list an error shows: "ewi-2016 — Improving Japan-Russia Ties (4 May 2016)". */
    public static String listing(List<DocumentMetadata> documents) {
        return String.join("; ", documents.stream()
                .map(d -> d.id() + " — " + d.title() + " (" + d.published().label() + ")").toList());
    }

    /** The share of the query's words found among the document's descriptive words. */
    private static double score(Set<String> queryWords, DocumentMetadata d) {
        Set<String> described = new HashSet<>(Terms.contentTerms(String.join(" ", d.title(), d.id().replace('-', ' '),
                String.join(" ", d.authors()), d.publisher(), d.outlet(), d.published().label())));
        described.addAll(Terms.contentTerms(d.publisher().replaceAll("[()]", " ")));
        long found = queryWords.stream().filter(w -> described.contains(w) || described.stream().anyMatch(x -> close(w, x))).count();
        return (double) found / queryWords.size();
    }

    private static boolean close(String a, String b) {
        return a.length() >= 5 && b.length() >= 5 && (a.startsWith(b) || b.startsWith(a));
    }

    private static String normalize(String text) {
        return String.join(" ", Terms.tokens(text));
    }
}
