package org.policydesk.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every command the bot takes, defined once. Discord's slash commands, the console's parsing and
 * both help texts are made from these definitions, and {@link BotCommands#admit} reads from them
 * who may run a command and whether it counts against the rate limit.
 */
public enum Command {

    ASK("ask", "Ask about Japan-Russia relations; the answer cites its sources",
            "an answer with citations [n] to the passages it uses, or a plain \"the sources don't cover this\"",
            Access.EVERYONE, Cost.COSTLY, Shown.LISTED,
            new Option("question", "Your question", true, false)),
    SUMMARY("summary", "A cited summary of one document, or of what the documents say on a topic",
            "a cited summary of one document, or of what all the documents say on a topic",
            Access.EVERYONE, Cost.COSTLY, Shown.LISTED,
            new Option("document", "The document to summarize", false, true),
            new Option("topic", "Or a topic, summarized across all documents", false, false)),
    SOURCES("sources", "The passages that match a query, to read the evidence yourself",
            "the passages that match, to read the evidence yourself",
            Access.EVERYONE, Cost.COSTLY, Shown.LISTED,
            new Option("query", "What to look for", true, false)),
    ABOUT("about", "What the knowledge base holds, and how answers are made",
            "the documents, the last reload, the answer mode",
            Access.EVERYONE, Cost.CHEAP, Shown.LISTED),
    RELOAD("reload", "Re-read the knowledge folder (admins)",
            "re-read the knowledge folder (admins)",
            Access.ADMINS, Cost.CHEAP, Shown.LISTED),
    UPLOAD("upload", "Add a document (PDF, web page, Markdown or text) to the knowledge base (admins)",
            "add a document from an attached file and reload (admins)",
            Access.ADMINS, Cost.CHEAP, Shown.LISTED,
            Option.file("file", "The document: .pdf, .html, .md or .txt")),
    REMOVE("remove", "Take a document out of the knowledge base (admins)",
            "take a document out and reload (admins)",
            Access.ADMINS, Cost.CHEAP, Shown.LISTED,
            new Option("document", "The document to take out", true, true)),
    REPORT("report", "What readers asked that the sources could not answer (admins)",
            "the questions the sources did not cover, answers voted 👎 and the most asked, grouped (admins)",
            Access.ADMINS, Cost.CHEAP, Shown.LISTED,
            new Option("since", "The period: 7d (default), 24h, 2w, a date such as 2026-11-01, or all", false, false),
            new Option("users", "yes: name who asked each group (by user id)", false, false)),
    HELP("help", "How to use PolicyDesk", "this list",
            Access.EVERYONE, Cost.CHEAP, Shown.LISTED),
    /** A 👍 or 👎 on a recorded answer: a button under the answer, not typed. */
    FEEDBACK("feedback", "Rate an answer", "", Access.EVERYONE, Cost.CHEAP, Shown.BUTTON,
            new Option("answer", "The recorded answer", true, false),
            new Option("vote", "up or down", true, false)),
    /** The passages a recorded answer cites, in full: a button under the answer. */
    PASSAGES("passages", "The passages an answer cites", "", Access.EVERYONE, Cost.CHEAP, Shown.BUTTON,
            new Option("answer", "The recorded answer", true, false));

    /** Who may run a command. */
    public enum Access { EVERYONE, ADMINS }

    /** Whether running it counts against the caller's rate limit and takes one of the concurrent slots. */
    public enum Cost { CHEAP, COSTLY }

    /** Typed by users (registered with Discord, parsed by the console, in the help), or only a button's action. */
    public enum Shown { LISTED, BUTTON }

    /** An option of a command: text typed, or a file attached. */
    public record Option(String name, String description, boolean required, boolean autocomplete, boolean file) {

        public Option(String name, String description, boolean required, boolean autocomplete) {
            this(name, description, required, autocomplete, false);
        }

        /** A required file to attach. */
        static Option file(String name, String description) {
            return new Option(name, description, true, false, true);
        }
    }

    private final String wireName;
    private final String description;
    private final String help;
    private final Access access;
    private final Cost cost;
    private final Shown shown;
    private final List<Option> options;

    Command(String wireName, String description, String help, Access access, Cost cost, Shown shown, Option... options) {
        this.wireName = wireName;
        this.description = description;
        this.help = help;
        this.access = access;
        this.cost = cost;
        this.shown = shown;
        this.options = List.of(options);
    }

    /** The name users type after the slash. */
    public String wireName() {
        return wireName;
    }

    /** One line for Discord's command picker. */
    public String description() {
        return description;
    }

    /** What the command gives, for the help text. */
    public String help() {
        return help;
    }

    /** Whether the reply is for the caller's eyes only: help, and the report of what others asked. */
    public boolean privateReply() {
        return this == HELP || this == REPORT;
    }

    public boolean adminOnly() {
        return access == Access.ADMINS;
    }

    public boolean costly() {
        return cost == Cost.COSTLY;
    }

    /** Whether users type it (else it is only a button's action). */
    public boolean typed() {
        return shown == Shown.LISTED;
    }

    public List<Option> options() {
        return options;
    }

    /** The commands users type, in the order help lists them. */
    public static List<Command> listed() {
        return Arrays.stream(values()).filter(Command::typed).toList();
    }

    /** The listed command with this name, ignoring case. */
    public static Optional<Command> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return listed().stream().filter(c -> c.wireName.equals(wanted)).findFirst();
    }
}
