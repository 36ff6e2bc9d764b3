package org.policydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
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

    /** Exit status when there is no one to talk to: standard input closed and no terminal. */
    static final int NO_TERMINAL = 2;

    static final String HELP = """
            Type a question and press Enter: the answer quotes the documents, with citations [n].
            /ask QUESTION            the same, spelled out
            /summary topic TOPIC     what all the documents say on a topic
            /summary document NAME   a summary of one document (its title or id)
            /sources QUERY           the passages that match, to read the evidence yourself
            /about                   the documents, the last reload, the answer mode
            /reload                  re-read the knowledge folder
            /help                    this list
            /quit                    leave (or Ctrl-D)
            A question that follows on from the last one ("and when?") is read with it.
            """;

    private final BotCommands commands;
    private final PrintWriter err;
    private final LineSource lines;
    private final boolean terminal;
    private final Caller caller = Caller.console("console-" + UUID.randomUUID());

    /**
     * @param lines    where lines come from (a terminal with line editing, or input piped in)
     * @param terminal whether a person is at a terminal (not input piped in or closed)
     */
    Console(BotCommands commands, LineSource lines, PrintWriter err, boolean terminal) {
        this.commands = commands;
        this.lines = lines;
        this.err = err;
        this.terminal = terminal;
    }

    int run() throws IOException {
        PrintWriter out = lines.writer();
        String first = terminal ? null : lines.readLine("");
        if (!terminal && first == null) {
            // Started as a service with nothing to read: there is no one to talk to.
            err.println("error: the console needs a terminal, and standard input is closed. To run the Discord bot, set "
                    + "DISCORD_TOKEN; to answer questions from a script, use `ask` (see --help).");
            err.flush();
            return NO_TERMINAL;
        }
        out.println("PolicyDesk console. Ask a question, or type /help for the commands and /quit to leave.");
        boolean pending = first != null;
        while (true) {
            String line;
            if (pending) {
                out.print("> ");
                out.flush();
                line = first;
                pending = false;
            } else {
                line = lines.readLine("> ");
            }
            if (line == null) {
                out.println();
                out.flush();
                return 0;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equalsIgnoreCase("/quit") || trimmed.equalsIgnoreCase("/exit")) {
                out.flush();
                return 0;
            }
            out.print(org.policydesk.text.TerminalText.prose(ReplyText.render(handle(trimmed))));
            out.flush();
        }
    }

    Reply handle(String line) {
        if (!line.startsWith("/")) {
            return run(BotCommands.Name.ASK, line);
        }
        String[] parts = line.split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        String command = parts[0].toLowerCase(Locale.ROOT);
        return switch (command) {
            case "/ask" -> run(BotCommands.Name.ASK, argument);
            case "/summary" -> argument.isEmpty() ? help("/summary needs a topic or a document: /summary topic TOPIC, or "
                    + "/summary document NAME.") : run(BotCommands.Name.SUMMARY, argument);
            case "/sources" -> run(BotCommands.Name.SOURCES, argument);
            case "/reload" -> run(BotCommands.Name.RELOAD, argument);
            case "/about" -> commands.about();
            case "/help" -> help("");
            default -> help("Unknown command “" + parts[0] + "”.");
        };
    }

    /** The console's own help (the bot's speaks of threads and mentions), after a line saying why, if any. */
    static Reply help(String why) {
        return new Reply(Reply.Kind.HELP, "PolicyDesk commands", (why.isEmpty() ? "" : why + "\n") + HELP.strip(),
                java.util.List.of(), null, "", true);
    }

    private Reply run(BotCommands.Name name, String argument) {
        try (BotCommands.Admission admission = commands.admit(caller, name, argument)) {
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
