package org.policydesk.answering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;
import org.policydesk.text.Vocabulary;

/**
 * Words in a question that point at one source rather than at a subject: an author's surname, or
 * an acronym or name of its publisher or outlet ("the EWI commentary", "what does Benedyczak
 * argue"). A question that names a source is answered from that source, and the naming words are
 * not part of what the answer must cover.
 */
final class SourceReferences {

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,9}\\b");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");
    private static final Pattern GENRE = Pattern.compile("\\b" + QuestionProfile.SOURCE_NOUN + "\\b");

    /** The documents a question names, and the stems it names them with. */
    record Named(Set<String> documentIds, Set<String> stems) {
        static final Named NONE = new Named(Set.of(), Set.of());
    }

    /** "the 2018 paper", "the 2016 and 2018 texts": years that say which source, not what happened then. */
    private static final Pattern DATED_SOURCE = Pattern.compile("(?i)\\b((?:1[89]\\d\\d|20\\d\\d)(?:\\s*(?:,|and|or|&|/)\\s*(?:1[89]\\d\\d|20\\d\\d))*)\\s+("
            + QuestionProfile.SOURCE_NOUN + ")\\b");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    private final Map<String, Set<String>> byStem = new HashMap<>();
    private final Map<String, Set<String>> byYear = new HashMap<>();

    /**
     * An index of the naming words of these documents; build it once per knowledge base.
     *
     * @param language common words, which do not name a publisher or outlet ("Asian" of "Nikkei Asian Review")
     */
    SourceReferences(List<DocumentMetadata> documents, Vocabulary language) {
        for (DocumentMetadata d : documents) {
            for (String stem : distinctiveStems(d, language)) {
                byStem.computeIfAbsent(stem, s -> new HashSet<>()).add(d.id());
            }
            byYear.computeIfAbsent(d.published().year(), y -> new HashSet<>()).add(d.id());
        }
    }

    Named in(String question) {
        Set<String> ids = new HashSet<>();
        Set<String> stems = new HashSet<>();
        // Words for the sources ("commentary") are stop words to matching, not to naming.
        List<String> words = new java.util.ArrayList<>(Terms.indexStems(question));
        GENRE.matcher(Terms.fold(question)).results().forEach(m -> words.add(Stemmer.stem(m.group())));
        for (String stem : words) {
            Set<String> owners = byStem.get(stem);
            if (owners != null && owners.size() == 1) {
                ids.addAll(owners);
                stems.add(stem);
            }
        }
        Matcher dated = DATED_SOURCE.matcher(question);
        while (dated.find()) {
            Matcher year = YEAR.matcher(dated.group(1));
            while (year.find()) {
                Set<String> owners = byYear.get(year.group());
                if (owners != null && owners.size() == 1) {
                    ids.addAll(owners);
                    stems.add(year.group());
                    stems.addAll(Terms.indexStems(dated.group(2)));
                }
            }
        }
        return ids.isEmpty() ? Named.NONE : new Named(ids, stems);
    }

    /** Author surnames, and acronyms, proper names and kind of text of the publisher and outlet. */
    private static Set<String> distinctiveStems(DocumentMetadata d, Vocabulary language) {
        Set<String> stems = new HashSet<>();
        for (String author : d.authors()) {
            String[] words = author.strip().split("\\s+");
            stems.add(Terms.stemOf(words[words.length - 1]));
        }
        for (String field : List.of(d.publisher(), d.outlet())) {
            // "EastWest Institute (EWI), commentary": the kind of text it is names it too, if no other source is of that kind.
            GENRE.matcher(field).results().forEach(m -> stems.add(Terms.stemOf(m.group())));
            for (Pattern p : List.of(ACRONYM, NAME)) {
                Matcher m = p.matcher(field);
                while (m.find()) {
                    String word = Terms.fold(m.group());
                    if (!Terms.isStopword(word) && (p == ACRONYM || !language.holds(word))) {
                        stems.add(Stemmer.stem(word));
                    }
                }
            }
        }
        return stems;
    }
}
