package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policydesk.discord.FakeDiscord.GUILD;
import static org.policydesk.discord.FakeDiscord.MEMBER;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.app.PolicyDesk;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;

/**
 * The Discord bot with a language model that answers too late, against its own fake Discord: the
 * acknowledgement never waits for the model, and the answer ends as the quoted one.
 */
class DiscordSlowModelIT {

    @TempDir
    Path dir;

    @Test
    void aSlowLanguageModelNeverDelaysTheAcknowledgementAndEndsInTheQuotedAnswer() throws Exception {
        try (okhttp3.mockwebserver.MockWebServer model = new okhttp3.mockwebserver.MockWebServer();
                FakeDiscord discord = new FakeDiscord()) {
            model.enqueue(new okhttp3.mockwebserver.MockResponse().setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                    .setBody("{}"));
            model.start();
            DiscordSettings settings = new DiscordSettings(Secret.of(FakeDiscord.TOKEN), GUILD, Set.of(), 100, 4, 3);
            var llm = new org.policydesk.config.LanguageModelSettings(org.policydesk.config.LanguageModelSettings.Provider.OPENAI,
                    model.url("/v1").toString(), "slow", Secret.of("sk-slow-model-key-123456"), java.time.Duration.ofSeconds(1));
            try (PolicyDesk desk = TestSupport.desk(TestSupport.settings(TestSupport.knowledgeDir(), dir.resolve("kb.db"))
                    .withDiscord(settings).withLanguageModel(llm, TestSupport.repoRoot().resolve("prompts")));
                    DiscordBot bot = DiscordBot.connect(desk.commands(), settings, discord.transport())) {
                discord.await(s -> s.method().equals("PUT") && s.path().endsWith("/commands"), "the bot's commands");
                long started = System.nanoTime();
                String id = discord.slashCommand("ask", MEMBER, "member", null, FakeDiscord.options("question", "How many Russian soldiers are on Iturup?"));
                discord.await(s -> s.path().equals("/api/v10/interactions/" + id + "/tok-" + id + "/callback"), "the deferral");
                assertThat((System.nanoTime() - started) / 1e9).as("acknowledged at once").isLessThan(3);
                FakeDiscord.Sent done = discord.await(s -> s.method().equals("PATCH") && s.path().contains("/tok-" + id + "/"), "the answer");
                assertThat(done.body()).contains("3,500").contains("The language model was not used").doesNotContain("sk-slow");
            }
        }
    }
}
