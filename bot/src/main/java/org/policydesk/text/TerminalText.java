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

    /** Markdown emphasis a document may hold: "*Vostok 2018*", "**key**", "_term_". */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*])(\\*{1,2})([^*\\s](?:[^*\\n]*[^*\\s])?)\\1(?![\\p{L}\\p{N}*])"
                    + "|(?<![\\p{L}\\p{N}_])_([^_\\s](?:[^_\\n]*[^_\\s])?)_(?![\\p{L}\\p{N}_])");

    /** Running text: controls dropped, line breaks kept. */
    public static String of(String text) {
        return text == null ? "" : UNPRINTABLE.matcher(text).replaceAll("");
    }

    /**
     * Text quoted from the documents, for reading on a terminal: as {@link #of}, and Markdown emphasis
     * (which a terminal would show as stars: "*Vostok 2018*") shown as the plain words.
     */
    public static String prose(String text) {
        return EMPHASIS.matcher(of(text)).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(3)));
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
