package org.policydesk.text;

/** Turns untrusted text (a question, a query, a topic) into something safe to process, or says why not. */
public final class UserInput {

    /** Discord's markup for a user or role mention, a custom emoji, a timestamp: nothing to search for. */
    private static final java.util.regex.Pattern MENTION_MARKUP = java.util.regex.Pattern.compile(
            "<@[!&]?\\d+>|<a?:[\\w~-]+:\\d+>|<t:-?\\d+(?::[tTdDfFR])?>|@(everyone|here)\\b");
    /** A channel mention that the front end could not name. */
    private static final java.util.regex.Pattern CHANNEL_MARKUP = java.util.regex.Pattern.compile("<#\\d+>");
    /** A slash-command mention: "</ask:123>" reads as "/ask". */
    private static final java.util.regex.Pattern COMMAND_MARKUP = java.util.regex.Pattern.compile("</([\\w -]+):\\d+>");

    private UserInput() {}

    /**
     * Chat markup made plain: mentions of users and roles, custom emoji and timestamps become
     * nothing, a slash-command mention its name, and a channel mention nothing (a front end that
     * knows the channel's name replaces it first).
     */
    public static String plain(String text) {
        String out = MENTION_MARKUP.matcher(text).replaceAll(" ");
        out = COMMAND_MARKUP.matcher(out).replaceAll("/$1");
        return CHANNEL_MARKUP.matcher(out).replaceAll(" ");
    }

    /**
     * Removes control and formatting characters, folds white space, and enforces a length limit.
     *
     * @param what how the message names the input ("question", "query", "topic")
     */
    public static String clean(String raw, String what, int maxChars) {
        if (raw == null) {
            throw new InvalidInputException("The " + what + " is empty.");
        }
        String text = plain(raw).replace('\uFFFD', ' ')
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\u200D]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidInputException("The " + what + " is empty: write some words to look for.");
        }
        if (text.length() > maxChars) {
            throw new InvalidInputException("The " + what + " is too long (" + text.length()
                    + " characters; the limit is " + maxChars + "). Ask about one thing at a time.");
        }
        return text;
    }
}
