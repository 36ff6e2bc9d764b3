package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;

/**
 * The bot as it runs in production, as a separate process configured only by its environment,
 * reaching the fake Discord through the JVM's standard proxy and trust-store settings.
 */
class DiscordProcessIT {

    @TempDir
    Path dir;

    static final String API_KEY = "sk-proj-process-test-9f8e7d6c5b4a39281706";

    @Test
    void servesThenShutsDownCleanlyOnSigtermWithoutEverLoggingTheTokenOrTheKey() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); okhttp3.mockwebserver.MockWebServer model = new okhttp3.mockwebserver.MockWebServer()) {
            model.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    // As OpenAI does, the refusal quotes the key it was given.
                    return new okhttp3.mockwebserver.MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                            .setBody("{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + "\"}}");
                }
            });
            model.start();
            Path trust = discord.trustStore(dir.resolve("trust.p12"));
            Path log = dir.resolve("bot.log");
            Path db = dir.resolve("kb.db");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + discord.restPort(),
                    "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=changeit",
                    "-cp", System.getProperty("java.class.path"), "org.policydesk.Main",
                    "--knowledge=" + TestSupport.knowledgeDir(), "--db=" + db));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            builder.environment().put("DISCORD_GUILD_ID", FakeDiscord.GUILD);
            builder.environment().put("POLICYBOT_LOG_LEVEL", "DEBUG");
            builder.environment().put("POLICYBOT_ROOT_LOG_LEVEL", "DEBUG");
            builder.environment().put("POLICYBOT_LLM_PROVIDER", "openai");
            builder.environment().put("POLICYBOT_LLM_BASE_URL", model.url("/v1").toString());
            builder.environment().put("POLICYBOT_LLM_API_KEY", API_KEY);
            builder.environment().put("POLICYBOT_PROMPTS", TestSupport.repoRoot().resolve("prompts").toString());
            Process bot = builder.start();
            try {
                try {
                    discord.await(s -> s.method().equals("PUT") && s.path().endsWith("/commands"), "the commands");
                } catch (AssertionError e) {
                    String output = Files.readString(log);
                    throw new AssertionError(e.getMessage() + "\nthe bot's output ends:\n"
                            + output.substring(Math.max(0, output.length() - 3000)), e);
                }
                String id = discord.slashCommand("ask", FakeDiscord.MEMBER, "member", null,
                        "[{\"name\":\"question\",\"type\":3,\"value\":\"How many Russian soldiers are on Iturup?\"}]");
                FakeDiscord.Sent answer = discord.await(s -> s.method().equals("PATCH") && s.path().contains("/tok-" + id + "/"), "the answer");
                assertThat(answer.body()).contains("3,500").contains("refused the credentials").doesNotContain(API_KEY);
                assertThat(model.getRequestCount()).as("the model was asked").isPositive();

                bot.destroy();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
            } finally {
                bot.destroyForcibly();
            }
            assertThat(bot.exitValue()).as("terminated by SIGTERM after its shutdown hook").isIn(0, 143);
            assertThat(discord.closeCodes()).as("it closed its gateway connection").contains(1000);

            String output = Files.readString(log);
            assertThat(output).contains("connected to Discord").contains("shutting down");
            assertThat(output).as("logged at DEBUG throughout").contains("DEBUG");
            assertThat(output).as("no call to the cloud metadata address").doesNotContain("EC2").doesNotContain("169.254");
            assertThat(output).doesNotContain(FakeDiscord.TOKEN).doesNotContain(FakeDiscord.TOKEN.substring(0, 24));
            assertThat(output).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(0, 20));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }
}
