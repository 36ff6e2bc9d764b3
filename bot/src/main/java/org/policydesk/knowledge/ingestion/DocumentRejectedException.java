package org.policydesk.knowledge.ingestion;

/** Thrown by the parser with a reason fit to show an admin. */
public class DocumentRejectedException extends Exception {
    public DocumentRejectedException(String reason) {
        super(reason);
    }
}
