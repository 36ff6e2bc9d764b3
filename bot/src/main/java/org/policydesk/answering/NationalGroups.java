package org.policydesk.answering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.policydesk.text.Stemmer;
import org.policydesk.text.Terms;

/**
 * Nouns qualified by a people ("Japanese diplomats", "Russian and Japanese companies"): whose they
 * are is part of what is said of them. A sentence about Russian diplomats says nothing of Japanese
 * ones, however many words it shares with a question about them ("did Russia expel Japanese
 * diplomats?" against "Japan did not expel Russian diplomats").
 */
final class NationalGroups {

    /** What a question asks about and what a sentence speaks of instead, as written. */
    record Conflict(String asked, String stated) {}

    /** A noun and the peoples that qualify it, as written in one place ("Russian diplomats"). */
    private record Group(String noun, Set<String> peoples, String text) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*");
    private static final Set<String> COORDINATION = Set.of("and", "or", "&");
    /** Nouns for a people's members, which the people's plural names as well ("Russian citizens" are "Russians"). */
    private static final Set<String> PEOPLE_NOUNS = Stemmer.stemsOf("citizens", "people", "nationals", "residents",
            "individuals", "persons");

    private NationalGroups() {}

    /**
     * Where the chosen sentences, read together, give what the question asks of one people's group only to
     * another's ("Russian diplomats" for "Japanese diplomats"), the first such pair.
     */
    static Optional<Conflict> inQuote(QuestionAnalysis analysis, List<ScoredSentence> chosen) {
        Set<String> peoples = new HashSet<>();
        analysis.constraints().stream().map(QuestionAnalysis.Constraint::text)
                .filter(EntityLexicon::isDemonym).forEach(peoples::add);
        if (peoples.isEmpty() || chosen.isEmpty()) {
            return Optional.empty();
        }
        return between(analysis.text(), peoples, String.join(" ", chosen.stream().map(ScoredSentence::text).toList()));
    }

    /**
     * Where the question asks about a people's noun that the sentence gives only to other peoples,
     * the two phrases.
     *
     * @param questionPeoples the question's names that are peoples' adjectives, as it writes them
     *                        (a question may type "japanese" in lower case)
     */
    static Optional<Conflict> between(String question, Set<String> questionPeoples, String sentence) {
        Set<String> asked = new HashSet<>();
        questionPeoples.forEach(p -> asked.add(Terms.fold(p)));
        List<Group> questionGroups = groups(question, t -> asked.contains(Terms.fold(t)));
        List<Group> sentenceGroups = groups(sentence, t -> EntityLexicon.DEMONYM.matcher(t).matches());
        Set<String> peoplesNamed = new HashSet<>();
        Terms.tokens(sentence).stream().filter(t -> t.endsWith("s")).forEach(t -> peoplesNamed.add(t.substring(0, t.length() - 1)));
        for (Group q : questionGroups) {
            // "Which Russian company gets technology from Japanese companies?" asks of both peoples' companies.
            Set<String> peoples = new HashSet<>();
            questionGroups.stream().filter(g -> g.noun().equals(q.noun())).forEach(g -> peoples.addAll(g.peoples()));
            if (PEOPLE_NOUNS.contains(q.noun()) && peoples.stream().anyMatch(peoplesNamed::contains)) {
                // "Russian citizens" are "Russians": "…liberated the visa regime for Russians" speaks of them.
                continue;
            }
            List<Group> same = sentenceGroups.stream().filter(g -> g.noun().equals(q.noun())).toList();
            // Where the sentence also writes the noun without a people ("the Russian state-owned power company"), it may be theirs.
            long written = Terms.tokens(sentence).stream().filter(t -> Stemmer.stem(t).equals(q.noun())).count();
            if (!same.isEmpty() && same.size() == written && same.stream().noneMatch(g -> g.peoples().stream().anyMatch(peoples::contains))) {
                return Optional.of(new Conflict(q.text(), same.get(0).text()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word goes on a name: the word right before it is capitalised, and not only because it opens a sentence
     * ("Which Japanese diplomats…").
     */
    private static boolean insideName(String text, MatchResult before, MatchResult word) {
        return Character.isUpperCase(before.group().charAt(0)) && text.substring(before.end(), word.start()).isBlank()
                && !SENTENCE_START.matcher(text.substring(0, before.start())).matches();
    }

    private static final Pattern SENTENCE_START = Pattern.compile("(?s)\\W*|.*[.!?:;]\\W*");

    /**
     * The nouns a text qualifies by peoples: "Russian and Japanese companies" gives both peoples to "companies". A
     * capitalised word after the people begins a name ("Japanese Bank for International Cooperation"), no group.
     */
    private static List<Group> groups(String text, Predicate<String> isPeople) {
        List<MatchResult> tokens = TOKEN.matcher(text).results().toList();
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).group();
            // "Russo-Japanese" is the two together, no one people's; "the Eastern Siberia-Pacific Ocean pipeline" is a name's.
            if (token.contains("-") || !isPeople.test(token) || i > 0 && insideName(text, tokens.get(i - 1), tokens.get(i))) {
                continue;
            }
            Set<String> peoples = new HashSet<>();
            int start = tokens.get(i).start();
            int j = i;
            peoples.add(Terms.fold(token));
            while (j + 2 < tokens.size() && COORDINATION.contains(Terms.fold(tokens.get(j + 1).group()))
                    && isPeople.test(tokens.get(j + 2).group())) {
                j += 2;
                peoples.add(Terms.fold(tokens.get(j).group()));
            }
            if (j + 1 >= tokens.size()) {
                break;
            }
            String word = tokens.get(j + 1).group();
            String noun = Terms.fold(word);
            if (!Terms.isStopword(noun) && noun.chars().allMatch(Character::isLetter) && !Character.isUpperCase(word.charAt(0))) {
                out.add(new Group(Stemmer.stem(noun), peoples, text.substring(start, tokens.get(j + 1).end())));
            }
            i = j;
        }
        return out;
    }
}
