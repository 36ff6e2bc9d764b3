package org.policydesk.gaps;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What readers asked over a period that the knowledge base could not answer, so an admin knows
 * which documents to add: questions refused as not covered, answers voted down, and the most asked
 * topics, each as groups of similar questions with their counts.
 *
 * @param since     the start of the period, or null for all that is recorded
 * @param questions how many questions were asked in it (those read, at most {@link GapReports#MAX_QUESTIONS})
 */
public record GapReport(Instant since, Instant until, int questions, int notCoveredCount, int dislikedCount,
        List<Group> notCovered, List<Group> disliked, List<Group> mostAsked) {

    /**
     * Similar questions: the one nearest the group's centre stands for it, with a few others as
     * asked; the users who asked only when the report was asked to name them.
     */
    public record Group(int count, String question, List<String> alsoAsked, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> users) {}
}
