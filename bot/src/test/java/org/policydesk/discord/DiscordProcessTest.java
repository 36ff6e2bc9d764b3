package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
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
class DiscordProcessTest {

    @TempDir
    Path dir;

    @Test
    void servesThenShutsDownCleanlyOnSigtermWithoutEverLoggingTheToken() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Path trust = dir.resolve("trust.p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("fake-discord", discord.certificate());
            try (OutputStream out = Files.newOutputStream(trust)) {
                store.store(out, "changeit".toCharArray());
            }
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
            Process bot = builder.start();
            try {
                discord.await(s -> s.method().equals("PUT") && s.path().endsWith("/commands"), "the commands");
                String id = discord.slashCommand("ask", FakeDiscord.MEMBER, "member", null,
                        "[{\"name\":\"question\",\"type\":3,\"value\":\"How many Russian soldiers are on Iturup?\"}]");
                FakeDiscord.Sent answer = discord.await(s -> s.method().equals("PATCH") && s.path().contains("/tok-" + id + "/"), "the answer");
                assertThat(answer.body()).contains("3,500");

                bot.destroy();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
            } finally {
                bot.destroyForcibly();
            }
            assertThat(bot.exitValue()).as("terminated by SIGTERM after its shutdown hook").isIn(0, 143);
            assertThat(discord.closeCodes()).as("it closed its gateway connection").contains(1000);

            String output = Files.readString(log);
            assertThat(output).contains("connected to Discord").contains("shutting down");
            assertThat(output).doesNotContain(FakeDiscord.TOKEN).doesNotContain(FakeDiscord.TOKEN.substring(0, 24));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }
}
