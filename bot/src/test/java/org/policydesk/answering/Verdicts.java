package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

/** The check every answering test makes: whether an answer is marked answered, and what it says. */
final class Verdicts {

    private Verdicts() {}

    /** Checks the answer is marked answered (or not) and says each of these; returns it for further checks. */
    static Answer assertVerdict(Answer answer, boolean answered, String... said) {
        assertThat(answer.answered()).as(answer.text()).isEqualTo(answered);
        if (said.length > 0) {
            assertThat(answer.text()).contains(said);
        }
        return answer;
    }
}
