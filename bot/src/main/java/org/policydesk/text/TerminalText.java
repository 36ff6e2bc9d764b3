package org.policydesk.text;

import java.util.regex.Pattern;

/**
 * Text made safe to print on a terminal: a document or a file name can hold escape sequences that
 * would recolour, retitle or rewrite the reader's screen, or a newline that forges a line of output.
 */
public final class TerminalText {

    /** Control and bidirectional-format characters, except line feeds and tabs. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");

    private TerminalText() {}

    /** Running text: controls dropped, line breaks kept. */
    public static String of(String text) {
        return text == null ? "" : UNPRINTABLE.matcher(text).replaceAll("");
    }

    /** A name (of a file, say) on one line, in quotes, with every control character shown escaped. */
    public static String quoted(String name) {
        StringBuilder out = new StringBuilder("“");
        name.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('”').toString();
    }
}
