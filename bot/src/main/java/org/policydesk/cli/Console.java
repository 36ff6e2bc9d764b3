package org.policydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.policydesk.app.PolicyDesk;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.UserInput;

/** The interactive console: the bot's commands typed at a prompt, for use without Discord. */
final class Console {

    private final PolicyDesk desk;
    private final PrintWriter out;
    private final InputStream in;

    Console(PolicyDesk desk, PrintWriter out, InputStream in) {
        this.desk = desk;
        this.out = out;
        this.in = in;
    }

    int run() throws IOException {
        out.println("PolicyDesk console. Type /help for the commands, /quit to leave.");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = reader.readLine();
            if (line == null) {
                out.println();
                return 0;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String command = trimmed.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
            String argument = trimmed.length() > command.length() ? trimmed.substring(command.length()).strip() : "";
            try {
                switch (command) {
                    case "/quit", "/exit" -> {
                        return 0;
                    }
                    case "/help" -> out.println("""
                            /sources QUERY   the passages that match a query
                            /reload          re-read the knowledge folder
                            /help            this list
                            /quit            leave""");
                    case "/reload" -> out.print(ReloadView.toText(desk.knowledgeBase().reload()));
                    case "/sources" -> {
                        String query = UserInput.clean(argument, "query", desk.settings().maxQuestionChars());
                        out.print(SearchView.of(query, desk.retriever().retrieve(query, desk.settings().topK())).toText());
                    }
                    default -> out.println("Unknown command " + command + ". Type /help for the commands.");
                }
            } catch (InvalidInputException e) {
                out.println(e.getMessage());
            }
            out.flush();
        }
    }
}
