package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenedTest {

    @Test
    void textThatFitsIsKeptAndLongerTextEndsInAnEllipsisWithinTheLength() {
        assertThat(Shortened.toLength("Sochi summit", 12)).isEqualTo("Sochi summit");
        assertThat(Shortened.toLength("Sochi summit", 8)).isEqualTo("Sochi s…").hasSize(8);
        assertThat(Shortened.atWord("The Kurils allow Russia to expand", 20)).isEqualTo("The Kurils allow…");
        assertThat(Shortened.atWord("Anti-Access/Area-Denial", 10)).as("no word ends in the second half").isEqualTo("Anti-Acce…");
        assertThat(Shortened.atWord("short", 10)).isEqualTo("short");
    }
}
