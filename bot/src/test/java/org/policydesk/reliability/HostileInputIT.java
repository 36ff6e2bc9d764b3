package org.policydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.cli.PolicyBotCommand;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;

/**
 * Over 200 hostile inputs, through every command handler and through the command line: each gets
 * a clear message or a safe answer, nothing reaches a user as a stack trace or an internal error,
 * and the knowledge base is the same afterwards.
 */
class HostileInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<Reply.Kind> SAFE = Set.of(Reply.Kind.ANSWER, Reply.Kind.NOT_COVERED, Reply.Kind.SOURCES,
            Reply.Kind.SUMMARY, Reply.Kind.INVALID);
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "SQLITE_", "SQLException", "NullPointer",
            "java.", "org.sqlite");

    @TempDir
    static Path dir;

    static PolicyDesk desk;
    static Path knowledge;
    static Path db;

    @BeforeAll
    static void start() {
        knowledge = TestSupport.copyOfKnowledge(dir);
        db = dir.resolve("kb.db");
        desk = TestSupport.desk(TestSupport.settings(knowledge, db)
                .withDiscord(new DiscordSettings(Secret.none(), "", Set.of(), 1_000_000, 8, 3)));
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        assertThat(HostileInputs.all()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(HostileInputs.all().stream().map(HostileInputs.Case::kind).distinct())
                .contains("empty", "huge", "control", "fts5", "sql", "markdown", "injection", "unicode", "path");
    }

    @Test
    void everyHandlerAnswersEveryHostileInputSafelyAndLosesNothing() {
        long generation = desk.store().<Long>read(s -> s.generation());
        int passages = desk.store().<Integer>read(s -> s.passageCount());
        BotCommands commands = desk.commands();
        Caller caller = new Caller("hostile", "hostile", false, "hostile-thread");
        for (HostileInputs.Case c : HostileInputs.all()) {
            for (Reply reply : List.of(commands.execute(caller, TestSupport.asking(c.text())), commands.execute(caller, CommandRequest.of(Command.SOURCES, "query", c.text())),
                    commands.execute(caller, CommandRequest.of(Command.SUMMARY, "topic", c.text())), commands.execute(caller, CommandRequest.of(Command.SUMMARY, "document", c.text())))) {
                assertThat(reply.kind()).as("%s: %s", c.kind(), c.text()).isIn(SAFE);
                for (String leak : LEAKS) {
                    assertThat(reply.body() + reply.note()).as("%s: %s", c.kind(), c.text()).doesNotContain(leak);
                }
                if (reply.kind() == Reply.Kind.INVALID) {
                    assertThat(reply.privately()).isTrue();
                    assertThat(reply.body()).isNotBlank();
                }
            }
            assertThat(commands.execute(caller, CommandRequest.of(Command.RELOAD)).kind()).as("a non-admin never reloads").isEqualTo(Reply.Kind.DENIED);
        }
        assertThat(desk.store().<Long>read(s -> s.generation())).isEqualTo(generation);
        assertThat(desk.store().<Integer>read(s -> s.passageCount())).isEqualTo(passages);
        assertThat(commands.execute(caller, TestSupport.asking("How many Russian soldiers are on Iturup?")).body()).contains("3,500");
    }

    @Test
    void theCommandLineAnswersEveryHostileLineInOrderWithAnswerOrErrorObjects() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        int lines = 0;
        for (HostileInputs.Case c : HostileInputs.all()) {
            input.write(c.text().replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ").getBytes(StandardCharsets.UTF_8));
            input.write('\n');
            lines++;
        }
        for (byte[] invalid : List.of(new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE, 'J', 'a', 'p', 'a', 'n'},
                new byte[] {'S', 'u', (byte) 0x80, '3', '5'}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            input.write(invalid);
            input.write('\n');
            lines++;
        }
        for (String command : List.of("ask", "search")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = PolicyBotCommand.commandLine(Map.of(), new ByteArrayInputStream(input.toByteArray()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                    .execute(command, "--format", "jsonl", "--knowledge=" + knowledge, "--db=" + db);
            assertThat(status).isZero();
            List<String> results = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(results).as(command + ": one result per line, in order").hasSize(lines);
            for (String line : results) {
                JsonNode json = JSON.readTree(line);
                assertThat(json.has("error") || json.has("answered") || json.has("results")).as(line).isTrue();
                for (String leak : LEAKS) {
                    assertThat(line).doesNotContain(leak);
                }
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
