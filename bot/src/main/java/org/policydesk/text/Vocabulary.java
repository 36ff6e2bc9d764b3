package org.policydesk.text;

/**
 * Whether a word is a common word of the language. Capitals say nothing about a word that opens a
 * sentence ("First, …", "Novatek, …"), so when that is the only way the documents write it, a word
 * the general vocabulary knows is read as a common word, and one it does not as a name.
 */
@FunctionalInterface
public interface Vocabulary {

    /** Whether a lower-case word is one the vocabulary holds as a whole. */
    boolean holds(String lowerCaseWord);
}
