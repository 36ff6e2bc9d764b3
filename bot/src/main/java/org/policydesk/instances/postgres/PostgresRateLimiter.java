package org.policydesk.instances.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.policydesk.bot.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code limit} costly requests per user in any sliding {@code window}, counted across all
 * instances in the shared database (a user whose guilds two instances serve has one budget). The
 * database's clock decides, so instances whose clocks drift agree. A user's requests are counted
 * under a transaction-scoped advisory lock, so two instances never both take the last one. If the
 * database cannot be reached, requests are let through (and logged): answering matters more.
 */
public final class PostgresRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(PostgresRateLimiter.class);
    /** Expired rows of users who did not come back are swept every this many requests. */
    private static final int SWEEP_EVERY = 256;
    /** A namespace for this table's advisory locks, so they never meet another application's. */
    private static final int LOCK_NAMESPACE = 0x504b;

    private final PostgresDatabase database;
    private final int limit;
    private final Duration window;
    private final AtomicInteger requests = new AtomicInteger();

    public PostgresRateLimiter(PostgresDatabase database, int limit, Duration window) {
        this.database = database;
        this.limit = limit;
        this.window = window;
    }

    @Override
    public boolean tryAcquire(String userId) {
        double seconds = window.toMillis() / 1000.0;
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                    lock.setInt(1, LOCK_NAMESPACE);
                    lock.setString(2, userId);
                    lock.execute();
                }
                try (PreparedStatement expire = c.prepareStatement(
                        "DELETE FROM rate_limit_events WHERE user_id = ? AND at <= clock_timestamp() - make_interval(secs => ?)")) {
                    expire.setString(1, userId);
                    expire.setDouble(2, seconds);
                    expire.executeUpdate();
                }
                int recent;
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM rate_limit_events WHERE user_id = ?")) {
                    count.setString(1, userId);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        recent = rs.getInt(1);
                    }
                }
                boolean allowed = recent < limit;
                if (allowed) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO rate_limit_events (user_id) VALUES (?)")) {
                        insert.setString(1, userId);
                        insert.executeUpdate();
                    }
                }
                if (requests.incrementAndGet() % SWEEP_EVERY == 0) {
                    try (PreparedStatement sweep = c.prepareStatement(
                            "DELETE FROM rate_limit_events WHERE at <= clock_timestamp() - make_interval(secs => ?)")) {
                        sweep.setDouble(1, seconds);
                        sweep.executeUpdate();
                    }
                }
                c.commit();
                return allowed;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            log.warn("the shared rate limit could not be checked, so the request is let through: {}",
                    database.failure("rate limit", e).getMessage());
            return true;
        }
    }

    @Override
    public Duration retryAfter(String userId) {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement("""
                SELECT greatest(0, extract(epoch FROM min(at) + make_interval(secs => ?) - clock_timestamp()))
                FROM rate_limit_events WHERE user_id = ?""")) {
            st.setDouble(1, window.toMillis() / 1000.0);
            st.setString(2, userId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return Duration.ofMillis(Math.round(rs.getDouble(1) * 1000));
            }
        } catch (SQLException e) {
            return Duration.ZERO;
        }
    }
}
