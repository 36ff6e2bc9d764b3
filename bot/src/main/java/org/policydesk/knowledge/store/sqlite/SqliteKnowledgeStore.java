package org.policydesk.knowledge.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.policydesk.knowledge.store.KnowledgeSnapshot;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.KnowledgeWriter;
import org.policydesk.knowledge.store.StoreException;

/**
 * The knowledge base in one SQLite file: documents, passages, their FTS5 index and embeddings.
 *
 * <p>Reads take a connection from a small pool and run in a SQLite read transaction, so each sees
 * one committed generation. Writes run in one transaction on a single writer connection; the
 * generation number changes with every committed change, and the in-memory vector index follows it.
 */
public final class SqliteKnowledgeStore implements KnowledgeStore {

    private final Path file;
    private final int dimensions;
    private final Connection writer;
    private final boolean writable;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<ReadConnection> readers;
    private final List<ReadConnection> allReaders = new ArrayList<>();
    private final VectorIndexes indexes;
    private final TermFrequencies frequencies = new TermFrequencies();

    private SqliteKnowledgeStore(Path file, int dimensions, Connection writer, int readerCount, boolean writable) throws SQLException {
        this.file = file;
        this.dimensions = dimensions;
        this.writer = writer;
        this.writable = writable;
        this.indexes = new VectorIndexes(file, dimensions);
        this.readers = new ArrayBlockingQueue<>(readerCount);
        try {
            for (int i = 0; i < readerCount; i++) {
                ReadConnection reader = new ReadConnection(writable ? StoreFile.connectShared(file, true) : StoreFile.connectImmutable(file));
                allReaders.add(reader);
                readers.add(reader);
            }
        } catch (SQLException e) {
            allReaders.forEach(ReadConnection::close);
            throw e;
        }
    }

    /**
     * Opens the store, creating or migrating its schema. A file that is not a store of ours, or is
     * damaged, is refused with a message that says how to rebuild it. A file this process cannot
     * write is opened as it is ({@link #openReadOnly}).
     */
    public static SqliteKnowledgeStore open(Path file, int dimensions, int readerCount) {
        if (file.toString().contains("?") || file.toString().contains("#")) {
            // SQLite would read what follows as connection options, not as part of the file name.
            throw new StoreException("the store path " + file + " contains '?' or '#', which SQLite cannot take in a file name; "
                    + "choose another path for --db (POLICYBOT_DB)");
        }
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            return openReadOnly(file, dimensions, readerCount);
        }
        StoreFile.checkHeader(file);
        Connection writer = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = StoreFile.connectShared(file, false);
            StoreFile.migrate(writer, file);
            return new SqliteKnowledgeStore(file, dimensions, writer, readerCount, true);
        } catch (SQLException e) {
            StoreFile.closeQuietly(writer);
            throw new StoreException(StoreFile.problem(file, e), e);
        } catch (IOException e) {
            StoreFile.closeQuietly(writer);
            throw new StoreException("the store " + file + " cannot be created: " + e.getClass().getSimpleName() + " "
                    + e.getMessage() + ". Check that its folder can be written, or point --db (POLICYBOT_DB) elsewhere.", e);
        } catch (StoreException e) {
            StoreFile.closeQuietly(writer);
            throw e;
        }
    }

    /**
     * Opens a store file this process may not write (read-only permissions, a read-only mount):
     * answers are served from it as it is, and nothing is created beside it (no -wal or -shm files,
     * whose permissions would copy the file's and block later writers). Writing it fails clearly.
     */
    public static SqliteKnowledgeStore openReadOnly(Path file, int dimensions, int readerCount) {
        StoreFile.checkHeader(file);
        Connection connection = null;
        try {
            connection = StoreFile.connectImmutable(file);
            StoreFile.checkReadOnly(connection, file);
            return new SqliteKnowledgeStore(file, dimensions, connection, readerCount, false);
        } catch (SQLException e) {
            StoreFile.closeQuietly(connection);
            throw new StoreException(StoreFile.problem(file, e), e);
        } catch (StoreException e) {
            StoreFile.closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public <T> T read(Function<KnowledgeSnapshot, T> work) {
        ReadConnection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
        Connection connection = reader.connection();
        try {
            connection.setAutoCommit(false);
            SqliteSnapshot snapshot = null;
            try {
                long generation = Long.parseLong(reader.meta("generation").orElse("0"));
                snapshot = new SqliteSnapshot(reader, generation, dimensions, indexes, frequencies);
                return work.apply(snapshot);
            } finally {
                if (snapshot != null) {
                    snapshot.end();
                }
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public <T> T write(Function<KnowledgeWriter, T> work) {
        if (!writable) {
            throw new StoreException("the store " + file + " is read-only (this process cannot write the file), so it serves as it "
                    + "is; make it writable to reload or record answers");
        }
        writeLock.lock();
        try {
            SqliteWriter w = new SqliteWriter(writer, dimensions);
            T result;
            try {
                try (Statement begin = writer.createStatement()) {
                    begin.execute("BEGIN IMMEDIATE");
                }
                result = work.apply(w);
                if (w.changed()) {
                    long next = Long.parseLong(StoreFile.meta(writer, "generation").orElse("0")) + 1;
                    StoreFile.putMeta(writer, "generation", Long.toString(next));
                }
                try (Statement commit = writer.createStatement()) {
                    commit.execute("COMMIT");
                }
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException("writing the store failed: " + StoreFile.problem(file, (SQLException) e), e);
            }
            if (w.changed()) {
                // Load the new generation's vector index now, not on the first question after the reload.
                read(KnowledgeSnapshot::vectors);
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<String> integrityProblems() {
        writeLock.lock();
        try (Statement st = writer.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
            return problems;
        } catch (SQLException e) {
            return List.of(e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            allReaders.forEach(ReadConnection::close);
            StoreFile.closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollback() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite already rolled back: either way nothing is kept.
        }
    }
}
