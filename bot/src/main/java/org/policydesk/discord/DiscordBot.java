package org.policydesk.discord;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.BotCommands;
import org.policydesk.config.DiscordSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord through Javacord: logs in, registers the slash commands, and hands every
 * interaction and message to {@link BotCommands}. A thin adapter: nothing here decides an answer.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final int LOGIN_SECONDS = 60;

    private final DiscordApi api;
    private final ExecutorService workers;

    private DiscordBot(DiscordApi api, ExecutorService workers) {
        this.api = api;
        this.workers = workers;
    }

    /**
     * Logs in and starts serving.
     *
     * @param transport adjusts the client's connection (tests point it at a fake Discord); identity in production
     */
    public static DiscordBot connect(BotCommands commands, DiscordSettings settings, UnaryOperator<DiscordApiBuilder> transport) {
        DiscordApiBuilder builder = new DiscordApiBuilder()
                .setToken(settings.token().reveal())
                .setAllNonPrivilegedIntents()
                .addIntents(Intent.MESSAGE_CONTENT)
                .setShutdownHookRegistrationEnabled(false);
        DiscordApi api;
        try {
            api = transport.apply(builder).login().get(LOGIN_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("could not log in to Discord (" + cause.getClass().getSimpleName() + ": "
                    + settings.token().redact(String.valueOf(cause.getMessage())) + "); check DISCORD_TOKEN and the network");
        }
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrent() + 4, runnable -> {
            Thread thread = new Thread(runnable, "policydesk-worker");
            thread.setDaemon(true);
            return thread;
        });
        // Listen before registering: a command used the moment it appears must not be lost.
        DiscordCallers callers = new DiscordCallers(settings.adminRoleIds());
        InteractionHandler interactions = new InteractionHandler(commands, callers, workers);
        api.addSlashCommandCreateListener(interactions);
        api.addAutocompleteCreateListener(interactions);
        api.addButtonClickListener(interactions);
        api.addMessageCreateListener(new MessageHandler(commands, callers, workers));
        try {
            SlashCommands.register(api, settings.guildId()).get(LOGIN_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            api.disconnect();
            workers.shutdownNow();
            throw new IllegalStateException("could not register the slash commands: " + e.getClass().getSimpleName());
        }
        log.info("connected to Discord as {}", api.getYourself().getDiscriminatedName());
        return new DiscordBot(api, workers);
    }

    /** Serves until the process is told to stop (SIGTERM, Ctrl-C), then disconnects and closes the store. */
    public static int runUntilShutdown(PolicyDesk desk, DiscordSettings settings) throws InterruptedException {
        DiscordBot bot = connect(desk.commands(), settings, UnaryOperator.identity());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            bot.close();
            desk.close();
            stopped.countDown();
        }, "policydesk-shutdown"));
        System.err.println("PolicyDesk is connected to Discord as " + bot.api.getYourself().getDiscriminatedName()
                + ". Stop it with Ctrl-C or SIGTERM.");
        stopped.await();
        return 0;
    }

    public DiscordApi api() {
        return api;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            api.disconnect().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("disconnecting took too long: {}", e.getClass().getSimpleName());
        }
    }
}
