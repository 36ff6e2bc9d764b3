package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a question's words are read. */
class TermsTest {

    @Test
    void aQuestionWordWithIsRunIntoItIsSpelledOutHoweverItWasTyped() {
        assertThat(Terms.spelledOut("whats the population of matua island")).isEqualTo("what is the population of matua island");
        assertThat(Terms.spelledOut("What's the Abe Plan?")).isEqualTo("What is the Abe Plan?");
        assertThat(Terms.spelledOut("wheres the naval base and hows it armed")).isEqualTo("where is the naval base and how is it armed");
        assertThat(Terms.spelledOut("what is whatsoever")).isEqualTo("what is whatsoever");
    }
}
