package org.policydesk.discord;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.javacord.api.entity.channel.AutoArchiveDuration;
import org.javacord.api.entity.channel.ServerTextChannel;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.listener.message.MessageCreateListener;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.text.Shortened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked by mentioning the bot, in a DM, or in one of the bot's threads. A mention in a
 * channel opens a thread for the answer; messages in that thread are follow-ups, answered with the
 * thread's recent turns as context.
 */
final class MessageHandler implements MessageCreateListener {

    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);
    private static final int THREAD_NAME = 90;

    private final BotCommands commands;
    private final DiscordCallers callers;
    private final Executor workers;

    MessageHandler(BotCommands commands, DiscordCallers callers, Executor workers) {
        this.commands = commands;
        this.callers = callers;
        this.workers = workers;
    }

    @Override
    public void onMessageCreate(MessageCreateEvent event) {
        if (!event.getMessageAuthor().isRegularUser()) {
            return;
        }
        Optional<User> author = event.getMessageAuthor().asUser();
        if (author.isEmpty()) {
            return;
        }
        long self = event.getApi().getYourself().getId();
        Message message = event.getMessage();
        TextChannel channel = event.getChannel();
        boolean direct = event.isPrivateMessage();
        boolean ourThread = channel.asServerThreadChannel().map(t -> t.getOwnerId() == self).orElse(false);
        boolean mentioned = message.getMentionedUsers().stream().anyMatch(u -> u.getId() == self);
        if (!direct && !ourThread && !mentioned) {
            return;
        }
        Map<Long, String> channelNames = new java.util.HashMap<>();
        message.getMentionedChannels().forEach(c -> channelNames.put(c.getId(), c.getName()));
        String question = plainQuestion(message.getContent(), self, channelNames);
        Optional<ServerTextChannel> opensThread = direct || ourThread ? Optional.empty()
                : channel.asServerTextChannel().filter(c -> c.asServerThreadChannel().isEmpty());

        CompletableFuture<TextChannel> target = opensThread
                .map(c -> c.createThreadForMessage(message, threadName(question), AutoArchiveDuration.ONE_DAY)
                        .<TextChannel>thenApply(t -> t)
                        .exceptionally(e -> channel))
                .orElseGet(() -> CompletableFuture.completedFuture(channel));
        target.thenAccept(where -> {
            Caller caller = callers.of(author.get(), event.getServer(), where.getIdAsString());
            if (question.isBlank()) {
                send(where, commands.execute(caller, CommandRequest.of(Command.HELP)));
                return;
            }
            BotCommands.Admission admission = commands.admit(caller, CommandRequest.of(Command.ASK, "question", question));
            if (!admission.admitted()) {
                send(where, admission.refusal());
                return;
            }
            workers.execute(() -> {
                where.type();
                send(where, admission.run());
            });
        }).exceptionally(e -> {
            log.warn("could not answer a message: {}", e.getClass().getSimpleName());
            return null;
        });
    }

    private static void send(TextChannel where, Reply reply) {
        ReplyEmbeds.Layout rendered = ReplyEmbeds.layout(reply);
        new MessageBuilder()
                .addEmbed(rendered.embed())
                .addComponents(rendered.components())
                .setAllowedMentions(ReplyEmbeds.NO_PINGS)
                .send(where)
                .exceptionally(e -> {
                    log.warn("could not send an answer: {}", e.getClass().getSimpleName());
                    return null;
                });
    }

    static String withoutMentionOf(String content, long self) {
        return content.replaceAll("<@!?" + self + ">", " ").replaceAll("\\s+", " ").strip();
    }

    /** The question a message asks: without the mention of the bot, and with its markup made plain. */
    static String plainQuestion(String content, long self, Map<Long, String> channelNames) {
        return DiscordMarkup.plain(withoutMentionOf(content, self), id -> Optional.ofNullable(channelNames.get(id)));
    }

    private static String threadName(String question) {
        String name = question.isBlank() ? "Question" : question.replaceAll("[\\r\\n]+", " ");
        return Shortened.toLength(name, THREAD_NAME);
    }
}
