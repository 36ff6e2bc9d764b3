package org.policydesk.knowledge.ingestion;

import java.util.ArrayList;
import java.util.List;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Glossary;
import org.policydesk.knowledge.Paragraph;
import org.policydesk.knowledge.Passage;
import org.policydesk.text.Sentences;

/**
 * Cuts a document into passages along its own paragraphs, so a citation names a paragraph a reader
 * can find. A paragraph longer than {@code maxChars} is split at sentence boundaries into parts of
 * roughly equal length; a sentence longer than that, at spaces.
 */
public final class PassageSplitter {

    private final int maxChars;

    public PassageSplitter(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Passage> split(Document document) {
        List<Passage> passages = new ArrayList<>();
        Glossary glossary = Glossary.of(document.body());
        for (Paragraph paragraph : document.paragraphs()) {
            List<int[]> parts = parts(paragraph.text());
            for (int i = 0; i < parts.size(); i++) {
                int[] part = parts.get(i);
                String id = document.id() + ":p" + paragraph.number() + (parts.size() > 1 ? "." + (i + 1) : "");
                String text = paragraph.text().substring(part[0], part[1]);
                List<String> context = new ArrayList<>();
                context.add(document.metadata().title());
                context.addAll(glossary.expansionsFor(text));
                passages.add(new Passage(id, document.id(), passages.size(), paragraph.number(),
                        paragraph.start() + part[0], paragraph.start() + part[1], text, String.join("; ", context),
                        paragraph.page(), paragraph.pageParagraph()));
            }
        }
        return passages;
    }

    private List<int[]> parts(String text) {
        if (text.length() <= maxChars) {
            return List.of(new int[] {0, text.length()});
        }
        List<int[]> sentences = pieces(text);
        int count = (text.length() + maxChars - 1) / maxChars;
        int target = text.length() / count;
        List<int[]> parts = new ArrayList<>();
        int start = sentences.get(0)[0];
        int end = start;
        for (int[] sentence : sentences) {
            boolean full = end > start && (sentence[1] - start > maxChars || end - start >= target);
            if (full) {
                parts.add(new int[] {start, end});
                start = sentence[0];
            }
            end = sentence[1];
        }
        parts.add(new int[] {start, end});
        return parts;
    }

    /**
     * The text's sentences, a sentence longer than a passage cut at the last space that keeps each
     * piece within it (a run-on text with no sentence ends still becomes passages a reader can check).
     */
    private List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        for (Sentences.Span sentence : Sentences.split(text)) {
            int start = sentence.start();
            while (sentence.end() - start > maxChars) {
                int cut = text.lastIndexOf(' ', start + maxChars);
                if (cut <= start) {
                    cut = start + maxChars;
                }
                pieces.add(new int[] {start, cut});
                start = cut;
                while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < sentence.end()) {
                pieces.add(new int[] {start, sentence.end()});
            }
        }
        return pieces;
    }
}
