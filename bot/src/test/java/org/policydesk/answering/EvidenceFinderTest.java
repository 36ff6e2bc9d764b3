package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the evidence finder reads a passage's years, on hand-made text. */
class EvidenceFinderTest {

    @Test
    void aLongNameIsFoundWithOneWordInsideIt() {
        java.util.List<String> text = java.util.List.of("fellow", "china", "east", "asia", "unit", "state", "ceau", "program", "co");
        assertThat(EvidenceFinder.containsRun(text, java.util.List.of("unit", "state", "ceau", "program"))).isTrue();
        assertThat(EvidenceFinder.containsRun(text, java.util.List.of("unit", "state", "program"))).as("the acronym inside").isTrue();
        assertThat(EvidenceFinder.containsRun(text, java.util.List.of("state", "program"))).as("a short name, exactly").isFalse();
        assertThat(EvidenceFinder.containsRun(text, java.util.List.of("china", "unit", "program"))).as("two words inside").isFalse();
        assertThat(EvidenceFinder.containsRun(text, java.util.List.of("program", "state", "unit"))).as("in order").isFalse();
    }

    @Test
    void aYearThatIsPartOfANameDatesNothing() {
        assertThat(EvidenceFinder.datesSomething("Japan should seize on the timing of the Tokyo 2020 Olympics.", "2020")).isFalse();
        assertThat(EvidenceFinder.datesSomething("At the same time, the Russian *Vostok 2018* military manoeuvres went on.", "2018"))
                .isFalse();
        assertThat(EvidenceFinder.datesSomething("In 2014 Japan joined the EU sanctions.", "2014")).isTrue();
        assertThat(EvidenceFinder.datesSomething("They prepare for the 2020 Olympics.", "2020")).isFalse();
        assertThat(EvidenceFinder.datesSomething("Abe spoke on 26 September 2018 at the UN.", "2018")).as("a month dates it").isTrue();
        assertThat(EvidenceFinder.datesSomething("The Tokyo 2020 Olympics, and a treaty signed in 2020.", "2020"))
                .as("one use as a date is enough").isTrue();
    }
}
