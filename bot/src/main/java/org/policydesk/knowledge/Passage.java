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
 * @param page      the page its paragraph starts on, in a paged document (a PDF); 0 otherwise
 * @param pageParagraph the paragraph's number on that page; 0 where there are no pages
 */
public record Passage(String id, String documentId, int ordinal, int paragraph, int start, int end, String text,
        String context, int page, int pageParagraph) {

    public Passage(String id, String documentId, int ordinal, int paragraph, int start, int end, String text, String context) {
        this(id, documentId, ordinal, paragraph, start, end, text, context, 0, 0);
    }

    /** Where a reader finds it: "¶9", or in a paged document "p. 4, ¶2" (the second paragraph of page 4). */
    public String location() {
        return location(paragraph, page, pageParagraph);
    }

    public static String location(int paragraph, int page, int pageParagraph) {
        return page > 0 ? "p. " + page + ", ¶" + pageParagraph : "¶" + paragraph;
    }

    /** The passage's sentences, as they are embedded and quoted. */
    public java.util.List<org.policydesk.text.Sentences.Span> sentences() {
        java.util.List<org.policydesk.text.Sentences.Span> all = org.policydesk.text.Sentences.split(text);
        // "Obstacles to a Settlement. Resolution of the conflict…": a run-in heading is no sentence to quote.
        return inlineHeading(all).isEmpty() ? all : all.subList(1, all.size());
    }

    private static String inlineHeading(java.util.List<org.policydesk.text.Sentences.Span> all) {
        return all.size() > 1 && isRunInHeading(all.get(0).text()) ? all.get(0).text() : "";
    }

    /** Whether a sentence is a heading run into the text: "Obstacles to a Settlement.", "Small Steps Policy." */
    public static boolean isRunInHeading(String sentence) {
        return INLINE_HEADING.matcher(sentence.strip()).matches();
    }

    /** A few capitalised words (function words aside) and a full stop, with no comma or verb-like ending. */
    private static final java.util.regex.Pattern INLINE_HEADING = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|and|the|a|an|to|for|in|on|with)\\s+)*\\p{Lu}[\\p{L}’'-]*){1,5}\\.");

    /** What the embedding model sees of each sentence: the sentence with its abbreviations spelled out. */
    public java.util.List<String> sentenceEmbeddingTexts() {
        String heading = inlineHeading(org.policydesk.text.Sentences.split(text));
        java.util.List<String> texts = new java.util.ArrayList<>(
                sentences().stream().map(s -> Glossary.withLongForms(s.text(), context)).toList());
        if (!heading.isEmpty() && !texts.isEmpty()) {
            // The heading still says what the paragraph is about: its first sentence is matched with it.
            texts.set(0, heading + " " + texts.get(0));
        }
        return java.util.List.copyOf(texts);
    }
}
