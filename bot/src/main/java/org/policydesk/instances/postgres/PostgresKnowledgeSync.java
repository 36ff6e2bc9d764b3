package org.policydesk.instances.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.policydesk.instances.KnowledgeSync;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge-base changes announced through the shared database: each change is a row of
 * {@code knowledge_generations} and a NOTIFY on one channel. A follower LISTENs on a connection of
 * its own; a notification only wakes it, and it reloads when the table holds a generation from
 * another instance newer than the last it saw. It also looks every {@code poll}, so a change made
 * while it was disconnected (a notification it could not hear) is caught up with.
 */
public final class PostgresKnowledgeSync implements KnowledgeSync {

    private static final Logger log = LoggerFactory.getLogger(PostgresKnowledgeSync.class);
    static final String CHANNEL = "policydesk_knowledge";
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final PostgresDatabase database;
    private final Duration poll;
    private final Object seenLock = new Object();
    private long seen;
    private volatile boolean closed;
    private volatile Connection listening;
    private Thread follower;

    public PostgresKnowledgeSync(PostgresDatabase database, Duration poll) {
        this.database = database;
        this.poll = poll;
        this.seen = latest();
    }

    @Override
    public void announce(String change) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long generation;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO knowledge_generations (instance_id, change) VALUES (?, ?) RETURNING generation")) {
                insert.setString(1, database.instanceId());
                insert.setString(2, change);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    generation = rs.getLong(1);
                }
            }
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, Long.toString(generation));
                notify.execute();
            }
            // The notification is delivered when this commits, with the row it announces.
            c.commit();
            synchronized (seenLock) {
                seen = Math.max(seen, generation);
            }
        } catch (SQLException e) {
            log.warn("the other instances could not be told of the change, and will see it only when they reload: {}",
                    database.failure("announce", e).getMessage());
        }
    }

    @Override
    public synchronized void follow(Runnable reload) {
        if (follower != null) {
            throw new IllegalStateException("already following");
        }
        follower = new Thread(() -> listen(reload), "policydesk-knowledge-sync");
        follower.setDaemon(true);
        follower.start();
    }

    private void listen(Runnable reload) {
        while (!closed) {
            try (Connection c = database.dedicatedConnection()) {
                listening = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                catchUp(reload);
                while (!closed) {
                    // Woken by a notification, or at the poll: either way the table decides.
                    pg.getNotifications((int) poll.toMillis());
                    catchUp(reload);
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                log.warn("listening for knowledge-base changes failed; trying again in {} s: {}", RECONNECT_DELAY.toSeconds(),
                        database.failure("listen", e).getMessage());
                try {
                    Thread.sleep(RECONNECT_DELAY.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                listening = null;
            }
        }
    }

    /** Reloads once for every generation another instance announced since the last one seen. */
    private void catchUp(Runnable reload) throws SQLException {
        long from;
        synchronized (seenLock) {
            from = seen;
        }
        long newest = from;
        boolean fromOthers = false;
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT generation, instance_id FROM knowledge_generations WHERE generation > ? ORDER BY generation")) {
            st.setLong(1, from);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    newest = rs.getLong(1);
                    fromOthers |= !rs.getString(2).equals(database.instanceId());
                }
            }
        }
        if (newest == from) {
            return;
        }
        if (fromOthers) {
            log.info("another instance changed the knowledge base (generation {}); reloading", newest);
            try {
                reload.run();
            } catch (RuntimeException e) {
                // Tried again at the next wake-up, as the generation stays unseen.
                log.warn("reloading after another instance's change failed: {}", e.getMessage());
                return;
            }
        }
        synchronized (seenLock) {
            seen = Math.max(seen, newest);
        }
    }

    /** The newest generation in the table (0 when there is none). */
    private long latest() {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT coalesce(max(generation), 0) FROM knowledge_generations"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw database.failure("reading the knowledge base's generation failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing only wakes the follower up.
            }
        }
        Thread thread;
        synchronized (this) {
            thread = follower;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
