package org.policydesk.discord;

import java.util.List;
import org.policydesk.text.Sentences;
import org.policydesk.text.Shortened;

/** Discord's limits, which Javacord does not check, and how text is cut to fit them. */
final class DiscordLimits {

    static final int CONTENT = 2000;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int FIELDS = 25;
    static final int EMBED_TOTAL = 6000;
    static final int CHOICE = 100;

    private DiscordLimits() {}

    /**
     * The text if it fits; else as many whole sentences as fit, then {@code note}. A first sentence
     * longer than the limit is cut at a word.
     */
    static String cut(String text, int max, String note) {
        if (text.length() <= max) {
            return text;
        }
        int room = Math.max(0, max - note.length() - 1);
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String sentence : sentencesOf(line)) {
                if (kept.length() + sentence.length() + 1 > room) {
                    return finish(kept, text, room, note);
                }
                if (!kept.isEmpty() && kept.charAt(kept.length() - 1) != '\n') {
                    kept.append(' ');
                }
                kept.append(sentence);
            }
            kept.append('\n');
        }
        return finish(kept, text, room, note);
    }

    private static List<String> sentencesOf(String line) {
        return line.isBlank() ? List.of() : Sentences.texts(line);
    }

    private static String finish(StringBuilder kept, String text, int room, String note) {
        String body = kept.toString().strip();
        if (body.isEmpty()) {
            body = Shortened.atWord(text, room);
        }
        return body + (note.isEmpty() ? "" : " " + note);
    }
}
