package org.policydesk.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one definition of the commands holds what every front end needs, within Discord's rules. */
class CommandTest {

    @Test
    void typedCommandsHaveUniqueNamesAndOptionsDiscordAccepts() {
        Set<String> names = new LinkedHashSet<>();
        for (Command command : Command.listed()) {
            assertThat(names.add(command.wireName())).as(command + " is named once").isTrue();
            assertThat(command.wireName()).matches("[a-z_-]{1,32}");
            assertThat(command.description()).hasSizeBetween(1, 100);
            assertThat(command.help()).isNotBlank();
            assertThat(command.options()).hasSizeLessThanOrEqualTo(25);
            for (Command.Option option : command.options()) {
                assertThat(option.name()).matches("[a-z_-]{1,32}");
                assertThat(option.description()).hasSizeBetween(1, 100);
            }
        }
        assertThat(names).containsExactly("ask", "summary", "sources", "about", "reload", "upload", "remove", "report", "help");
    }

    @Test
    void buttonsAreCommandsButNotTypedOnes() {
        assertThat(Command.listed()).doesNotContain(Command.FEEDBACK, Command.PASSAGES);
        assertThat(Command.named("feedback")).isEmpty();
        assertThat(Command.named("ASK")).contains(Command.ASK);
        assertThat(Command.named("frobnicate")).isEmpty();
    }

    @Test
    void aRequestTakesOnlyTheCommandsOwnOptionsAndLeavesOutThoseNotGiven() {
        CommandRequest request = CommandRequest.of(Command.SUMMARY, "topic", "energy");
        assertThat(request.option("topic")).isEqualTo("energy");
        assertThat(request.option("document")).isNull();
        assertThat(request.options()).containsOnlyKeys("topic");
        assertThatThrownBy(() -> CommandRequest.of(Command.ASK, "query", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option query");
        assertThatThrownBy(() -> CommandRequest.of(Command.ASK, "question")).isInstanceOf(IllegalArgumentException.class);
    }
}
