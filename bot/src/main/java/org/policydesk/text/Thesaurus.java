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
}
