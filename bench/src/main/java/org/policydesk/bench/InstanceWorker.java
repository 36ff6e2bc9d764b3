package org.policydesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.policydesk.Main;
import org.policydesk.app.MiniLmEmbeddingModel;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;
import org.policydesk.config.Settings;
import org.policydesk.config.SharedStateSettings;
import org.policydesk.text.WordNetThesaurus;

/**
 * One bot instance of the several-instances benchmark, in a process of its own: its own SQLite
 * replica, the shared PostgreSQL state, and askers that call the command handlers as Discord's
 * adapter does. It says READY when warm, starts at GO on standard input, and prints its RESULT.
 *
 * <p>Arguments: KNOWLEDGE DB DATABASE_URL INSTANCE ASKERS SECONDS QUESTIONS_FILE
 */
public final class InstanceWorker {

    private InstanceWorker() {}

    public static void main(String[] args) throws Exception {
        Main.prepareProcess();
        Path knowledge = Path.of(args[0]);
        Path db = Path.of(args[1]);
        String url = args[2];
        String instance = args[3];
        int askers = Integer.parseInt(args[4]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[5]));
        List<String> questions = Files.readAllLines(Path.of(args[6])).stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        Settings settings = Settings.of(knowledge, db)
                .withDiscord(new DiscordSettings(Secret.none(), "", Set.of(), 1000, askers, 0))
                .withSharedState(new SharedStateSettings(Secret.of(url), "", Secret.none(), instance, Duration.ofSeconds(30)));
        try (PolicyDesk desk = PolicyDesk.start(settings, new MiniLmEmbeddingModel(), WordNetThesaurus.loaded())) {
            desk.refreshIfStale();
            BotCommands commands = desk.commands();
            for (String q : questions) {
                commands.execute(new Caller("warm-" + instance, "warm", false, null), CommandRequest.of(Command.ASK, "question", q));
            }
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(in.readLine())) {
                return;
            }
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            long end = System.nanoTime() + length.toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < askers; i++) {
                Caller caller = new Caller(instance + "-asker-" + i, "bench", false, null);
                int offset = i * 7;
                Thread t = new Thread(() -> {
                    for (int n = offset; System.nanoTime() < end; n++) {
                        long started = System.nanoTime();
                        Reply reply = commands.execute(caller, CommandRequest.of(Command.ASK, "question", questions.get(n % questions.size())));
                        if (reply.kind() == Reply.Kind.FAILED || reply.kind() == Reply.Kind.BUSY) {
                            failures.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - started) / 1e6);
                    }
                }, "bench-asker-" + i);
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            Percentiles p = Percentiles.of(latencies);
            System.out.println(String.format(Locale.ROOT, "RESULT answers=%d failures=%d p50=%.1f p99=%.1f", latencies.size(),
                    failures.get(), p.p50(), p.p99()));
        }
    }
}
