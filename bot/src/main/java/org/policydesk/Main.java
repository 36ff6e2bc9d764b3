package org.policydesk;

import java.nio.file.Path;
import java.time.Duration;
import org.policydesk.app.OnnxRuntimeNatives;
import org.policydesk.cli.PolicyBotCommand;

/** Entry point of {@code policybot.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        prepareProcess();
        System.exit(run(args));
    }

    /** What a process that runs the bot's parts sets up first: logging detail, no network, the native-library cache. */
    public static void prepareProcess() {
        String debug = System.getenv("POLICYBOT_DEBUG");
        if (debug != null && !debug.isBlank()) {
            // Before any logger exists: logback reads this when it configures itself.
            System.setProperty("policybot.stacktraces", "%ex");
        }
        stayOffline();
        OnnxRuntimeNatives.useCache(OnnxRuntimeNatives.defaultCache(System.getenv()));
        OnnxRuntimeNatives.removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofHours(1));
    }

    /**
     * DJL, which tokenizes for the embedding model, otherwise probes the cloud metadata address and
     * calls home at start-up; the bot promises to need no network.
     */
    static void stayOffline() {
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    static int run(String[] args) {
        return PolicyBotCommand.commandLine(System.getenv(), System.in, System.out, System.err).execute(args);
    }
}
