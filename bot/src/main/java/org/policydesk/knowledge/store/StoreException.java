package org.policydesk.knowledge.store;

/** The store cannot be opened or used; the message says what to do about it. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
