package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policydesk.discord.FakeDiscord.ADMIN;
import static org.policydesk.discord.FakeDiscord.ADMIN_ROLE;
import static org.policydesk.discord.FakeDiscord.APP;
import static org.policydesk.discord.FakeDiscord.BOT;
import static org.policydesk.discord.FakeDiscord.CHANNEL;
import static org.policydesk.discord.FakeDiscord.GUILD;
import static org.policydesk.discord.FakeDiscord.MEMBER;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.app.PolicyDesk;
import org.policydesk.knowledge.ingestion.PdfMaker;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;

/**
 * The real Javacord client against a fake Discord on loopback (the protocol subset it serves is described in FakeDiscord):
 * login, command registration, slash commands, a mention answered in a thread and its follow-up,
 * admin checks and feedback, asserted on what the bot actually sends.
 */
class DiscordBotEndToEndIT {

    @TempDir
    static Path dir;

    static FakeDiscord discord;
    static PolicyDesk desk;
    static DiscordBot bot;

    @BeforeAll
    static void start() throws Exception {
        discord = new FakeDiscord();
        DiscordSettings settings = new DiscordSettings(Secret.of(FakeDiscord.TOKEN), GUILD, Set.of(), 100, 4, 3);
        desk = TestSupport.desk(TestSupport.settings(TestSupport.copyOfKnowledge(dir), dir.resolve("kb.db")).withDiscord(settings));
        bot = DiscordBot.connect(desk.commands(), settings, discord.transport());
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        desk.close();
        discord.close();
    }

    static void assertPingsNobody(JsonNode body) {
        JsonNode mentions = body.get("allowed_mentions");
        assertThat(mentions).as("allowed_mentions is set").isNotNull();
        assertThat(mentions.get("parse")).isEmpty();
        assertThat(mentions.path("users")).isEmpty();
        assertThat(mentions.path("roles")).isEmpty();
    }

    @Test
    void logsInWithItsTokenAndRegistersTheSlashCommandsInTheGuild() throws Exception {
        assertThat(discord.identifyPayloads()).singleElement().satisfies(p -> assertThat(p).contains(FakeDiscord.TOKEN));
        FakeDiscord.Sent put = discord.await(s -> s.method().equals("PUT") && s.path().endsWith("/commands"), "the commands");
        assertThat(put.path()).isEqualTo("/api/v10/applications/" + APP + "/guilds/" + GUILD + "/commands");
        List<String> names = new ArrayList<>();
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode c : put.json()) {
            names.add(c.get("name").asText());
            byName.put(c.get("name").asText(), c);
        }
        assertThat(names).containsExactlyInAnyOrder("ask", "summary", "sources", "reload", "upload", "remove", "report", "about", "help");
        assertThat(byName.get("upload").get("options").get(0).get("type").asInt()).as("an attachment").isEqualTo(11);
        assertThat(byName.get("upload").get("default_member_permissions").asText()).isEqualTo("32");
        assertThat(byName.get("remove").get("default_member_permissions").asText()).isEqualTo("32");
        assertThat(byName.get("reload").get("default_member_permissions").asText()).as("Manage Server").isEqualTo("32");
        assertThat(byName.get("report").get("default_member_permissions").asText()).as("Manage Server").isEqualTo("32");
    }

    /** Asks through /ask as a member; checks that it is deferred at once, and returns the completed answer. */
    static FakeDiscord.Sent ask(String question) throws Exception {
        long started = System.nanoTime();
        String id = discord.slashCommand("ask", MEMBER, "member", null, FakeDiscord.options("question", question));
        FakeDiscord.Sent deferral = discord.await(s -> s.path().equals("/api/v10/interactions/" + id + "/tok-" + id + "/callback"), "the deferral");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(deferral.json().get("type").asInt()).as("deferred channel message").isEqualTo(5);
        assertThat(seconds).as("acknowledged within Discord's 3 seconds").isLessThan(3);
        return discord.await(s -> s.method().equals("PATCH")
                && s.path().equals("/api/v10/webhooks/" + APP + "/tok-" + id + "/messages/@original"), "the answer");
    }

    /** The id of the recorded answer, from its feedback buttons. */
    static String answerId(JsonNode body) {
        return body.get("components").get(0).get("components").get(1).get("custom_id").asText().substring("vote:up:".length());
    }

    @Test
    void askIsDeferredAtOnceThenCompletedWithACitedEmbedThatPingsNobody() throws Exception {
        FakeDiscord.Sent done = ask("How many Russian soldiers are on Iturup? @everyone <@&" + ADMIN_ROLE + ">");
        JsonNode body = done.json();
        assertPingsNobody(body);
        JsonNode embed = body.get("embeds").get(0);
        assertThat(embed.get("description").asText()).contains("3,500 Russian soldiers").contains("[1]");
        JsonNode sources = embed.get("fields").get(0);
        assertThat(sources.get("name").asText()).isEqualTo("Sources");
        assertThat(sources.get("value").asText())
                .contains("[1]").contains("Prospects for Russia-Japan Rapprochement (autumn 2018), ¶9").contains("“");
        List<String> buttons = new ArrayList<>();
        body.get("components").get(0).get("components").forEach(b -> buttons.add(b.get("custom_id").asText()));
        assertThat(buttons).hasSize(3);
        assertThat(buttons.get(0)).startsWith("passages:");
        assertThat(buttons.get(1)).startsWith("vote:up:");
        assertThat(buttons).allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void aFeedbackButtonIsAcknowledgedPrivatelyAndRecorded() throws Exception {
        String answerId = answerId(ask("Where is a naval base planned?").json());
        String id = discord.buttonClick("vote:up:" + answerId, MEMBER, "member");
        FakeDiscord.Sent ack = discord.await(s -> s.path().equals("/api/v10/interactions/" + id + "/tok-" + id + "/callback"), "the ack");
        assertThat(ack.json().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        FakeDiscord.Sent reply = discord.await(s -> s.path().contains("/tok-" + id + "/messages/@original"), "the thanks");
        assertThat(reply.body()).contains("recorded");
        assertPingsNobody(reply.json());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
                java.sql.PreparedStatement st = c.prepareStatement(
                        "SELECT f.user_id, f.vote, a.question FROM feedback f JOIN answers a ON a.id = f.answer_id WHERE a.id = ?")) {
            st.setString(1, answerId);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(MEMBER);
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getString(3)).isEqualTo("Where is a naval base planned?");
            }
        }
    }

    @Test
    void reloadIsRefusedPrivatelyForAMemberAndPerformedForAnAdmin() throws Exception {
        String refused = discord.slashCommand("reload", MEMBER, "member", null, "[]");
        FakeDiscord.Sent no = discord.await(s -> s.path().equals("/api/v10/interactions/" + refused + "/tok-" + refused + "/callback"), "the refusal");
        assertThat(no.json().get("type").asInt()).as("an immediate response").isEqualTo(4);
        assertThat(no.json().get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(no.body()).contains("Only admins");

        String done = discord.slashCommand("reload", ADMIN, "admin", ADMIN_ROLE, "[]");
        FakeDiscord.Sent deferral = discord.await(s -> s.path().equals("/api/v10/interactions/" + done + "/tok-" + done + "/callback"), "the deferral");
        assertThat(deferral.json().get("type").asInt()).isEqualTo(5);
        FakeDiscord.Sent report = discord.await(s -> s.path().contains("/tok-" + done + "/messages/@original"), "the report");
        assertThat(report.body()).contains("Knowledge base reloaded").contains("2 unchanged");
    }

    @Test
    void anAdminUploadsADocumentFromDiscordsFileServerAndRemovesItAndAMemberCannot() throws Exception {
        byte[] pdf = new PdfMaker().page(PdfMaker.column(72, 100, 11, 14, "The Northern Sea Route carried 36 million tonnes of cargo."))
                .info("Arctic Outlook", "Cy Analyst", null).bytes();
        String refused = discord.slashCommandWithFile("upload", MEMBER, "member", null, "file", "arctic.pdf", pdf);
        FakeDiscord.Sent no = discord.await(s -> s.path().equals("/api/v10/interactions/" + refused + "/tok-" + refused + "/callback"),
                "the refusal");
        assertThat(no.body()).contains("Only admins");

        String upload = discord.slashCommandWithFile("upload", ADMIN, "admin", ADMIN_ROLE, "file", "Arctic Outlook.pdf", pdf);
        FakeDiscord.Sent deferral = discord.await(s -> s.path().equals("/api/v10/interactions/" + upload + "/tok-" + upload + "/callback"),
                "the deferral");
        assertThat(deferral.json().get("type").asInt()).isEqualTo(5);
        FakeDiscord.Sent added = discord.await(s -> s.method().equals("PATCH") && s.path().contains("/tok-" + upload + "/messages/@original"),
                "the upload report");
        assertThat(added.body()).contains("Document added").contains("1 added").contains("Added: arctic-outlook");
        assertThat(discord.cdnFetched()).as("fetched from the file server, after the member's refusal fetched nothing")
                .singleElement().satisfies(p -> assertThat(p).endsWith("/Arctic%20Outlook.pdf"));
        assertThat(dir.resolve("knowledge/arctic-outlook.pdf")).exists();

        String bad = discord.slashCommandWithFile("upload", ADMIN, "admin", ADMIN_ROLE, "file", "notes.md", new byte[] {0, 1, 2, 3});
        discord.await(s -> s.path().equals("/api/v10/interactions/" + bad + "/tok-" + bad + "/callback"), "the deferral");
        FakeDiscord.Sent refusal = discord.await(s -> s.method().equals("POST") && s.path().contains("/webhooks/" + APP + "/tok-" + bad),
                "the private refusal");
        assertThat(refusal.body()).contains("Nothing changed").contains("not a text file");

        String remove = discord.slashCommand("remove", ADMIN, "admin", ADMIN_ROLE, FakeDiscord.options("document", "Arctic Outlook"));
        FakeDiscord.Sent removed = discord.await(s -> s.method().equals("PATCH") && s.path().contains("/tok-" + remove + "/messages/@original"),
                "the removal report");
        assertThat(removed.body()).contains("Document removed").contains("Removed: arctic-outlook");
        assertThat(dir.resolve("knowledge/arctic-outlook.pdf")).doesNotExist();
    }

    @Test
    void aMentionIsAnsweredInANewThreadAndAFollowUpThereKeepsTheContext() throws Exception {
        String asked = discord.userMessage(CHANNEL, MEMBER, "member",
                "<@" + BOT + "> Where else has Russia deployed anti-access/area denial systems?", true);
        FakeDiscord.Sent thread = discord.await(s -> s.method().equals("POST")
                && s.path().equals("/api/v10/channels/" + CHANNEL + "/messages/" + asked + "/threads"), "the thread");
        assertThat(thread.json().get("name").asText()).startsWith("Where else has Russia deployed");
        FakeDiscord.Sent answer = discord.await(s -> s.method().equals("POST")
                && s.path().equals("/api/v10/channels/" + asked + "/messages"), "the answer in the thread");
        assertThat(answer.json().get("embeds").get(0).get("description").asText()).contains("Kaliningrad");
        assertPingsNobody(answer.json());

        discord.userMessage(asked, MEMBER, "member", "And which fighter jets are stationed there?", false);
        FakeDiscord.Sent followUp = discord.await(s -> s.method().equals("POST")
                && s.path().equals("/api/v10/channels/" + asked + "/messages"), "the follow-up answer");
        assertThat(followUp.json().get("embeds").get(0).get("description").asText()).contains("Su-35");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM answers WHERE conversation_id = '" + asked + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("both turns belong to the thread's conversation").isEqualTo(2);
        }
    }

    @Test
    void documentNamesAreOfferedAsTheUserTypes() throws Exception {
        String id = discord.autocomplete("summary", "document", "ties", MEMBER);
        FakeDiscord.Sent choices = discord.await(s -> s.path().equals("/api/v10/interactions/" + id + "/tok-" + id + "/callback"), "the choices");
        assertThat(choices.json().get("type").asInt()).isEqualTo(8);
        assertThat(choices.json().get("data").get("choices").get(0).get("name").asText()).isEqualTo("Improving Japan-Russia Ties");
        String remove = discord.autocomplete("remove", "document", "prosp", ADMIN);
        FakeDiscord.Sent removable = discord.await(s -> s.path().equals("/api/v10/interactions/" + remove + "/tok-" + remove + "/callback"),
                "the choices for /remove");
        assertThat(removable.json().get("data").get("choices").get(0).get("name").asText()).isEqualTo("Prospects for Russia-Japan Rapprochement");
    }

    @Test
    void badInputGetsAPrivateMessageNotAPublicError() throws Exception {
        String id = discord.slashCommand("ask", MEMBER, "member", null, FakeDiscord.options("question", "   ?!  "));
        discord.await(s -> s.path().equals("/api/v10/interactions/" + id + "/tok-" + id + "/callback"), "the deferral");
        // await fails the test when the public placeholder is never removed.
        discord.await(s -> s.method().equals("DELETE") && s.path().contains("/tok-" + id + "/messages/@original"),
                "the removal of the public placeholder");
        FakeDiscord.Sent followUp = discord.await(s -> s.method().equals("POST") && s.path().contains("/webhooks/" + APP + "/tok-" + id),
                "the private follow-up");
        assertThat(followUp.json().get("flags").asInt() & 64).isEqualTo(64);
        assertThat(followUp.body()).contains("empty");
    }
}
