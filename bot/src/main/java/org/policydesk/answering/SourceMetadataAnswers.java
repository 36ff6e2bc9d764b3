package org.policydesk.answering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.retrieval.ScoredPassage;

/**
 * Questions about a source rather than its subject ("Who wrote the EWI commentary?", "When was
 * Benedyczak's paper published?") are answered from the documents' metadata, each source cited by
 * its first passage at hand. The source is the one the question names, else the one its best
 * passages come from.
 */
final class SourceMetadataAnswers {

    private static final Pattern AUTHOR = Pattern.compile(
            "(?i)\\b(who|that|which \\S+( \\S+)?) (wrote|authored|co-?authored|co-?wrote|penned|is behind)\\b"
                    + "|\\bwho (is|are|was|were) the (authors?|writers?)\\b|\\b(authors?|writers?) of\\b|\\bwritten by\\b|\\bby whom\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\bwhen (was|were|is) .{0,60}\\b(published|written|released|issued|dated)\\b|\\bpublication date\\b"
                    + "|\\bhow (old|recent) (is|are) (the|these|this) (sources?|documents?|papers?|commentary|article|analysis)\\b");
    private static final Pattern OUTLET = Pattern.compile(
            "(?i)\\bwhere (was|were) .{0,60}\\b(published|printed)\\b|\\bwhere did .{0,60}\\bappear\\b"
                    + "|\\bwhich (outlet|newspaper|daily|journal|magazine|periodical|publication|publisher|institute)\\b");

    private SourceMetadataAnswers() {}

    static boolean asks(String question) {
        return AUTHOR.matcher(question).find() || PUBLISHED.matcher(question).find() || OUTLET.matcher(question).find();
    }

    static Optional<Answer> answer(Question question, Evidence evidence) {
        String text = question.text();
        Optional<Answer> whoTheAuthorIs = authorAskedAbout(text, evidence);
        if (whoTheAuthorIs.isPresent()) {
            return whoTheAuthorIs;
        }
        boolean author = AUTHOR.matcher(text).find();
        boolean date = PUBLISHED.matcher(text).find();
        boolean outlet = OUTLET.matcher(text).find();
        if (!author && !date && !outlet) {
            return Optional.empty();
        }
        // The sources the question names; else, for "both documents", every source at hand; else the best passage's.
        Set<String> named = evidence.profile().namedDocuments();
        boolean every = named.isEmpty() && evidence.profile().multiDocument();
        List<String> documents = evidence.passages().stream().map(p -> p.document().id())
                .filter(id -> named.isEmpty() || named.contains(id)).distinct().limit(named.isEmpty() && !every ? 1 : Long.MAX_VALUE).toList();
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ScoredPassage> sources = new LinkedHashMap<>();
        documents.forEach(id -> sources.put(id, firstAtHand(evidence, id)));
        CitedText out = new CitedText();
        List<String> lines = new ArrayList<>();
        for (ScoredPassage p : sources.values()) {
            DocumentMetadata d = p.document();
            StringBuilder line = new StringBuilder("“" + d.title() + "”");
            if (author || d.authors().isEmpty()) {
                line.append(d.authors().isEmpty() ? " names no author" : " is by " + names(d.authors()));
            }
            if (outlet || author) {
                String where = String.join(", ", java.util.stream.Stream.of(d.publisher(), d.outlet()).filter(s -> !s.isBlank()).toList());
                if (!where.isEmpty()) {
                    line.append(author ? " (" + where + ")" : " was published by " + where);
                }
            }
            line.append(author || outlet ? ", dated " : " is dated ").append(d.published().label());
            line.append(". ").append(out.marker(p.source()));
            lines.add(line.toString());
        }
        out.append(String.join("\n", lines));
        return Optional.of(new Answer(text, true, out.text(), AnswerMode.EXTRACTIVE, out.citations(),
                "From the documents' catalogue entries (title, authors, publisher, date).", 0));
    }

    /**
     * A question asking who an author is, whom no passage at hand mentions: the catalogue says what
     * they wrote. (One the text describes, as a commentary does its author, is answered from the text.)
     */
    private static Optional<Answer> authorAskedAbout(String text, Evidence evidence) {
        Optional<String> who = QuestionAnalysis.identityAsked(text, true);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        List<String> asked = org.policydesk.text.Terms.contentTerms(who.get());
        if (asked.isEmpty() || evidence.passages().stream().anyMatch(p -> org.policydesk.text.Terms.contentTerms(p.passage().text()).containsAll(asked))) {
            return Optional.empty();
        }
        for (ScoredPassage p : evidence.passages()) {
            for (String author : p.document().authors()) {
                List<String> authorWords = org.policydesk.text.Terms.contentTerms(author);
                if (authorWords.containsAll(asked) && asked.contains(authorWords.get(authorWords.size() - 1))) {
                    CitedText out = new CitedText();
                    DocumentMetadata d = p.document();
                    ScoredPassage first = firstAtHand(evidence, d.id());
                    out.append(author + " is " + (d.authors().size() == 1 ? "the author" : "an author") + " of “" + d.title() + "”, dated "
                            + d.published().label() + ". " + out.marker(first.source())
                            + "\nThe passages found say nothing more about " + author + ".");
                    return Optional.of(new Answer(text, true, out.text(), AnswerMode.EXTRACTIVE, out.citations(),
                            "From the documents' catalogue entries (title, authors, publisher, date).", 0));
                }
            }
        }
        return Optional.empty();
    }

    /** A source is cited by its first passage at hand, the nearest its title. */
    private static ScoredPassage firstAtHand(Evidence evidence, String documentId) {
        return evidence.passages().stream().filter(p -> p.document().id().equals(documentId))
                .min(java.util.Comparator.comparingInt(p -> p.passage().ordinal())).orElseThrow();
    }

    private static String names(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }
}
