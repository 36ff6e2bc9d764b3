package org.policydesk.text;

import java.util.Set;

/** Words of the same meaning as a word, as a dictionary of the language gives them. */
@FunctionalInterface
public interface Thesaurus {

    /** One that knows no word. */
    Thesaurus NONE = word -> Set.of();

    /**
     * Lower-case single words that mean what this word means in its common senses, or that name the
     * same act or thing in another part of speech ("build": "construct", "construction"); never the word itself.
     */
    Set<String> sameMeaning(String lowerCaseWord);

    /**
     * The dictionary forms of an inflected word ("lent": "lend", "isles": "isle"), never the word itself; empty
     * for a word that is its own dictionary form or that the dictionary does not know.
     */
    default Set<String> baseForms(String lowerCaseWord) {
        return Set.of();
    }

    /**
     * Lower-case single words one step broader or narrower than this word in its common senses ("money": "fund",
     * "currency"; "fleet": "navy"), never the word itself.
     */
    default Set<String> broaderOrNarrower(String lowerCaseWord) {
        return Set.of();
    }

    /** Lower-case single words of the opposite meaning in any sense ("large": "small", "allow": "forbid", "prohibit"). */
    default Set<String> opposites(String lowerCaseWord) {
        return Set.of();
    }

    /**
     * Whether the dictionary knows this word, typed in lower case, only as a name ("qatar": Qatar), in none of its
     * senses as a common word ("china", "turkey" are both).
     */
    default boolean onlyAName(String lowerCaseWord) {
        return false;
    }

    /** Whether the dictionary knows this word, or the inflected form of one, as a common word ("lenders", "soldiers"). */
    default boolean knowsAsCommonWord(String lowerCaseWord) {
        return false;
    }
}
