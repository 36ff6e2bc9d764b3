package org.policydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.app.SecretLogFilter;
import org.policydesk.config.Settings;
import org.policydesk.config.SharedStateSettings;
import org.policydesk.discord.DiscordBot;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.ReloadProgress;
import org.policydesk.knowledge.ingestion.ReloadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code java -jar policybot.jar [COMMAND]}: with no command, the bot (Discord or the console). */
@Command(name = "policybot", mixinStandardHelpOptions = true, versionProvider = PolicyBotCommand.Version.class,
        description = {"Answers questions about Japan-Russia relations from a curated set of policy documents, with citations.",
            "",
            "With no command: the interactive console (the same commands as the Discord bot, typed at a prompt);",
            "with DISCORD_TOKEN set, the Discord bot instead. The knowledge base is built or refreshed first."},
        subcommands = {AskCommand.class, SearchCommand.class, SummaryCommand.class, ReloadCommand.class, ReportCommand.class,
            EvalCommand.class})
public final class PolicyBotCommand implements Callable<Integer> {

    @Option(names = "--knowledge", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "knowledge folder (default: $POLICYBOT_KNOWLEDGE or knowledge/)")
    Path knowledge;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "SQLite store (default: $POLICYBOT_DB or data/policybot.db)")
    Path db;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream in;

    private PolicyBotCommand(Map<String, String> env, InputStream in) {
        this.env = env;
        this.in = in;
    }

    /** The command line with its streams and environment given, so that it runs the same in tests. */
    public static CommandLine commandLine(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        SecretLogFilter.install(env);
        CommandLine commandLine = new CommandLine(new PolicyBotCommand(env, in));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new CommandLineErrors(env.get("POLICYBOT_DEBUG") != null));
        commandLine.setParameterExceptionHandler(CommandLineErrors::parameterError);
        return commandLine;
    }

    /** The version Maven built, as the build recorded it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            java.util.Properties build = new java.util.Properties();
            try (InputStream in = PolicyBotCommand.class.getResourceAsStream("/policydesk-build.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            return new String[] {"PolicyDesk " + build.getProperty("version", "(development build)")};
        }
    }

    InputStream in() {
        return in;
    }

    Settings settings() {
        return Settings.fromEnvironment(env).withPaths(knowledge, db);
    }

    /** Starts the parts and brings the store up to date, saying so on standard error when it does. */
    PolicyDesk openDesk(boolean refresh) throws IOException {
        return open(settings(), refresh);
    }

    /**
     * For a command that only reads the knowledge base (ask, search, summary, eval): it records
     * nothing and changes nothing, so it leaves a shared database alone, whatever the environment.
     */
    PolicyDesk openReadingDesk(boolean refresh) throws IOException {
        return open(settings().withSharedState(SharedStateSettings.none()), refresh);
    }

    private PolicyDesk open(Settings settings, boolean refresh) throws IOException {
        boolean existed = storeExists();
        PolicyDesk desk = PolicyDesk.start(settings);
        if (refresh) {
            PrintWriter err = spec.commandLine().getErr();
            ReloadReport built = update(desk, existed, ProgressLine.onTerminal(err, "Updating the knowledge base"),
                    KnowledgeBase::refreshIfStale);
            if (built != null) {
                err.printf("Knowledge base updated from %s: %d documents, %d passages.%n",
                        desk.settings().knowledgeDir(), built.documents(), built.passages());
                built.rejected().forEach(r -> err.printf("rejected: %s: %s%n", r.file(), r.reason()));
                err.flush();
            }
        }
        return desk;
    }

    boolean storeExists() {
        return java.nio.file.Files.exists(settings().dbFile());
    }

    /** A build, refresh or reload of the knowledge base, told what to show progress on. */
    @FunctionalInterface
    interface Update {
        ReloadReport run(KnowledgeBase knowledgeBase, ReloadProgress progress) throws IOException;
    }

    /**
     * Runs an update of a started desk's store. If it fails, the desk is closed, and a store this run
     * created that still holds nothing is removed, so a failed first start leaves no empty store behind.
     */
    static ReloadReport update(PolicyDesk desk, boolean storeExisted, ProgressLine progress, Update update) throws IOException {
        try (progress) {
            return update.run(desk.knowledgeBase(), progress);
        } catch (IOException | RuntimeException e) {
            boolean empty = holdsNothing(desk);
            desk.close();
            if (!storeExisted && empty) {
                removeStore(desk.settings().dbFile());
            }
            throw e;
        }
    }

    /** The console's history, beside the store (so each knowledge base keeps its own). */
    private static java.nio.file.Path historyFile(Settings settings) {
        return settings.dbFile().toAbsolutePath().resolveSibling("console-history");
    }

    /** Whether the desk's store holds no passages (so a store this run created has nothing worth keeping). */
    private static boolean holdsNothing(PolicyDesk desk) {
        try {
            return desk.knowledgeBase().store().read(s -> s.passageCount()) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Removes a store this run created and could not build, so a failed first start leaves no empty store behind. */
    private static void removeStore(java.nio.file.Path db) {
        for (String suffix : java.util.List.of("", "-wal", "-shm", ".reload-lock")) {
            try {
                java.nio.file.Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (IOException ignored) {
                // Best effort: what cannot be removed is reused or rebuilt by the next run.
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = settings();
        if (settings.discord().enabled()) {
            try (PolicyDesk desk = openDesk(true)) {
                return DiscordBot.runUntilShutdown(desk.commands(), settings.discord(), desk::close);
            }
        }
        try (PolicyDesk desk = openDesk(true)) {
            boolean terminal = in == System.in && System.console() != null;
            try (LineSource lines = terminal ? LineSource.terminal(historyFile(settings))
                    : LineSource.plain(in, spec.commandLine().getOut())) {
                return new Console(desk.commands(), lines, spec.commandLine().getErr(), terminal).run();
            }
        }
    }
}
