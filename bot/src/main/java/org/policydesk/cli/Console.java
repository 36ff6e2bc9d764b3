package org.policydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.bot.ReplyText;
import org.policydesk.bot.Upload;

/**
 * The interactive console: the bot's slash commands typed at a prompt, through the same handlers
 * as Discord. A line without a command is a question; follow-ups keep the session's context.
 * The console is local, so its user is an admin.
 */
final class Console {

    /** Exit status when there is no one to talk to: standard input closed and no terminal. */
    static final int NO_TERMINAL = 2;

    /** The console's help: its commands, made from the bot's, with how to type them here. */
    static final String HELP = helpText();

    private static String helpText() {
        StringBuilder help = new StringBuilder("Type a question and press Enter: the answer quotes the documents, with citations [n].\n");
        for (Command command : Command.listed()) {
            List<Command.Option> options = command.options();
            if (options.size() <= 1) {
                String usage = "/" + command.wireName() + options.stream()
                        .map(o -> " " + (o.file() ? "PATH" : o.name().toUpperCase(Locale.ROOT))).findFirst().orElse("");
                help.append(String.format(Locale.ROOT, "%-26s %s%n", usage, command.help()));
                continue;
            }
            for (int i = 0; i < options.size(); i++) {
                Command.Option o = options.get(i);
                String usage = "/" + command.wireName() + " " + o.name() + " " + o.name().toUpperCase(Locale.ROOT);
                help.append(String.format(Locale.ROOT, "%-26s %s%n", usage, i == 0 ? command.help() : "  (or by " + o.name() + ")"));
            }
        }
        help.append(String.format(Locale.ROOT, "%-26s %s%n", "/quit", "leave (or Ctrl-D)"));
        help.append("A question that follows on from the last one (\"and when?\") is read with it.\n");
        return help.toString();
    }

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
            return commands.execute(caller, CommandRequest.of(Command.ASK, "question", line));
        }
        String[] parts = line.split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        Optional<Command> command = Command.named(parts[0].substring(1));
        if (command.isEmpty()) {
            return help("Unknown command “" + parts[0] + "”.");
        }
        if (command.get() == Command.HELP) {
            return help("");
        }
        return commands.execute(caller, request(command.get(), argument));
    }

    /**
     * The console's way of giving options: the rest of the line is the one option of a command that
     * has one; a command with several takes "NAME VALUE" (a name may be cut short, "doc"), and a
     * bare value goes to its first option.
     */
    static CommandRequest request(Command command, String argument) {
        List<Command.Option> options = command.options();
        if (options.isEmpty() || argument.isEmpty()) {
            return new CommandRequest(command, Map.of());
        }
        if (options.size() == 1 && options.get(0).file()) {
            // At the console a file is attached by its path.
            return new CommandRequest(command, Map.of(), Map.of(options.get(0).name(), localFile(argument)));
        }
        if (options.size() == 1) {
            return CommandRequest.of(command, options.get(0).name(), argument);
        }
        String[] parts = argument.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT).replaceAll(":$", "");
        List<Command.Option> named = options.stream()
                .filter(o -> o.name().equals(word) || word.length() >= 3 && o.name().startsWith(word))
                .toList();
        if (named.size() == 1) {
            return CommandRequest.of(command, named.get(0).name(), parts.length > 1 ? parts[1] : "");
        }
        return CommandRequest.of(command, options.get(0).name(), argument);
    }

    private static Upload localFile(String argument) {
        Path path = Path.of(argument.replaceAll("^[\"']|[\"']$", ""));
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = 0;
        }
        return new Upload(String.valueOf(path.getFileName()), size, atMost -> {
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such file: " + path);
            }
            if (Files.size(path) > atMost) {
                throw new IOException(path + " is larger than " + atMost + " bytes");
            }
            return Files.readAllBytes(path);
        });
    }

    /** The console's own help (the bot's speaks of threads and mentions), after a line saying why, if any. */
    static Reply help(String why) {
        return new Reply(Reply.Kind.HELP, "PolicyDesk commands", (why.isEmpty() ? "" : why + "\n") + HELP.strip(),
                List.of(), null, "", true);
    }
}
