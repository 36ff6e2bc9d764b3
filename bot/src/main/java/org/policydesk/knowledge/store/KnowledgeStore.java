package org.policydesk.knowledge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.PublicationDate;
import org.sqlite.SQLiteConfig;

/**
 * The knowledge base in one SQLite file: documents, passages, their FTS5 index and embeddings.
 *
 * <p>Reads run in a SQLite read transaction and see one committed generation of the knowledge base
 * as a whole (keyword index, vectors and texts alike), however a concurrent reload goes. Writes run
 * in one transaction on a single writer connection; the generation number changes with every
 * committed change, and the in-memory vector index follows it.
 */
public final class KnowledgeStore implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** BM25 weight of a passage's context (title, spelled-out abbreviations) against its own text. */
    private static final double CONTEXT_WEIGHT = 0.5;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int FREQUENCY_CACHE_ENTRIES = 200_000;

    private final Path file;
    private final int dimensions;
    private final Connection writer;
    private final boolean writable;
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<ReadConnection> readers;
    private final List<ReadConnection> allReaders = new ArrayList<>();
    private final Object indexLoad = new Object();
    /** The newest generation's vector index, and the one before it for snapshots still reading it. */
    private volatile VectorIndex currentIndex;
    private volatile VectorIndex previousIndex;
    private volatile FrequencyCache frequencies = new FrequencyCache(-1, new java.util.concurrent.ConcurrentHashMap<>());

    /** Document frequencies of one generation. */
    private record FrequencyCache(long generation, Map<String, Integer> byStem) {}

    private KnowledgeStore(Path file, int dimensions, Connection writer, int readerCount, boolean writable) throws SQLException {
        this.file = file;
        this.dimensions = dimensions;
        this.writer = writer;
        this.writable = writable;
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            ReadConnection reader = new ReadConnection(writable ? connect(file, true) : connectImmutable(file));
            allReaders.add(reader);
            readers.add(reader);
        }
    }

    /**
     * Opens the store, creating or migrating its schema. A file that is not a store of ours, or is
     * damaged, is refused with a message that says how to rebuild it.
     */
    public static KnowledgeStore open(Path file, int dimensions, int readerCount) {
        if (file.toString().contains("?") || file.toString().contains("#")) {
            // SQLite would read what follows as connection options, not as part of the file name.
            throw new StoreException("the store path " + file + " contains '?' or '#', which SQLite cannot take in a file name; "
                    + "choose another path for --db (POLICYBOT_DB)");
        }
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            return openReadOnly(file, dimensions, readerCount);
        }
        checkHeader(file);
        Connection writer = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = connect(file, false);
            migrate(writer, file);
            return new KnowledgeStore(file, dimensions, writer, readerCount, true);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException(problem(file, e), e);
        } catch (IOException e) {
            closeQuietly(writer);
            throw new StoreException("the store " + file + " cannot be created: " + e.getClass().getSimpleName() + " "
                    + e.getMessage() + ". Check that its folder can be written, or point --db (POLICYBOT_DB) elsewhere.", e);
        } catch (StoreException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * Opens a store file this process may not write (read-only permissions, a read-only mount):
     * answers are served from it as it is, and nothing is created beside it (no -wal or -shm files,
     * whose permissions would copy the file's and block later writers). Writing it fails clearly.
     */
    public static KnowledgeStore openReadOnly(Path file, int dimensions, int readerCount) {
        checkHeader(file);
        Connection connection = null;
        try {
            connection = connectImmutable(file);
            try (Statement st = connection.createStatement()) {
                int applicationId;
                try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                    applicationId = rs.next() ? rs.getInt(1) : 0;
                }
                if (applicationId != Schema.APPLICATION_ID) {
                    throw new StoreException(unusable(file, "it is not a store of this program"));
                }
                String version = meta(connection, "schema_version").orElse("0").strip();
                if (!version.equals(Integer.toString(Schema.VERSION))) {
                    throw new StoreException("the store " + file + " is read-only and has schema " + version + ", this program "
                            + Schema.VERSION + "; make the file writable so it can be upgraded");
                }
            }
            return new KnowledgeStore(file, dimensions, connection, readerCount, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(problem(file, e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Whether this process can write the store; a read-only one serves as it is and cannot be reloaded. */
    public boolean writable() {
        return writable;
    }

    /**
     * What is wrong with a store SQLite refused, in words that lead to the right fix: only a damaged
     * file is to be moved aside and rebuilt (which loses recorded answers and feedback).
     */
    private static String problem(Path file, SQLException e) {
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

    public Path file() {
        return file;
    }

    public int dimensions() {
        return dimensions;
    }

    private Map<String, Integer> frequencyCache(long generation) {
        FrequencyCache current = frequencies;
        if (current.generation() == generation) {
            return current.byStem();
        }
        if (current.generation() > generation) {
            // An older snapshot still being read: answer it without disturbing the newer cache.
            return new HashMap<>();
        }
        FrequencyCache fresh = new FrequencyCache(generation, new java.util.concurrent.ConcurrentHashMap<>());
        frequencies = fresh;
        return fresh.byStem();
    }

    /** Runs {@code work} against one consistent generation of the knowledge base. */
    public <T> T read(Function<Snapshot, T> work) {
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
            try {
                long generation = Long.parseLong(reader.meta("generation").orElse("0"));
                return work.apply(new Snapshot(reader, generation));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        } finally {
            readers.add(reader);
        }
    }

    /**
     * Runs {@code work} in one write transaction. If it throws, nothing it did is kept and readers
     * never saw any of it. The generation advances when the work changed anything.
     */
    public <T> T write(Function<Writer, T> work) {
        if (!writable) {
            throw new StoreException("the store " + file + " is read-only (this process cannot write the file), so it serves as it "
                    + "is; make it writable to reload or record answers");
        }
        writeLock.lock();
        try {
            Writer w = new Writer();
            T result;
            try {
                try (Statement begin = writer.createStatement()) {
                    begin.execute("BEGIN IMMEDIATE");
                }
                result = work.apply(w);
                if (w.changed) {
                    long next = Long.parseLong(meta(writer, "generation").orElse("0")) + 1;
                    putMeta(writer, "generation", Long.toString(next));
                }
                try (Statement commit = writer.createStatement()) {
                    commit.execute("COMMIT");
                }
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException("writing the store failed: " + problem(file, (SQLException) e), e);
            }
            if (w.changed) {
                read(snapshot -> snapshot.vectorIndex());
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /** Whole-file check, as SQLite's integrity_check sees it. */
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
            for (ReadConnection reader : allReaders) {
                reader.close();
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A read-only connection with the statements prepared on it, so that a query is compiled once,
     * not per question. One thread at a time holds it (the pool hands it out).
     */
    private static final class ReadConnection {
        /** Passage lookups by a list of rowids vary in length; this bounds how many shapes are kept. */
        private static final int MAX_STATEMENTS = 64;

        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        ReadConnection(Connection connection) {
            this.connection = connection;
        }

        Connection connection() {
            return connection;
        }

        PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement != null) {
                statement.clearParameters();
                return statement;
            }
            if (statements.size() >= MAX_STATEMENTS) {
                closeStatements();
            }
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
            return statement;
        }

        Optional<String> meta(String key) throws SQLException {
            PreparedStatement st = prepared("SELECT value FROM meta WHERE key = ?");
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }

        private void closeStatements() {
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // Closing: nothing left to do with it.
                }
            }
            statements.clear();
        }

        void close() {
            closeStatements();
            closeQuietly(connection);
        }
    }

    /** One committed generation of the store, valid inside {@link #read}. */
    public final class Snapshot {
        private final ReadConnection reader;
        private final Connection connection;
        private final long generation;
        private VectorIndex index;

        private Snapshot(ReadConnection reader, long generation) {
            this.reader = reader;
            this.connection = reader.connection();
            this.generation = generation;
        }

        public long generation() {
            return generation;
        }

        public Optional<String> meta(String key) {
            try {
                return reader.meta(key);
            } catch (SQLException e) {
                throw new StoreException("reading the store failed: " + e.getMessage(), e);
            }
        }

        /**
         * How many passages match an FTS5 expression, counting no further than {@code atMost}: no
         * ranking, so it stops at the first rows found.
         */
        public int countMatches(String ftsQuery, int atMost) {
            if (ftsQuery.isBlank()) {
                return 0;
            }
            try {
                PreparedStatement st = reader.prepared("SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)");
                st.setString(1, ftsQuery);
                st.setInt(2, atMost);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            } catch (SQLException e) {
                throw new StoreException("keyword search failed: " + e.getMessage(), e);
            }
        }

        /** BM25 over the FTS5 index. {@code ftsQuery} must already be a well-formed FTS5 expression. */
        public List<RankedRow> keywordSearch(String ftsQuery, int limit) {
            if (ftsQuery.isBlank()) {
                return List.of();
            }
            String sql = "SELECT rowid, bm25(passages_fts, 1.0, " + CONTEXT_WEIGHT + ") FROM passages_fts"
                    + " WHERE passages_fts MATCH ? ORDER BY 2 LIMIT ?";
            try {
                PreparedStatement st = reader.prepared(sql);
                st.setString(1, ftsQuery);
                st.setInt(2, limit);
                List<RankedRow> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RankedRow(rs.getLong(1), -rs.getDouble(2)));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new StoreException("keyword search failed: " + e.getMessage(), e);
            }
        }

        /**
         * How many passages hold each stem (as the FTS5 index stemmed them); absent stems count 0.
         */
        public Map<String, Integer> documentFrequencies(Collection<String> stems) {
            Map<String, Integer> frequencies = new HashMap<>();
            Map<String, Integer> cache = frequencyCache(generation);
            List<String> missing = new ArrayList<>();
            for (String stem : stems) {
                Integer known = cache.get(stem);
                if (known != null) {
                    frequencies.put(stem, known);
                } else {
                    missing.add(stem);
                }
            }
            if (missing.isEmpty()) {
                return frequencies;
            }
            // Counting a term's passages walks its posting list: worth doing once per generation.
            try {
                PreparedStatement st = reader.prepared("SELECT doc FROM passages_vocab WHERE term = ?");
                for (String stem : missing) {
                    st.setString(1, stem);
                    try (ResultSet rs = st.executeQuery()) {
                        int df = rs.next() ? rs.getInt(1) : 0;
                        frequencies.put(stem, df);
                        if (cache.size() < FREQUENCY_CACHE_ENTRIES) {
                            cache.put(stem, df);
                        }
                    }
                }
                return frequencies;
            } catch (SQLException e) {
                throw new StoreException("reading the vocabulary failed: " + e.getMessage(), e);
            }
        }

        /** The passages nearest to a unit-length query vector, by cosine similarity. */
        public List<RankedRow> nearest(float[] unitQuery, int limit) {
            return vectorIndex().nearest(unitQuery, limit);
        }

        /** Cosine similarity of a unit-length query to one passage (NaN when absent). */
        public double similarity(float[] unitQuery, long rowid) {
            return vectorIndex().similarity(unitQuery, rowid);
        }

        public Map<Long, StoredPassage> passages(Collection<Long> rowids) {
            Map<Long, StoredPassage> found = new HashMap<>();
            if (rowids.isEmpty()) {
                return found;
            }
            String marks = String.join(",", java.util.Collections.nCopies(rowids.size(), "?"));
            String sql = PASSAGE_SELECT + " WHERE p.rowid IN (" + marks + ")";
            try {
                PreparedStatement st = reader.prepared(sql);
                int i = 1;
                for (long rowid : rowids) {
                    st.setLong(i++, rowid);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        StoredPassage passage = readPassage(rs);
                        found.put(passage.rowid(), passage);
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new StoreException("reading passages failed: " + e.getMessage(), e);
            }
        }

        /** The stored sentence embeddings of passages, by rowid; passages stored without them are left out. */
        public Map<Long, float[][]> sentenceVectors(Collection<Long> rowids) {
            Map<Long, float[][]> found = new HashMap<>();
            if (rowids.isEmpty()) {
                return found;
            }
            String marks = String.join(",", java.util.Collections.nCopies(rowids.size(), "?"));
            try {
                PreparedStatement st = reader.prepared(
                    "SELECT rowid, sentence_vectors FROM passages WHERE sentence_vectors IS NOT NULL AND rowid IN (" + marks + ")");
                int i = 1;
                for (long rowid : rowids) {
                    st.setLong(i++, rowid);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), Vectors.unpackInt8(rs.getBytes(2)));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new StoreException("reading sentence embeddings failed: " + e.getMessage(), e);
            }
        }

        /** Every stored word embedding (unit length), by word. */
        public Map<String, float[]> wordVectors() {
            Map<String, float[]> found = new HashMap<>();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT word, vector FROM word_vectors")) {
                while (rs.next()) {
                    found.put(rs.getString(1), Vectors.unpackInt8(rs.getBytes(2))[0]);
                }
                return found;
            } catch (SQLException e) {
                throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
            }
        }

        /** Whether any word embedding is stored (a store built before they were kept has none). */
        public boolean hasWordVectors() {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM word_vectors LIMIT 1")) {
                return rs.next();
            } catch (SQLException e) {
                throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
            }
        }

        /** The words of a collection that have no stored embedding yet. */
        public Set<String> wordsWithoutVectors(Collection<String> words) {
            Set<String> missing = new java.util.LinkedHashSet<>(words);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT word FROM word_vectors")) {
                while (rs.next()) {
                    missing.remove(rs.getString(1));
                }
                return missing;
            } catch (SQLException e) {
                throw new StoreException("reading word embeddings failed: " + e.getMessage(), e);
            }
        }

        /** The texts of the first passages in storage order, at most {@code limit}. */
        public List<String> passageTexts(int limit) {
            try {
                PreparedStatement st = reader.prepared("SELECT text FROM passages ORDER BY rowid LIMIT ?");
                st.setInt(1, limit);
                List<String> texts = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        texts.add(rs.getString(1));
                    }
                }
                return texts;
            } catch (SQLException e) {
                throw new StoreException("reading passages failed: " + e.getMessage(), e);
            }
        }

        /** Every passage with its stored (unit-length) embedding, in storage order. */
        public void forEachPassage(java.util.function.BiConsumer<StoredPassage, float[]> action) {
            String sql = PASSAGE_SELECT.replace("p.text AS p_text,", "p.text AS p_text, p.embedding AS p_embedding,")
                    + " ORDER BY p.rowid";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    float[] vector = new float[dimensions];
                    Vectors.readInto(rs.getBytes("p_embedding"), vector, 0, dimensions);
                    action.accept(readPassage(rs), vector);
                }
            } catch (SQLException e) {
                throw new StoreException("reading passages failed: " + e.getMessage(), e);
            }
        }

        /** A document's passages in document order. */
        public List<StoredPassage> passagesOf(String documentId) {
            try {
                PreparedStatement st = reader.prepared(
                    PASSAGE_SELECT + " WHERE p.document_id = ? ORDER BY p.ordinal");
                st.setString(1, documentId);
                List<StoredPassage> passages = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        passages.add(readPassage(rs));
                    }
                }
                return passages;
            } catch (SQLException e) {
                throw new StoreException("reading passages failed: " + e.getMessage(), e);
            }
        }

        public Optional<StoredPassage> passage(String passageId) {
            try {
                PreparedStatement st = reader.prepared(PASSAGE_SELECT + " WHERE p.id = ?");
                st.setString(1, passageId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(readPassage(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("reading passages failed: " + e.getMessage(), e);
            }
        }

        public List<StoredDocument> documents() {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM documents ORDER BY published, id")) {
                List<StoredDocument> documents = new ArrayList<>();
                while (rs.next()) {
                    documents.add(new StoredDocument(readDocument(rs, ""), rs.getString("content_hash"),
                            rs.getInt("passage_count")));
                }
                return documents;
            } catch (SQLException e) {
                throw new StoreException("reading documents failed: " + e.getMessage(), e);
            }
        }

        public int passageCount() {
            return vectorIndex().size();
        }

        /** Documents with a passage whose stored embedding is damaged: left out of search until re-embedded. */
        public Set<String> damagedDocuments() {
            return vectorIndex().damagedDocuments();
        }

        /** The generation's vector index, resolved once per snapshot: reloads meanwhile cannot take it away. */
        VectorIndex vectorIndex() {
            if (index == null) {
                index = resolveIndex();
            }
            return index;
        }

        private VectorIndex resolveIndex() {
            VectorIndex index = currentIndex;
            if (index != null && index.generation() == generation) {
                return index;
            }
            VectorIndex older = previousIndex;
            if (older != null && older.generation() == generation) {
                return older;
            }
            synchronized (indexLoad) {
                index = currentIndex;
                if (index != null && index.generation() == generation) {
                    return index;
                }
                VectorIndex loaded = loadIndex(connection, generation);
                if (index == null || index.generation() < generation) {
                    previousIndex = index;
                    currentIndex = loaded;
                }
                return loaded;
            }
        }
    }

    /** Writes inside {@link #write}; every method runs in the same transaction. */
    public final class Writer {
        private boolean changed;

        public void deleteDocument(String documentId) {
            update("DELETE FROM documents WHERE id = ?", documentId);
        }

        /** Records that a document, unchanged, now lives in another file of the folder. */
        public void moveDocument(String documentId, String sourceFile) {
            update("UPDATE documents SET source_file = ? WHERE id = ?", sourceFile, documentId);
        }

        /**
         * Inserts a document with its passages, their embeddings (one per passage), and the
         * embeddings of each passage's sentences (or null where there are none).
         */
        public void insertDocument(Document document, List<Passage> passages, List<float[]> embeddings,
                List<float[][]> sentenceEmbeddings) {
            if (passages.size() != embeddings.size()) {
                throw new IllegalArgumentException(passages.size() + " passages but " + embeddings.size() + " embeddings");
            }
            DocumentMetadata m = document.metadata();
            try (PreparedStatement st = writer.prepareStatement("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                st.setString(1, m.id());
                st.setString(2, m.title());
                st.setString(3, JSON.writeValueAsString(m.authors()));
                st.setString(4, m.publisher());
                st.setString(5, m.outlet());
                st.setString(6, m.published().iso());
                st.setString(7, m.published().label());
                st.setString(8, m.sourceFile());
                st.setString(9, document.contentHash());
                st.setInt(10, passages.size());
                st.setString(11, Instant.now().toString());
                st.executeUpdate();
            } catch (SQLException | JsonProcessingException e) {
                throw new StoreException("storing document " + m.id() + " failed: " + e.getMessage(), e);
            }
            insertPassages(passages, embeddings, sentenceEmbeddings);
        }

        /** Inserts passages of documents that already exist in this transaction or before. */
        private void insertPassages(List<Passage> passages, List<float[]> embeddings, List<float[][]> sentenceEmbeddings) {
            String sql = "INSERT INTO passages (id, document_id, ordinal, paragraph, start_char, end_char, text, context, embedding,"
                    + " sentence_vectors) VALUES (?,?,?,?,?,?,?,?,?,?)";
            try (PreparedStatement st = writer.prepareStatement(sql)) {
                for (int i = 0; i < passages.size(); i++) {
                    Passage p = passages.get(i);
                    float[] vector = embeddings.get(i);
                    if (vector.length != dimensions) {
                        throw new IllegalArgumentException("embedding of " + p.id() + " has " + vector.length
                                + " dimensions, the store " + dimensions);
                    }
                    st.setString(1, p.id());
                    st.setString(2, p.documentId());
                    st.setInt(3, p.ordinal());
                    st.setInt(4, p.paragraph());
                    st.setInt(5, p.start());
                    st.setInt(6, p.end());
                    st.setString(7, p.text());
                    st.setString(8, p.context());
                    st.setBytes(9, Vectors.toBytes(Vectors.normalized(vector)));
                    float[][] sentences = sentenceEmbeddings == null ? null : sentenceEmbeddings.get(i);
                    st.setBytes(10, sentences == null ? null : Vectors.packInt8(sentences));
                    st.addBatch();
                }
                st.executeBatch();
                changed |= !passages.isEmpty();
            } catch (SQLException e) {
                throw new StoreException("storing passages failed: " + e.getMessage(), e);
            }
        }

        /** Stores word embeddings (int8); a word already stored keeps its embedding. */
        public void putWordVectors(Map<String, float[]> vectors) {
            try (PreparedStatement st = writer.prepareStatement("INSERT OR IGNORE INTO word_vectors (word, vector) VALUES (?, ?)")) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    st.setString(1, e.getKey());
                    st.setBytes(2, Vectors.packInt8(new float[][] {Vectors.normalized(e.getValue())}));
                    st.addBatch();
                }
                st.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("storing word embeddings failed: " + e.getMessage(), e);
            }
        }

        public void putMeta(String key, String value) {
            try {
                KnowledgeStore.putMeta(writer, key, value);
            } catch (SQLException e) {
                throw new StoreException("writing the store failed: " + e.getMessage(), e);
            }
        }

        /** Reads inside the write transaction, seeing this transaction's own changes. */
        public Map<String, StoredDocument> documents() {
            try (Statement st = writer.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM documents")) {
                Map<String, StoredDocument> documents = new LinkedHashMap<>();
                while (rs.next()) {
                    DocumentMetadata m = readDocument(rs, "");
                    documents.put(m.id(), new StoredDocument(m, rs.getString("content_hash"), rs.getInt("passage_count")));
                }
                return documents;
            } catch (SQLException e) {
                throw new StoreException("reading documents failed: " + e.getMessage(), e);
            }
        }

        private void update(String sql, String... args) {
            try (PreparedStatement st = writer.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    st.setString(i + 1, args[i]);
                }
                changed |= st.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new StoreException("writing the store failed: " + e.getMessage(), e);
            }
        }
    }

    private static final String PASSAGE_SELECT = """
            SELECT p.rowid AS p_rowid, p.id AS p_id, p.document_id AS p_document, p.ordinal AS p_ordinal,
                   p.paragraph AS p_paragraph, p.start_char AS p_start, p.end_char AS p_end, p.text AS p_text,
                   p.context AS p_context,
                   d.* FROM passages p JOIN documents d ON d.id = p.document_id""";

    private static StoredPassage readPassage(ResultSet rs) throws SQLException {
        Passage passage = new Passage(rs.getString("p_id"), rs.getString("p_document"), rs.getInt("p_ordinal"),
                rs.getInt("p_paragraph"), rs.getInt("p_start"), rs.getInt("p_end"), rs.getString("p_text"),
                rs.getString("p_context"));
        return new StoredPassage(rs.getLong("p_rowid"), passage, readDocument(rs, ""));
    }

    private static DocumentMetadata readDocument(ResultSet rs, String prefix) throws SQLException {
        List<String> authors;
        try {
            authors = JSON.readValue(rs.getString(prefix + "authors"), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            authors = List.of();
        }
        return new DocumentMetadata(rs.getString(prefix + "id"), rs.getString(prefix + "title"), authors,
                rs.getString(prefix + "publisher"), rs.getString(prefix + "outlet"),
                new PublicationDate(rs.getString(prefix + "published"), rs.getString(prefix + "published_label")),
                rs.getString(prefix + "source_file"));
    }

    private VectorIndex loadIndex(Connection connection, long generation) {
        try (Statement st = connection.createStatement()) {
            int count;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM passages")) {
                count = rs.next() ? rs.getInt(1) : 0;
            }
            VectorIndex.Builder index = new VectorIndex.Builder(generation, dimensions, count);
            float[] vector = new float[dimensions];
            int damaged = 0;
            try (ResultSet rs = st.executeQuery("SELECT rowid, embedding, document_id FROM passages ORDER BY rowid")) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(2);
                    if (bytes == null || bytes.length != dimensions * Float.BYTES) {
                        // One damaged row must not stop the rest from serving; the next reload re-embeds its document.
                        index.damaged(rs.getString(3));
                        damaged++;
                        continue;
                    }
                    Vectors.readInto(bytes, vector, 0, dimensions);
                    index.add(rs.getLong(1), vector);
                }
            }
            if (damaged > 0 && damaged == count) {
                throw new StoreException("no stored embedding has the model's " + dimensions + " dimensions (another model built "
                        + file + "); move or delete that file, and the next command rebuilds it from the knowledge folder");
            }
            if (damaged > 0) {
                log.warn("{} stored embeddings in {} are damaged; their documents are left out until a reload re-embeds them",
                        damaged, file.getFileName());
            }
            return index.build();
        } catch (SQLException e) {
            throw new StoreException("loading embeddings failed: " + e.getMessage(), e);
        }
    }

    /** A connection that only reads a file no one writes meanwhile, creating nothing beside it. */
    private static Connection connectImmutable(Path file) throws SQLException {
        return connect(file, new SQLiteConfig(), false);
    }

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
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        String path = file.toAbsolutePath().toUri().getRawPath();
        return DriverManager.getConnection("jdbc:sqlite:file:" + path + "?immutable=1", config.toProperties());
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (readOnly) {
            config.setReadOnly(true);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static void checkHeader(Path file) {
        // One look at the file: asking "is it a file?" and then "does it exist?" let another opener create it
        // in between, and a new store was called "not a file".
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
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

    /**
     * Switches a new file to WAL. While another process does the same, SQLite answers "busy" at once
     * rather than waiting, so this waits and tries again, for as long as the busy timeout.
     */
    private static void walMode(Statement st) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MILLIS);
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

    private static void migrate(Connection connection, Path file) throws SQLException {
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

    private static String unusable(Path file, String why) {
        return "the store " + file + " cannot be used: " + why
                + ". Move or delete that file; the next command rebuilds it from the knowledge folder.";
    }

    private static Optional<String> meta(Connection connection, String key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    private void rollback() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Nothing was begun, or SQLite already rolled back: either way nothing is kept.
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is best effort at shutdown.
            }
        }
    }
}
