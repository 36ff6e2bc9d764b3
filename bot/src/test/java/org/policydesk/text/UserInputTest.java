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

    @Test
    void discordMarkupBecomesPlainTextBeforeAnythingReadsIt() {
        assertThat(UserInput.clean("<@123456789012345678> how many soldiers are on Iturup?", "question", 100))
                .isEqualTo("how many soldiers are on Iturup?");
        assertThat(UserInput.clean("<@!42> <@&77> what about <#99> oil <:kappa:1234567> <a:wave:55>?", "question", 100))
                .isEqualTo("what about oil ?");
        assertThat(UserInput.plain("see </ask:123> at <t:1700000000:R>")).isEqualTo("see /ask at  ");
        assertThatThrownBy(() -> UserInput.clean("<@123456789012345678> <:emoji:1>", "question", 100))
                .hasMessageContaining("empty");
    }
}
