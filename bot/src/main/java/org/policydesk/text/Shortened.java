package org.policydesk.text;

/** Text cut to a length, with "…" where it was cut; the ellipsis counts toward the length. */
public final class Shortened {

    private Shortened() {}

    /** At most {@code max} characters, cut anywhere. */
    public static String toLength(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).strip() + "…";
    }

    /** At most {@code max} characters, cut after a whole word when one ends in the second half. */
    public static String atWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, Math.max(0, max - 1));
        int space = head.lastIndexOf(' ');
        return (space > head.length() / 2 ? head.substring(0, space) : head) + "…";
    }
}
