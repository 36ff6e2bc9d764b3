package org.policydesk.text;

/** Turns untrusted text (a question, a query, a topic) into something safe to process, or says why not. */
public final class UserInput {

    private UserInput() {}

    /**
     * Removes control and formatting characters, folds white space, and enforces a length limit.
     *
     * @param what how the message names the input ("question", "query", "topic")
     */
    public static String clean(String raw, String what, int maxChars) {
        if (raw == null) {
            throw new InvalidInputException("The " + what + " is empty.");
        }
        String text = raw.replace('\uFFFD', ' ')
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
