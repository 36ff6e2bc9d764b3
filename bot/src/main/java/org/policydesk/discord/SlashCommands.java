package org.policydesk.discord;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.interaction.ApplicationCommand;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionType;

/** The slash commands as Discord shows them, registered by one bulk overwrite at start. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String SUMMARY = "summary";
    static final String SOURCES = "sources";
    static final String RELOAD = "reload";
    static final String ABOUT = "about";
    static final String HELP = "help";

    private SlashCommands() {}

    static Set<SlashCommandBuilder> definitions() {
        return Set.of(
                SlashCommand.with(ASK, "Ask about Japan-Russia relations; the answer cites its sources",
                        java.util.List.of(text("question", "Your question", true, false))),
                SlashCommand.with(SUMMARY, "A cited summary of one document, or of what the documents say on a topic",
                        java.util.List.of(text("document", "The document to summarize", false, true),
                                text("topic", "Or a topic, summarized across all documents", false, false))),
                SlashCommand.with(SOURCES, "The passages that match a query, to read the evidence yourself",
                        java.util.List.of(text("query", "What to look for", true, false))),
                SlashCommand.with(RELOAD, "Re-read the knowledge folder (admins)")
                        .setDefaultEnabledForPermissions(PermissionType.MANAGE_SERVER),
                SlashCommand.with(ABOUT, "What the knowledge base holds, and how answers are made"),
                SlashCommand.with(HELP, "How to use PolicyDesk"));
    }

    /** In one server (instant, for testing) when a server id is given, else globally. */
    static CompletableFuture<Set<ApplicationCommand>> register(DiscordApi api, String guildId) {
        return guildId.isEmpty()
                ? api.bulkOverwriteGlobalApplicationCommands(definitions())
                : api.bulkOverwriteServerApplicationCommands(Long.parseLong(guildId), definitions());
    }

    private static SlashCommandOption text(String name, String description, boolean required, boolean autocomplete) {
        return new SlashCommandOptionBuilder().setType(SlashCommandOptionType.STRING).setName(name)
                .setDescription(description).setRequired(required).setAutocompletable(autocomplete).build();
    }
}
