package org.policydesk.knowledge;

/**
 * The unit that is indexed, retrieved and cited: a paragraph, or a sentence-aligned part of a long one.
 *
 * @param id        stable citation key, "{document}:p{paragraph}" or "{document}:p{paragraph}.{part}"
 * @param ordinal   position among the document's passages, from 0
 * @param start     start of the passage in the document body (inclusive)
 * @param end       end of the passage in the document body (exclusive)
 * @param context   what the passage means in its document but does not say: the title, and the
 *                  long forms of abbreviations it uses; indexed for search, never quoted
 */
public record Passage(String id, String documentId, int ordinal, int paragraph, int start, int end, String text,
        String context) {

    /** The passage's sentences, as they are embedded and quoted. */
    public java.util.List<org.policydesk.text.Sentences.Span> sentences() {
        return org.policydesk.text.Sentences.split(text);
    }

    /** What the embedding model sees of each sentence: the sentence with its abbreviations spelled out. */
    public java.util.List<String> sentenceEmbeddingTexts() {
        return sentences().stream().map(s -> Glossary.withLongForms(s.text(), context)).toList();
    }
}
