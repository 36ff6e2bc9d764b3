package org.policydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Reply;
import org.policydesk.bot.ReplyText;

/**
 * The interactive console: the bot's slash commands typed at a prompt, through the same handlers
 * as Discord. A line without a command is a question; follow-ups keep the session's context.
 * The console is local, so its user is an admin.
 */
final class Console {

    private final BotCommands commands;
    private final PrintWriter out;
    private final InputStream in;
    private final Caller caller = new Caller("console", "console", true, "console-" + UUID.randomUUID());

    Console(BotCommands commands, PrintWriter out, InputStream in) {
        this.commands = commands;
        this.out = out;
        this.in = in;
    }

    int run() throws IOException {
        out.println("PolicyDesk console. Ask a question, or type /help for the commands and /quit to leave.");
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
            if (trimmed.equalsIgnoreCase("/quit") || trimmed.equalsIgnoreCase("/exit")) {
                return 0;
            }
            out.print(org.policydesk.text.TerminalText.of(ReplyText.render(handle(trimmed))));
            out.flush();
        }
    }

    Reply handle(String line) {
        if (!line.startsWith("/")) {
            return run(BotCommands.Name.ASK, line);
        }
        String[] parts = line.split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "/ask" -> run(BotCommands.Name.ASK, argument);
            case "/summary" -> run(BotCommands.Name.SUMMARY, argument);
            case "/sources" -> run(BotCommands.Name.SOURCES, argument);
            case "/reload" -> run(BotCommands.Name.RELOAD, argument);
            case "/about" -> commands.about();
            case "/help" -> commands.help();
            default -> commands.help();
        };
    }

    private Reply run(BotCommands.Name name, String argument) {
        try (BotCommands.Admission admission = commands.admit(caller, name)) {
            if (!admission.admitted()) {
                return admission.refusal();
            }
            return switch (name) {
                case ASK -> commands.ask(caller, argument);
                case SOURCES -> commands.sources(caller, argument);
                case RELOAD -> commands.reload(caller);
                case SUMMARY -> summary(argument);
                default -> commands.help();
            };
        }
    }

    /** "/summary topic energy" or "/summary document ewi-2016"; a bare name is tried as a document. */
    private Reply summary(String argument) {
        String[] parts = argument.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1] : "";
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "topic", "topic:" -> commands.summary(caller, null, rest);
            case "document", "document:", "doc" -> commands.summary(caller, rest, null);
            default -> commands.summary(caller, argument, null);
        };
    }
}
