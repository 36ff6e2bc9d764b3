package org.policydesk.bot;

/**
 * Who is asking, as the front end established it.
 *
 * @param userId         stable id of the user (a Discord snowflake, or "console")
 * @param displayName    how to name them
 * @param admin          whether they may run admin commands (the front end checked their role)
 * @param conversationId the thread, DM or session the message belongs to, or null
 */
public record Caller(String userId, String displayName, boolean admin, String conversationId) {

    private static final String LOCAL_USER = "console";

    public static Caller console() {
        return console("console");
    }

    /** The one person at the local console, in a conversation of its own. */
    public static Caller console(String conversationId) {
        return new Caller(LOCAL_USER, "console", true, conversationId);
    }

    /**
     * Whether this is the local console's user (the person at the terminal, trusted, one at a time),
     * whom no rate limit applies to. No Discord user can be: their ids are numeric snowflakes.
     */
    public boolean local() {
        return LOCAL_USER.equals(userId);
    }
}
