package org.policydesk.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.policydesk.answering.Citation;
import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoreException;

/** A recorded answer's citations as JSON: the passages as they were cited, kept even if a document later changes. */
public final class CitationsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CitationsJson() {}

    private record StoredCitation(int n, String documentId, String title, String authors, String published, String publishedLabel,
            int paragraph, String passageId, String text, int page, int pageParagraph) {

        Citation toCitation() {
            return new Citation(n, documentId, title, authors, new PublicationDate(published, publishedLabel), paragraph,
                    passageId, text, page, pageParagraph);
        }

        static StoredCitation of(Citation c) {
            return new StoredCitation(c.n(), c.documentId(), c.title(), c.authors(), c.published().iso(),
                    c.published().label(), c.paragraph(), c.passageId(), c.text(), c.page(), c.pageParagraph());
        }
    }

    public static String write(List<Citation> citations) {
        try {
            return JSON.writeValueAsString(citations.stream().map(StoredCitation::of).toList());
        } catch (JsonProcessingException e) {
            throw new StoreException("the citations cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static List<Citation> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<StoredCitation>>() {}).stream().map(StoredCitation::toCitation).toList();
        } catch (JsonProcessingException e) {
            throw new StoreException("a recorded answer's citations cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
