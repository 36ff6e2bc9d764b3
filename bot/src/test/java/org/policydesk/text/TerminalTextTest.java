package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void markdownEmphasisFromADocumentIsShownAsPlainWords() {
        assertThat(TerminalText.prose("the Russian *Vostok 2018* military manoeuvres")).isEqualTo("the Russian Vostok 2018 military manoeuvres");
        assertThat(TerminalText.prose("a **key** point and a _term_")).isEqualTo("a key point and a term");
        assertThat(TerminalText.prose("2*3*4 and snake_case_name and a * b")).as("not emphasis").isEqualTo("2*3*4 and snake_case_name and a * b");
        assertThat(TerminalText.of("*.md files")).as("other output keeps its stars").isEqualTo("*.md files");
    }
}
