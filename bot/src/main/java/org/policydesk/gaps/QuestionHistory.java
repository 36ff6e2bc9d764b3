package org.policydesk.gaps;

import java.time.Instant;
import java.util.List;

/** Where the questions asked are kept. */
public interface QuestionHistory {

    /** The questions asked at or after {@code since}, newest first, at most {@code limit}. */
    List<AskedQuestion> askedSince(Instant since, int limit);
}
