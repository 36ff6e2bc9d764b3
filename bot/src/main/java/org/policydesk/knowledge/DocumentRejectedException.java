package org.policydesk.knowledge;

/** Thrown by the parser with a reason fit to show an admin. */
public class DocumentRejectedException extends Exception {
    public DocumentRejectedException(String reason) {
        super(reason);
    }
}
