package org.policydesk.bot;

import java.util.List;
import java.util.Optional;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Turn;
import org.policydesk.gaps.QuestionHistory;

/**
 * The answers the bot gave in conversations and the votes readers left on them: one instance's
 * ({@link SqliteInteractionLog}), or every instance's in a shared database.
 */
public interface InteractionLog extends QuestionHistory, AutoCloseable {

    /** Records an answer and returns its id (short enough for a button's custom id). */
    String record(Caller caller, Answer answer);

    /** The most recent turns of a conversation, oldest first. */
    List<Turn> recentTurns(String conversationId, int turns);

    /** The citations of a recorded answer, as they were shown. */
    Optional<List<Citation>> citations(String answerId);

    /** Records a vote (+1 or -1); a user's later vote on the same answer replaces the earlier one. */
    boolean vote(String answerId, String userId, int vote);

    /** How many answers were recorded. */
    long answerCount();

    /** Votes so far: helpful and unhelpful. */
    int[] voteCounts();

    @Override
    void close();
}
