package org.policydesk.instances.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Turn;
import org.policydesk.bot.AnswerIds;
import org.policydesk.bot.Caller;
import org.policydesk.bot.CitationsJson;
import org.policydesk.bot.InteractionLog;
import org.policydesk.bot.InteractionRows;
import org.policydesk.gaps.AskedQuestion;

/**
 * The conversation log of every instance, in the shared database: answers and votes from any
 * instance land in the same tables, so reports and counts cover them all. Each write is a
 * transaction of its own, committed before the reader is answered.
 */
public final class PostgresInteractionLog implements InteractionLog {

    private final PostgresDatabase database;
    private final SecureRandom random = new SecureRandom();

    public PostgresInteractionLog(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public String record(Caller caller, Answer answer) {
        String id = AnswerIds.next(random);
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO answers (id, instance_id, conversation_id, user_id, question, answer, answered, mode, citations)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")) {
            st.setString(1, id);
            st.setString(2, database.instanceId());
            st.setString(3, caller.conversationId());
            st.setString(4, caller.userId());
            st.setString(5, answer.question());
            st.setString(6, answer.text());
            st.setBoolean(7, answer.answered());
            st.setString(8, answer.mode().wireName());
            st.setString(9, CitationsJson.write(answer.citations()));
            st.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw database.failure("recording the answer failed", e);
        }
    }

    @Override
    public List<Turn> recentTurns(String conversationId, int turns) {
        if (conversationId == null || turns <= 0) {
            return List.of();
        }
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT question, answer FROM answers WHERE conversation_id = ? ORDER BY created_at DESC LIMIT ?")) {
            st.setString(1, conversationId);
            st.setInt(2, turns);
            try (ResultSet rs = st.executeQuery()) {
                return InteractionRows.turnsOldestFirst(rs);
            }
        } catch (SQLException e) {
            throw database.failure("reading the conversation failed", e);
        }
    }

    @Override
    public Optional<List<Citation>> citations(String answerId) {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT citations::text FROM answers WHERE id = ?")) {
            st.setString(1, answerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(CitationsJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw database.failure("reading the answer failed", e);
        }
    }

    @Override
    public boolean vote(String answerId, String userId, int vote) {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO feedback (answer_id, user_id, vote, instance_id)
                SELECT id, ?, ?, ? FROM answers WHERE id = ?
                ON CONFLICT (answer_id, user_id) DO UPDATE
                    SET vote = excluded.vote, created_at = clock_timestamp(), instance_id = excluded.instance_id""")) {
            st.setString(1, userId);
            st.setShort(2, (short) vote);
            st.setString(3, database.instanceId());
            st.setString(4, answerId);
            return st.executeUpdate() > 0;
        } catch (SQLException e) {
            throw database.failure("recording the vote failed", e);
        }
    }

    @Override
    public long answerCount() {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement("SELECT count(*) FROM answers");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw database.failure("counting the answers failed", e);
        }
    }

    @Override
    public int[] voteCounts() {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FILTER (WHERE vote = 1), count(*) FILTER (WHERE vote = -1) FROM feedback");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        } catch (SQLException e) {
            throw database.failure("reading the votes failed", e);
        }
    }

    @Override
    public List<AskedQuestion> askedSince(Instant since, int limit) {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement("""
                SELECT a.created_at, a.user_id, a.question, a.answered,
                       count(f.vote) FILTER (WHERE f.vote = 1), count(f.vote) FILTER (WHERE f.vote = -1)
                FROM answers a LEFT JOIN feedback f ON f.answer_id = a.id
                WHERE a.created_at >= ? GROUP BY a.id ORDER BY a.created_at DESC LIMIT ?""")) {
            st.setTimestamp(1, Timestamp.from(since));
            st.setInt(2, limit);
            List<AskedQuestion> asked = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    asked.add(new AskedQuestion(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
            return asked;
        } catch (SQLException e) {
            throw database.failure("reading the questions asked failed", e);
        }
    }

    /** The database is the instance's to close (it is shared with the rate limiter and the sync). */
    @Override
    public void close() {}
}
