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

    public static Caller console() {
        return new Caller("console", "console", true, "console");
    }
}
