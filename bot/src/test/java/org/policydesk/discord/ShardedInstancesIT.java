package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.instances.postgres.PostgresServer;

/**
 * Two bot processes, as they run in production, each logging in one of two shards of the fake
 * Discord and sharing a real PostgreSQL server: each answers the guild of its shard, both record in
 * one set of tables, an admin's change in one reaches the other, and killing one loses nothing it
 * committed.
 */
class ShardedInstancesIT {

    @TempDir
    Path dir;

    static final String ADMIN_ROLE = FakeDiscord.ADMIN_ROLE;
    static final String NEW_DOCUMENT = """
            ---
            id: arctic-route-2024
            title: The Northern Sea Route in 2023
            authors: [Ann Example]
            published: 2024-02
            ---

            In 2023 the Northern Sea Route carried 36 million tonnes of cargo, most of it liquefied natural gas from Yamal.
            """;

    @Test
    void twoProcessesEachServeTheirShardAndShareOneLogOneLimitAndEveryReload() throws Exception {
        try (PostgresServer postgres = PostgresServer.start();
                FakeDiscord discord = new FakeDiscord(List.of(FakeDiscord.FIRST, FakeDiscord.SECOND));
                MockWebServer model = new MockWebServer()) {
            // Shard 1's process writes its answers with a language model. It refuses at once (the process falls back to
            // quoting), except for one question, which it holds: that process is surely mid-answer when it is killed.
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            model.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    if (request.getBody().readUtf8().contains("after the Skripal poisoning")) {
                        held.countDown();
                        release.await(60, TimeUnit.SECONDS);
                    }
                    return new MockResponse().setResponseCode(503);
                }
            });
            model.start();
            String database = postgres.createDatabase("bots");
            Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
            try (Stream<Path> documents = Files.list(TestSupport.knowledgeDir())) {
                for (Path d : documents.toList()) {
                    Files.copy(d, knowledge.resolve(d.getFileName()));
                }
            }
            Path trust = discord.trustStore(dir.resolve("trust.p12"));
            Process a = start(discord, trust, database, knowledge, "bot-a", "0", null);
            Process b = start(discord, trust, database, knowledge, "bot-b", "1", model.url("/v1").toString());
            try {
                awaitOrShowLog(() -> discord.await(s -> s.method().equals("PUT") && s.path().endsWith("/commands"), "the commands"),
                        "bot-a");
                awaitIdentified(discord, 2);
                assertThat(discord.identifyPayloads()).as("each process identifies as its own shard of two")
                        .anySatisfy(p -> assertThat(p).contains("\"shard\":[0,2]"))
                        .anySatisfy(p -> assertThat(p).contains("\"shard\":[1,2]"));

                // A question in each guild is answered by the process that owns its shard.
                String first = ask(discord, FakeDiscord.FIRST, "600000000000000001", "How many Russian soldiers are on Iturup?");
                String second = ask(discord, FakeDiscord.SECOND, "600000000000000002", "Where is a naval base planned in the Kurils?");
                assertThat(first).contains("3,500");
                assertThat(second).contains("Matua");
                Map<String, String> answeredBy = answeredBy(database);
                assertThat(answeredBy).containsEntry("How many Russian soldiers are on Iturup?", "bot-a")
                        .containsEntry("Where is a naval base planned in the Kurils?", "bot-b");

                // Feedback from both processes lands in one table, and /about counts across them.
                vote(discord, FakeDiscord.FIRST, answerId(first), "600000000000000003");
                vote(discord, FakeDiscord.SECOND, answerId(second), "600000000000000004");
                assertThat(count(database, "SELECT count(*) FROM feedback")).isEqualTo(2);
                String about = reply(discord, discord.slashCommand(FakeDiscord.SECOND, "about", "600000000000000005", "reader", null, "[]"));
                assertThat(about).contains("Answers given: 2.").contains("2 👍");

                // One rate limit: a user's questions count against one budget, whichever process answers.
                String asker = "600000000000000006";
                for (int i = 0; i < 3; i++) {
                    ask(discord, i % 2 == 0 ? FakeDiscord.FIRST : FakeDiscord.SECOND, asker, "What is the Abe Plan?");
                }
                for (int i = 0; i < 3; i++) {
                    ask(discord, i % 2 == 0 ? FakeDiscord.SECOND : FakeDiscord.FIRST, asker, "What is hikiwake?");
                }
                String seventh = ask(discord, FakeDiscord.SECOND, asker, "What is 2+alpha?");
                assertThat(seventh).as("the seventh question in a minute, across both processes").contains("asked a lot in a short time");

                // An admin's reload in shard 0's process makes shard 1's process reload too.
                Files.writeString(knowledge.resolve("arctic-route-2024.md"), NEW_DOCUMENT);
                String reloaded = reply(discord, discord.slashCommand(FakeDiscord.FIRST, "reload", FakeDiscord.ADMIN, "admin", ADMIN_ROLE, "[]"));
                assertThat(reloaded).contains("Knowledge base reloaded").contains("arctic-route-2024");
                awaitDocument(dir.resolve("bot-b.db"), "arctic-route-2024");
                String fresh = ask(discord, FakeDiscord.SECOND, "600000000000000007", "How much cargo did the Northern Sea Route carry in 2023?");
                assertThat(fresh).contains("36 million tonnes").contains("The Northern Sea Route in 2023");

                assertThat(discord.everything().stream().filter(s -> s.method().equals("PUT") && s.path().endsWith("/commands")))
                        .as("the slash commands are registered once, by shard 0's process").hasSize(1);

                // Killed mid-answer, a process loses nothing it committed; the other serves on.
                long answersBefore = count(database, "SELECT count(*) FROM answers");
                discord.slashCommand(FakeDiscord.SECOND, "ask", "600000000000000008", "reader", null,
                        FakeDiscord.options("question", "What did Japan do after the Skripal poisoning?"));
                assertThat(held.await(30, TimeUnit.SECONDS)).as("the process is writing the answer").isTrue();
                b.destroyForcibly();
                assertThat(b.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(count(database, "SELECT count(*) FROM answers")).as("the answer it never finished is not recorded")
                        .isEqualTo(answersBefore);
                assertThat(count(database, "SELECT count(*) FROM feedback")).isEqualTo(2);
                assertThat(count(database, "SELECT count(*) FROM answers WHERE answer = '' OR citations IS NULL")).isZero();
                assertThat(ask(discord, FakeDiscord.FIRST, "600000000000000009", "Who co-wrote the EWI commentary?")).contains("Shimizu");

                a.destroy();
                assertThat(a.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
            } catch (AssertionError e) {
                String logs = "";
                for (String instance : List.of("bot-a", "bot-b")) {
                    String output = Files.readString(dir.resolve(instance + ".log"));
                    logs += "\n" + instance + "'s output ends:\n" + output.substring(Math.max(0, output.length() - 2500));
                }
                throw new AssertionError(e.getMessage() + logs, e);
            } finally {
                a.destroyForcibly();
                b.destroyForcibly();
                release.countDown();
            }
            String logA = Files.readString(dir.resolve("bot-a.log"));
            String logB = Files.readString(dir.resolve("bot-b.log"));
            assertThat(logA).contains("shard 0 of 2");
            assertThat(logB).contains("shard 1 of 2");
            assertThat(logA + logB).doesNotContain(FakeDiscord.TOKEN).doesNotContain("could not complete");
        }
    }

    private Process start(FakeDiscord discord, Path trust, String database, Path knowledge, String instance, String shards,
            String modelUrl) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + discord.restPort(),
                "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit",
                "-cp", System.getProperty("java.class.path"), "org.policydesk.Main",
                "--knowledge=" + knowledge, "--db=" + dir.resolve(instance + ".db")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(instance + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        env.put("DISCORD_GUILD_ID", FakeDiscord.GUILD);
        env.put("DISCORD_ADMIN_ROLE_IDS", ADMIN_ROLE);
        env.put("DISCORD_SHARD_COUNT", "2");
        env.put("DISCORD_SHARDS", shards);
        env.put("POLICYBOT_DATABASE_URL", database);
        env.put("POLICYBOT_INSTANCE_ID", instance);
        env.put("POLICYBOT_SYNC_POLL_SECONDS", "60");
        if (modelUrl != null) {
            env.put("POLICYBOT_LLM_PROVIDER", "openai");
            env.put("POLICYBOT_LLM_BASE_URL", modelUrl);
            env.put("POLICYBOT_LLM_TIMEOUT_SECONDS", "120");
            env.put("POLICYBOT_PROMPTS", TestSupport.repoRoot().resolve("prompts").toString());
        }
        return builder.start();
    }

    private interface Wait {
        void run() throws Exception;
    }

    private void awaitOrShowLog(Wait wait, String instance) throws Exception {
        try {
            wait.run();
        } catch (AssertionError e) {
            String output = Files.readString(dir.resolve(instance + ".log"));
            throw new AssertionError(e.getMessage() + "\n" + instance + "'s output ends:\n" + output.substring(Math.max(0, output.length() - 3000)), e);
        }
    }

    private void awaitIdentified(FakeDiscord discord, int shards) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (discord.identifyPayloads().size() < shards && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // READY and GUILD_CREATE follow IDENTIFY at once; give the client a moment to take them in.
        Thread.sleep(1000);
        if (discord.identifyPayloads().size() < shards) {
            awaitOrShowLog(() -> {
                throw new AssertionError("only " + discord.identifyPayloads().size() + " of " + shards + " shards identified");
            }, "bot-b");
        }
    }

    /** Asks in a guild and returns the body of the reply. */
    private static String ask(FakeDiscord discord, FakeDiscord.Guild guild, String user, String question) throws Exception {
        return reply(discord, discord.slashCommand(guild, "ask", user, "reader", null, FakeDiscord.options("question", question)));
    }

    /** The reply to an interaction: the follow-up after a deferral, or an immediate answer (a refusal). */
    private static String reply(FakeDiscord discord, String interaction) throws Exception {
        return discord.await(s -> s.path().contains("/tok-" + interaction + "/") && (s.method().equals("PATCH")
                || s.method().equals("POST") && s.json().path("type").asInt() != 5), "the reply to " + interaction).body();
    }

    private static String answerId(String replyBody) throws Exception {
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(replyBody);
        return DiscordBotEndToEndIT.answerId(body);
    }

    private static void vote(FakeDiscord discord, FakeDiscord.Guild guild, String answerId, String user) throws Exception {
        String id = discord.buttonClick(guild, "vote:up:" + answerId, user, "reader");
        assertThat(reply(discord, id)).contains("recorded");
    }

    private static Map<String, String> answeredBy(String database) throws Exception {
        Map<String, String> byQuestion = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(database);
                ResultSet rs = c.createStatement().executeQuery("SELECT question, instance_id FROM answers")) {
            while (rs.next()) {
                byQuestion.put(rs.getString(1), rs.getString(2));
            }
        }
        return byQuestion;
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until an instance's own SQLite replica holds the document. */
    private static void awaitDocument(Path db, String documentId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro", new java.util.Properties());
                    PreparedStatement st = c.prepareStatement("SELECT count(*) FROM documents WHERE id = ?")) {
                st.setString(1, documentId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return;
                    }
                }
            } catch (java.sql.SQLException busy) {
                // Being written: look again.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the other instance never reloaded: " + documentId + " is not in " + db);
    }
}
