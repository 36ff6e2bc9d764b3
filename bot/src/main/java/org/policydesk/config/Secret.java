package org.policydesk.config;

/** A token or key: usable where it is needed, shown nowhere (its toString is a mask). */
public final class Secret {

    private static final Secret NONE = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null || value.isBlank() ? NONE : new Secret(value.strip());
    }

    public static Secret none() {
        return NONE;
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    /** The value itself: call only where it is handed to the service it authenticates with. */
    public String reveal() {
        return value;
    }

    /** The text with this secret's value masked, for messages that might quote it. */
    public String redact(String text) {
        return text == null || value.isEmpty() ? text : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return isPresent() ? "***" : "(none)";
    }
}
