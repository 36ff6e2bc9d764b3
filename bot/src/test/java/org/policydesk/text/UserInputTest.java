package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserInputTest {

    @Test
    void foldsWhitespaceAndDropsControlCharacters() {
        assertThat(UserInput.clean(" What\u0000 about\t\n\u202Eenergy? ", "question", 100)).isEqualTo("What about energy?");
    }

    @Test
    void refusesEmptyPunctuationOnlyAndOverlongInputWithAClearMessage() {
        assertThatThrownBy(() -> UserInput.clean("   ", "question", 100)).hasMessageContaining("empty");
        assertThatThrownBy(() -> UserInput.clean("?!\"()", "question", 100)).hasMessageContaining("empty");
        assertThatThrownBy(() -> UserInput.clean(null, "question", 100)).hasMessageContaining("empty");
        assertThatThrownBy(() -> UserInput.clean("a".repeat(20_000), "question", 2000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too long").hasMessageContaining("2000");
    }
}
