package org.policydesk.gaps;

import java.time.Instant;

/** A question the bot was asked, as the conversation log recorded it, with the votes its answer got. */
public record AskedQuestion(Instant askedAt, String userId, String question, boolean answered, int upVotes, int downVotes) {

    /** Whether more readers voted the answer down than up. */
    public boolean disliked() {
        return downVotes > upVotes;
    }
}
