package org.policydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Where the console's lines come from: a terminal with line editing and history, or plain input piped in. */
interface LineSource extends AutoCloseable {

    /** The next line, or null at the end of input. */
    String readLine(String prompt) throws IOException;

    /** Where replies go, so they interleave properly with the prompt. */
    PrintWriter writer();

    @Override
    void close() throws IOException;

    /** Input piped in or from a file: read line by line, prompts printed as they are. */
    static LineSource plain(InputStream in, PrintWriter out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new LineSource() {
            @Override
            public String readLine(String prompt) throws IOException {
                out.print(prompt);
                out.flush();
                return reader.readLine();
            }

            @Override
            public PrintWriter writer() {
                return out;
            }

            @Override
            public void close() {
                // Standard input belongs to the process.
            }
        };
    }

    /**
     * The system terminal through JLine: arrow keys move in the line, up and down walk the history,
     * Ctrl-R searches it, Ctrl-C clears the line, Ctrl-D leaves. History is kept in {@code history}.
     */
    static LineSource terminal(Path history) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("policydesk")
                .variable(LineReader.HISTORY_FILE, history)
                .build();
        return new LineSource() {
            @Override
            public String readLine(String prompt) {
                while (true) {
                    try {
                        return reader.readLine(prompt);
                    } catch (UserInterruptException e) {
                        // Ctrl-C drops the line being typed, as in a shell.
                    } catch (EndOfFileException e) {
                        return null;
                    }
                }
            }

            @Override
            public PrintWriter writer() {
                return terminal.writer();
            }

            @Override
            public void close() throws IOException {
                reader.getHistory().save();
                terminal.close();
            }
        };
    }
}
