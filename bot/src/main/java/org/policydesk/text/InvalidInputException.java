package org.policydesk.text;

/** User input that cannot be served; the message is shown to the user as it is. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
