package org.policydesk.knowledge.ingestion;

import java.util.List;
import java.util.Map;

/**
 * What a PDF or a web page yields before it becomes a document: the metadata the file itself
 * states (front-matter field names: title, authors, published, publisher, outlet) and its
 * paragraphs in reading order, each with the page it starts on (0 where there are no pages).
 */
record ExtractedText(Map<String, Object> fields, List<Block> paragraphs) {

    record Block(String text, int page) {}
}
