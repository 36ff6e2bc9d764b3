package org.policydesk.app;

import java.time.Clock;
import java.time.Duration;
import org.policydesk.bot.InteractionLog;
import org.policydesk.bot.RateLimiter;
import org.policydesk.bot.SlidingWindowRateLimiter;
import org.policydesk.bot.SqliteInteractionLog;
import org.policydesk.config.Settings;
import org.policydesk.instances.KnowledgeSync;
import org.policydesk.instances.postgres.PostgresDatabase;
import org.policydesk.instances.postgres.PostgresInteractionLog;
import org.policydesk.instances.postgres.PostgresKnowledgeSync;
import org.policydesk.instances.postgres.PostgresRateLimiter;

/**
 * What an instance shares with the others, or keeps to itself when it runs alone: the
 * conversation log, the rate limits, and word of changes to the knowledge base.
 */
record SharedState(InteractionLog interactions, RateLimiter rateLimiter, KnowledgeSync sync, AutoCloseable database)
        implements AutoCloseable {

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    /**
     * In the PostgreSQL database when one is configured, else in this instance's SQLite file and memory.
     *
     * @param poolSize connections to the shared database: as many as answers worked on at once, and a few more
     */
    static SharedState open(Settings settings, boolean storeWritable, int poolSize) {
        int perMinute = settings.discord().askPerMinute();
        if (!settings.sharedState().shared()) {
            return new SharedState(new SqliteInteractionLog(settings.dbFile(), storeWritable),
                    new SlidingWindowRateLimiter(perMinute, RATE_WINDOW, Clock.systemUTC()), KnowledgeSync.alone(), () -> {});
        }
        PostgresDatabase database = PostgresDatabase.open(settings.sharedState(), poolSize);
        try {
            return new SharedState(new PostgresInteractionLog(database), new PostgresRateLimiter(database, perMinute, RATE_WINDOW),
                    new PostgresKnowledgeSync(database, settings.sharedState().syncPoll()), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public void close() {
        sync.close();
        interactions.close();
        try {
            database.close();
        } catch (Exception e) {
            // Best effort at shutdown.
        }
    }
}
