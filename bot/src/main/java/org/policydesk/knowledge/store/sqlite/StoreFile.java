package org.policydesk.knowledge.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.policydesk.knowledge.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The store's file as SQLite sees it: checking that it is one of ours, connecting, bringing its
 * schema up to date, and saying what a refusal from SQLite means in words that lead to the fix.
 */
public final class StoreFile {

    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreFile() {}

    /**
     * A connection to a store file with the given settings. One this process cannot write is
     * opened read-only and immutable: SQLite then creates nothing beside it (no -wal or -shm file
     * copying its read-only permissions, which would block the next writer).
     */
    public static Connection connect(Path file, SQLiteConfig config, boolean writable) throws SQLException {
        if (writable) {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        }
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String path = file.toAbsolutePath().toUri().getRawPath();
        return DriverManager.getConnection("jdbc:sqlite:file:" + path + "?immutable=1", config.toProperties());
    }

    /** A connection that only reads a file no one writes meanwhile, creating nothing beside it. */
    static Connection connectImmutable(Path file) throws SQLException {
        return connect(file, new SQLiteConfig(), false);
    }

    /** A connection of the store's own pool: waits for a busy file, enforces foreign keys. */
    static Connection connectShared(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (readOnly) {
            config.setReadOnly(true);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** Refuses a path that is not a file, or a file that is not a SQLite database; an absent one passes. */
    static void checkHeader(Path file) {
        // One look at the file: asking "is it a file?" and then "does it exist?" let another opener create it
        // in between, and a new store was called "not a file".
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            // Not there, or not reachable (a parent that is a file): opening it says what is wrong.
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new StoreException(file + " is not a file; point --db (POLICYBOT_DB) at a file path");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(unusable(file, "it is not a SQLite database"));
            }
        } catch (IOException e) {
            throw new StoreException(unusable(file, e.getMessage()), e);
        }
    }

    /** Checks a store opened read-only: ours, and of this program's schema (it cannot be upgraded). */
    static void checkReadOnly(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            if ((rs.next() ? rs.getInt(1) : 0) != Schema.APPLICATION_ID) {
                throw new StoreException(unusable(file, "it is not a store of this program"));
            }
        }
        String version = meta(connection, "schema_version").orElse("0").strip();
        if (!version.equals(Integer.toString(Schema.VERSION))) {
            throw new StoreException("the store " + file + " is read-only and has schema " + version + ", this program "
                    + Schema.VERSION + "; make the file writable so it can be upgraded");
        }
    }

    /** Switches to WAL, checks the file, and runs the migrations it has not had, once across processes. */
    static void migrate(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            walMode(st);
            String check;
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                check = rs.next() ? rs.getString(1) : "no answer";
            }
            if (!"ok".equals(check)) {
                throw new StoreException(unusable(file, "it is damaged (" + check + ")"));
            }
            int applicationId;
            int tables;
            String recorded;
            // One read transaction: another process creating the store is seen wholly or not at all.
            st.execute("BEGIN");
            try {
                try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                    applicationId = rs.next() ? rs.getInt(1) : 0;
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    tables = rs.next() ? rs.getInt(1) : 0;
                }
                recorded = tables > 0 && applicationId == Schema.APPLICATION_ID ? meta(connection, "schema_version").orElse("0") : "0";
            } finally {
                st.execute("COMMIT");
            }
            if (tables > 0 && applicationId != Schema.APPLICATION_ID) {
                throw new StoreException(unusable(file, "it is a SQLite database of some other program"));
            }
            int version;
            try {
                version = Integer.parseInt(recorded.strip());
            } catch (NumberFormatException e) {
                throw new StoreException(unusable(file, "it is damaged (its schema version reads '" + recorded + "')"), e);
            }
            if (version > Schema.VERSION) {
                throw new StoreException(file + " was written by a newer PolicyDesk (schema " + version
                        + ", this one knows " + Schema.VERSION + "); upgrade, or point --db at another file");
            }
            if (version == Schema.VERSION) {
                return;
            }
            st.execute("BEGIN IMMEDIATE");
            try {
                // Another process may have created or upgraded the schema since it was read: read it again
                // under the write lock, so two processes opening a new store never both create it.
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    tables = rs.next() ? rs.getInt(1) : 0;
                }
                version = tables == 0 ? 0 : Integer.parseInt(meta(connection, "schema_version").orElse("0").strip());
                for (int v = version; v < Schema.VERSION; v++) {
                    for (String sql : Schema.MIGRATIONS.get(v)) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                putMeta(connection, "schema_version", Integer.toString(Schema.VERSION));
                st.execute("COMMIT");
            } catch (SQLException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /**
     * Switches a new file to WAL. While another process does the same, SQLite answers "busy" at once
     * rather than waiting, so this waits and tries again, for as long as the busy timeout.
     */
    private static void walMode(Statement st) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MILLIS);
        for (int attempt = 0; ; attempt++) {
            try {
                st.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                int code = e.getErrorCode() & 0xff;
                if (code != 5 && code != 6 || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(100, 5L << Math.min(attempt, 5)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * What is wrong with a store SQLite refused, in words that lead to the right fix: only a damaged
     * file is to be moved aside and rebuilt (which loses recorded answers and feedback).
     */
    static String problem(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case 11, 26 -> unusable(file, "it is damaged (" + e.getMessage() + ")");
            case 5, 6 -> "the store " + file + " is busy: another process holds it (" + e.getMessage() + "). Try again in a moment.";
            case 8, 3, 23 -> "the store " + file + " cannot be written (" + e.getMessage() + "). Check the permissions of the file, "
                    + "its -wal and -shm files and its folder.";
            case 13 -> "the store " + file + " cannot grow: the disk is full (" + e.getMessage() + ").";
            case 14 -> "the store " + file + " cannot be opened (" + e.getMessage() + "). Check that the file and its folder "
                    + "exist and can be read and written.";
            case 10 -> "reading or writing the store " + file + " failed (" + e.getMessage() + "). If its -wal or -shm file was "
                    + "removed while another process had it open, stop that process and try again.";
            default -> "the store " + file + " cannot be used: " + e.getMessage();
        };
    }

    static String unusable(Path file, String why) {
        return "the store " + file + " cannot be used: " + why
                + ". Move or delete that file; the next command rebuilds it from the knowledge folder.";
    }

    static Optional<String> meta(Connection connection, String key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void putMeta(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is best effort at shutdown.
            }
        }
    }
}
