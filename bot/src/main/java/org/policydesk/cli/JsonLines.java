package org.policydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.policydesk.app.PolicyDesk;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.UserInput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The contract's two ways to run a query command: one input given as an argument, printed as text
 * or JSON; or, with {@code --format jsonl}, one input per line of standard input and one JSON
 * object per output line, in order, a bad line getting {@code {"error": …}} while the run goes on.
 */
final class JsonLines {

    private JsonLines() {}

    /**
     * @param what    how messages name the input ("question", "query")
     * @param handler given the started desk, turns one clean input into its JSON view
     * @param text    how a view reads as text
     */
    static <V> int run(PolicyBotCommand root, CommandSpec spec, Format format, String input, String what,
            Function<PolicyDesk, Function<String, V>> handler, Function<V, String> text) throws IOException {
        if (format != Format.jsonl && input == null) {
            throw new ParameterException(spec.commandLine(), "give a " + what.toUpperCase(java.util.Locale.ROOT)
                    + ", or use --format jsonl to read one per line from standard input");
        }
        if (format == Format.jsonl && input != null) {
            throw new ParameterException(spec.commandLine(), "--format jsonl reads each " + what
                    + " from standard input; give no " + what.toUpperCase(java.util.Locale.ROOT) + " with it (or use --format json)");
        }
        PrintWriter out = spec.commandLine().getOut();
        int limit = root.settings().maxQuestionChars();
        String cleaned = format == Format.jsonl ? null : UserInput.clean(input, what, limit);
        try (PolicyDesk desk = root.openReadingDesk(true)) {
            Function<String, V> handle = handler.apply(desk);
            if (format != Format.jsonl) {
                V view = handle.apply(cleaned);
                out.print(format == Format.json ? Json.write(view) + "\n" : org.policydesk.text.TerminalText.prose(text.apply(view)));
                out.flush();
                return 0;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
            for (String line = nextLine(reader); line != null; line = nextLine(reader)) {
                try {
                    out.println(Json.write(handle.apply(UserInput.clean(line, what, limit))));
                } catch (InvalidInputException e) {
                    out.println(Json.error(e.getMessage()));
                }
                out.flush();
            }
            return 0;
        }
    }

    /**
     * The next line, ended by a line feed only: a bare carriage return (in pasted text or binary
     * input) is part of its line, so each input line gets exactly one output line. Null at the end.
     */
    static String nextLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            line.append((char) c);
            c = reader.read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }
}
