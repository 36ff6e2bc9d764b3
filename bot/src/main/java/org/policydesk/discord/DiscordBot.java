package org.policydesk.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.policydesk.bot.BotCommands;
import org.policydesk.config.ConfigurationException;
import org.policydesk.config.DiscordSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord through Javacord: logs in the shards this process owns, registers the slash
 * commands (from shard 0's process), and hands every interaction and message to {@link BotCommands}.
 * A thin adapter: nothing here decides an answer.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** How long login may take: long enough for a slow network, short enough to fail fast without one. */
    private static final int LOGIN_SECONDS = 20;

    private final List<DiscordApi> apis;
    private final ExecutorService workers;

    private DiscordBot(List<DiscordApi> apis, ExecutorService workers) {
        this.apis = List.copyOf(apis);
        this.workers = workers;
    }

    /**
     * Logs in the shards this process owns (all of them by default) and starts serving. The process
     * that owns shard 0 registers the slash commands, once for every shard.
     *
     * @param transport adjusts the client's connection (tests point it at a fake Discord); identity in production
     */
    public static DiscordBot connect(BotCommands commands, DiscordSettings settings, UnaryOperator<DiscordApiBuilder> transport) {
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrent() + 4, runnable -> {
            Thread thread = new Thread(runnable, "policydesk-worker");
            thread.setDaemon(true);
            return thread;
        });
        DiscordCallers callers = new DiscordCallers(settings.adminRoleIds());
        InteractionHandler interactions = new InteractionHandler(commands, callers, workers);
        MessageHandler messages = new MessageHandler(commands, callers, workers);
        List<DiscordApi> apis = new ArrayList<>();
        try {
            for (int shard : settings.shards()) {
                DiscordApi api = login(transport.apply(new DiscordApiBuilder()
                        .setToken(settings.token().reveal())
                        .setAllNonPrivilegedIntents()
                        .addIntents(Intent.MESSAGE_CONTENT)
                        .setShutdownHookRegistrationEnabled(false)
                        .setTotalShards(settings.shardCount())
                        .setCurrentShard(shard)), settings);
                apis.add(api);
                // Listen before registering: a command used the moment it appears must not be lost.
                api.addSlashCommandCreateListener(interactions);
                api.addAutocompleteCreateListener(interactions);
                api.addButtonClickListener(interactions);
                api.addMessageCreateListener(messages);
            }
            if (settings.ownsFirstShard()) {
                try {
                    SlashCommands.register(apis.get(0), settings.guildId()).get(LOGIN_SECONDS, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("could not register the slash commands: " + e.getClass().getSimpleName());
                }
            }
        } catch (RuntimeException e) {
            apis.forEach(DiscordApi::disconnect);
            workers.shutdownNow();
            throw e;
        }
        log.info("connected to Discord as {} ({})", apis.get(0).getYourself().getDiscriminatedName(), settings.shardsDescription());
        return new DiscordBot(apis, workers);
    }

    private static DiscordApi login(DiscordApiBuilder builder, DiscordSettings settings) {
        java.util.concurrent.CompletableFuture<DiscordApi> login = builder.login();
        try {
            return login.get(LOGIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            login.cancel(true);
            throw new ConfigurationException("interrupted while logging in to Discord");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            login.cancel(true);
            throw new ConfigurationException(loginFailure(e, settings));
        }
    }

    /**
     * Why login failed, in one line: the token refused, or Discord not reached (no network, a
     * firewall, an outage); never the token itself.
     */
    static String loginFailure(Exception e, DiscordSettings settings) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String detail = settings.token().redact(String.valueOf(cause.getMessage()));
        if (cause instanceof org.javacord.api.exception.DiscordException discord && discord.getResponse().isPresent()
                && discord.getResponse().get().getCode() == 401 || detail.contains("401") || detail.contains("Unauthorized")) {
            return "Discord refused the token: check DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token)";
        }
        String why = e instanceof java.util.concurrent.TimeoutException ? "no answer in " + LOGIN_SECONDS + " s"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + detail);
        return "Discord cannot be reached (" + why + "); check the network, or run without DISCORD_TOKEN for the console";
    }

    /**
     * Serves the commands until the process is told to stop (SIGTERM, Ctrl-C), then disconnects and
     * runs {@code afterDisconnect} (closing the store).
     */
    public static int runUntilShutdown(BotCommands commands, DiscordSettings settings, Runnable afterDisconnect)
            throws InterruptedException {
        DiscordBot bot = connect(commands, settings, UnaryOperator.identity());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            bot.close();
            afterDisconnect.run();
            stopped.countDown();
        }, "policydesk-shutdown"));
        System.err.println("PolicyDesk is connected to Discord as " + bot.api().getYourself().getDiscriminatedName()
                + " (" + settings.shardsDescription() + "). Stop it with Ctrl-C or SIGTERM.");
        stopped.await();
        return 0;
    }

    /** The connection of the first shard this process owns. */
    public DiscordApi api() {
        return apis.get(0);
    }

    /** The connections of every shard this process owns. */
    public List<DiscordApi> apis() {
        return apis;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            for (DiscordApi api : apis) {
                api.disconnect().get(15, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn("disconnecting took too long: {}", e.getClass().getSimpleName());
        }
    }
}
