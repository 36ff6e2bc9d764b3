package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;

/** How the console reads a command's options from a line, and that its help lists every typed command. */
class ConsoleCommandsTest {

    @Test
    void aCommandWithOneOptionTakesTheRestOfTheLine() {
        CommandRequest request = Console.request(Command.SOURCES, "yen bond (2016)");
        assertThat(request.options()).containsExactly(java.util.Map.entry("query", "yen bond (2016)"));
        assertThat(Console.request(Command.ASK, "").options()).as("left for /ask to refuse as empty").isEmpty();
        assertThat(Console.request(Command.ABOUT, "anything").options()).isEmpty();
    }

    @Test
    void aCommandWithSeveralOptionsTakesNameThenValueAndABareValueGoesToTheFirst() {
        assertThat(Console.request(Command.SUMMARY, "topic energy deals").option("topic")).isEqualTo("energy deals");
        assertThat(Console.request(Command.SUMMARY, "Topic: energy").option("topic")).isEqualTo("energy");
        assertThat(Console.request(Command.SUMMARY, "doc ewi-2016").option("document")).isEqualTo("ewi-2016");
        CommandRequest bare = Console.request(Command.SUMMARY, "Improving Japan-Russia Ties");
        assertThat(bare.option("document")).isEqualTo("Improving Japan-Russia Ties");
        assertThat(bare.option("topic")).isNull();
    }

    @Test
    void theHelpListsEveryTypedCommandAndNoButton() {
        for (Command command : Command.listed()) {
            assertThat(Console.HELP).contains("/" + command.wireName());
            assertThat(Console.HELP).contains(command.help());
        }
        assertThat(Console.HELP).contains("/summary topic TOPIC").contains("/quit").doesNotContain("/feedback");
    }
}
