package org.policydesk.discord;

import java.util.LinkedHashSet;
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
import org.policydesk.bot.Command;

/** The slash commands as Discord shows them, made from {@link Command} and registered by one bulk overwrite at start. */
final class SlashCommands {

    private SlashCommands() {}

    static Set<SlashCommandBuilder> definitions() {
        Set<SlashCommandBuilder> definitions = new LinkedHashSet<>();
        for (Command command : Command.listed()) {
            SlashCommandBuilder builder = SlashCommand.with(command.wireName(), command.description(),
                    command.options().stream().map(SlashCommands::text).toList());
            if (command.adminOnly()) {
                builder.setDefaultEnabledForPermissions(PermissionType.MANAGE_SERVER);
            }
            definitions.add(builder);
        }
        return definitions;
    }

    /** In one server (instant, for testing) when a server id is given, else globally. */
    static CompletableFuture<Set<ApplicationCommand>> register(DiscordApi api, String guildId) {
        return guildId.isEmpty()
                ? api.bulkOverwriteGlobalApplicationCommands(definitions())
                : api.bulkOverwriteServerApplicationCommands(Long.parseLong(guildId), definitions());
    }

    private static SlashCommandOption text(Command.Option option) {
        return new SlashCommandOptionBuilder()
                .setType(option.file() ? SlashCommandOptionType.ATTACHMENT : SlashCommandOptionType.STRING).setName(option.name())
                .setDescription(option.description()).setRequired(option.required()).setAutocompletable(option.autocomplete()).build();
    }
}
