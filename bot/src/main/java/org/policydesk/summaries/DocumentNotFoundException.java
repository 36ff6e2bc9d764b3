package org.policydesk.summaries;

import org.policydesk.text.InvalidInputException;

/** No document matches what the user named; the message lists the documents there are. */
public class DocumentNotFoundException extends InvalidInputException {
    public DocumentNotFoundException(String message) {
        super(message);
    }
}
