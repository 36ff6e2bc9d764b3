package org.policydesk.bot;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Turn;
import org.policydesk.gaps.AskedQuestion;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.sqlite.StoreFile;
import org.sqlite.SQLiteConfig;

/**
 * The interaction log of one instance, in the store's SQLite file beside the knowledge base (a
 * reload never touches it). Each write commits on its own, so a crash loses nothing that was
 * acknowledged.
 */
public final class SqliteInteractionLog implements InteractionLog {

    private final Connection connection;
    private final SecureRandom random = new SecureRandom();
    private boolean tablesSeen;

    /**
     * Opens the log in a store file that {@link org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore#open} has opened,
     * creating its tables there if they are not yet.
     *
     * @param writable whether the file can be written; a read-only one is read without creating anything beside it,
     *                 and recording in it fails (which answering survives)
     */
    public SqliteInteractionLog(Path dbFile, boolean writable) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            this.connection = StoreFile.connect(dbFile, config, writable);
            if (writable) {
                try (var st = connection.createStatement()) {
                    for (String ddl : SCHEMA) {
                        st.execute(ddl);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the interaction log cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * The log's own tables, beside the knowledge base's in the same file (stores written before the log
     * owned them already have them, as the knowledge store's second migration made them).
     */
    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS answers (
                id TEXT PRIMARY KEY,
                created_at TEXT NOT NULL,
                conversation_id TEXT,
                user_id TEXT NOT NULL,
                question TEXT NOT NULL,
                answer TEXT NOT NULL,
                answered INTEGER NOT NULL,
                mode TEXT NOT NULL,
                citations TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS answers_by_conversation ON answers(conversation_id, created_at)",
            """
            CREATE TABLE IF NOT EXISTS feedback (
                answer_id TEXT NOT NULL REFERENCES answers(id),
                user_id TEXT NOT NULL,
                vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                created_at TEXT NOT NULL,
                PRIMARY KEY (answer_id, user_id))""");

    @Override
    public synchronized List<AskedQuestion> askedSince(Instant since, int limit) {
        if (!hasTables()) {
            return List.of();
        }
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT a.created_at, a.user_id, a.question, a.answered,
                       coalesce(sum(f.vote = 1), 0), coalesce(sum(f.vote = -1), 0)
                FROM answers a LEFT JOIN feedback f ON f.answer_id = a.id
                WHERE a.created_at >= ? GROUP BY a.id ORDER BY a.created_at DESC, a.rowid DESC LIMIT ?""")) {
            st.setString(1, since.toString());
            st.setInt(2, limit);
            List<AskedQuestion> asked = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    asked.add(new AskedQuestion(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getInt(4) == 1, rs.getInt(5), rs.getInt(6)));
                }
            }
            return asked;
        } catch (SQLException e) {
            throw new StoreException("reading the questions asked failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized String record(Caller caller, Answer answer) {
        String id = AnswerIds.next(random);
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?)")) {
            st.setString(1, id);
            st.setString(2, Instant.now().toString());
            st.setString(3, caller.conversationId());
            st.setString(4, caller.userId());
            st.setString(5, answer.question());
            st.setString(6, answer.text());
            st.setInt(7, answer.answered() ? 1 : 0);
            st.setString(8, answer.mode().wireName());
            st.setString(9, CitationsJson.write(answer.citations()));
            st.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new StoreException("recording the answer failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Turn> recentTurns(String conversationId, int turns) {
        if (conversationId == null || turns <= 0 || !hasTables()) {
            return List.of();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT question, answer FROM answers WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?")) {
            st.setString(1, conversationId);
            st.setInt(2, turns);
            try (ResultSet rs = st.executeQuery()) {
                return InteractionRows.turnsOldestFirst(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the conversation failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<List<Citation>> citations(String answerId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT citations FROM answers WHERE id = ?")) {
            st.setString(1, answerId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(CitationsJson.read(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the answer failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean vote(String answerId, String userId, int vote) {
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO feedback(answer_id, user_id, vote, created_at)
                SELECT id, ?, ?, ? FROM answers WHERE id = ?
                ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at""")) {
            st.setString(1, userId);
            st.setInt(2, vote);
            st.setString(3, Instant.now().toString());
            st.setString(4, answerId);
            return st.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("recording the vote failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long answerCount() {
        if (!hasTables()) {
            return 0;
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM answers"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("counting the answers failed: " + e.getMessage(), e);
        }
    }

    /** Votes so far (none in a read-only store that no log ever wrote to). */
    @Override
    public synchronized int[] voteCounts() {
        if (!hasTables()) {
            return new int[] {0, 0};
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT coalesce(sum(vote = 1), 0), coalesce(sum(vote = -1), 0) FROM feedback");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        } catch (SQLException e) {
            throw new StoreException("reading the votes failed: " + e.getMessage(), e);
        }
    }

    /** Whether the log's tables exist; once they do they stay, so asked again only until then. */
    private boolean hasTables() {
        if (tablesSeen) {
            return true;
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('answers', 'feedback')");
                ResultSet rs = st.executeQuery()) {
            tablesSeen = rs.next() && rs.getInt(1) == 2;
            return tablesSeen;
        } catch (SQLException e) {
            throw new StoreException("reading the interaction log failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Best effort at shutdown.
        }
    }
}
