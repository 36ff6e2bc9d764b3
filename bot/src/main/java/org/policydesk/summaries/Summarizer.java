package org.policydesk.summaries;

/** Summarizes one document, or what the whole knowledge base says on a topic, with citations. */
public interface Summarizer {

    /** @throws DocumentNotFoundException when no document matches, listing the documents there are */
    Summary ofDocument(String titleOrId);

    Summary ofTopic(String topic);
}
