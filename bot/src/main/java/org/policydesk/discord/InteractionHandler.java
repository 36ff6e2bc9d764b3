package org.policydesk.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.javacord.api.entity.channel.ServerThreadChannel;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.event.interaction.AutocompleteCreateEvent;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.javacord.api.listener.interaction.AutocompleteCreateListener;
import org.javacord.api.listener.interaction.ButtonClickListener;
import org.javacord.api.listener.interaction.SlashCommandCreateListener;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.bot.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands, autocomplete and buttons. Every interaction is acknowledged at once (deferred,
 * or refused privately), on Javacord's thread; the work then runs on the bot's workers and
 * completes the deferred response.
 */
final class InteractionHandler implements SlashCommandCreateListener, AutocompleteCreateListener, ButtonClickListener {

    private static final Logger log = LoggerFactory.getLogger(InteractionHandler.class);

    private final BotCommands commands;
    private final DiscordCallers callers;
    private final Executor workers;
    private final AttachmentDownload downloads = new AttachmentDownload();

    InteractionHandler(BotCommands commands, DiscordCallers callers, Executor workers) {
        this.commands = commands;
        this.callers = callers;
        this.workers = workers;
    }

    @Override
    public void onSlashCommandCreate(SlashCommandCreateEvent event) {
        SlashCommandInteraction interaction = event.getSlashCommandInteraction();
        CommandRequest request = request(interaction);
        Caller caller = callers.of(interaction.getUser(), interaction.getServer(), botThreadOf(interaction).orElse(null));
        BotCommands.Admission admission = commands.admit(caller, request);
        if (!admission.admitted()) {
            respondPrivately(interaction, admission.refusal());
            return;
        }
        boolean privately = request.command().privateReply();
        interaction.respondLater(privately).thenAccept(updater -> workers.execute(() -> {
            Reply reply = admission.run();
            complete(interaction, updater, reply, privately);
        })).exceptionally(e -> {
            admission.close();
            log.warn("could not acknowledge /{}: {}", interaction.getCommandName(), e.getClass().getSimpleName());
            return null;
        });
    }

    @Override
    public void onAutocompleteCreate(AutocompleteCreateEvent event) {
        AutocompleteInteraction interaction = event.getAutocompleteInteraction();
        String typed = interaction.getFocusedOption().getStringValue().orElse("");
        interaction.respondWithChoices(commands.documentChoices(typed).stream()
                .map(title -> SlashCommandOptionChoice.create(title, title))
                .toList());
    }

    @Override
    public void onButtonClick(ButtonClickEvent event) {
        ButtonInteraction interaction = event.getButtonInteraction();
        CommandRequest request = ReplyEmbeds.buttonRequest(interaction.getCustomId());
        Caller caller = callers.of(interaction.getUser(), interaction.getServer(), null);
        interaction.respondLater(true).thenAccept(updater -> workers.execute(() ->
                complete(interaction, updater, commands.execute(caller, request), true)));
    }

    /**
     * Fills in the deferred response. A private reply to a public deferral (bad input, say) cannot
     * turn the response private, so the public one is removed and the reply follows privately.
     */
    private static void complete(InteractionBase interaction, InteractionOriginalResponseUpdater updater, Reply reply,
            boolean deferredPrivately) {
        ReplyEmbeds.Layout rendered = ReplyEmbeds.layout(reply);
        if (reply.privately() && !deferredPrivately) {
            updater.delete();
            interaction.createFollowupMessageBuilder()
                    .addEmbed(rendered.embed())
                    .setAllowedMentions(ReplyEmbeds.NO_PINGS)
                    .setFlags(MessageFlag.EPHEMERAL)
                    .send();
            return;
        }
        updater.addEmbed(rendered.embed())
                .addComponents(rendered.components())
                .setAllowedMentions(ReplyEmbeds.NO_PINGS)
                .update()
                .exceptionally(e -> {
                    log.warn("could not complete a response: {}", e.getClass().getSimpleName());
                    return null;
                });
    }

    private static void respondPrivately(InteractionBase interaction, Reply reply) {
        interaction.createImmediateResponder()
                .addEmbed(ReplyEmbeds.layout(reply).embed())
                .setAllowedMentions(ReplyEmbeds.NO_PINGS)
                .setFlags(MessageFlag.EPHEMERAL)
                .respond();
    }

    /** A slash command used inside one of the bot's threads continues that thread's conversation. */
    private static Optional<String> botThreadOf(SlashCommandInteraction interaction) {
        long self = interaction.getApi().getYourself().getId();
        return interaction.getChannel().flatMap(c -> c.asServerThreadChannel())
                .filter(t -> t.getOwnerId() == self)
                .map(ServerThreadChannel::getIdAsString);
    }

    /**
     * The command and the options given, their Discord markup made plain, and the files attached
     * (fetched from Discord's file server only when the command runs); an unknown command asks for help.
     */
    private CommandRequest request(SlashCommandInteraction interaction) {
        Command command = Command.named(interaction.getCommandName()).orElse(Command.HELP);
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        for (Command.Option option : command.options()) {
            if (option.file()) {
                interaction.getArgumentAttachmentValueByName(option.name()).ifPresent(a -> files.put(option.name(),
                        new Upload(a.getFileName(), a.getSize(), atMost -> downloads.fetch(toUri(a.getUrl()), atMost))));
            } else {
                options.put(option.name(), argument(interaction, option.name()));
            }
        }
        return new CommandRequest(command, options, files);
    }

    private static java.net.URI toUri(java.net.URL url) throws java.io.IOException {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new java.io.IOException("the attachment's address is not valid", e);
        }
    }

    private static String argument(SlashCommandInteraction interaction, String name) {
        return interaction.getArgumentStringValueByName(name)
                .map(value -> DiscordMarkup.plain(value, id -> interaction.getApi().getServerChannelById(id).map(c -> c.getName())))
                .orElse(null);
    }
}
