package org.policydesk.discord;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's message markup made plain before a question reaches the bot's commands, which know
 * nothing of Discord: a user or role mention, a custom emoji and a timestamp become nothing, a
 * slash-command mention its name, a channel mention the channel's name when it is known.
 */
final class DiscordMarkup {

    private static final Pattern MENTION = Pattern.compile("<@[!&]?\\d+>|<a?:[\\w~-]+:\\d+>|<t:-?\\d+(?::[tTdDfFR])?>|@(everyone|here)\\b");
    private static final Pattern COMMAND = Pattern.compile("</([\\w -]+):\\d+>");
    private static final Pattern CHANNEL = Pattern.compile("<#(\\d+)>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DiscordMarkup() {}

    /** @param channelName the name of a channel by id, where the front end knows it */
    static String plain(String text, LongFunction<Optional<String>> channelName) {
        String out = MENTION.matcher(text).replaceAll(" ");
        out = COMMAND.matcher(out).replaceAll("/$1");
        out = CHANNEL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                channelName.apply(Long.parseLong(m.group(1))).map(name -> "#" + name).orElse(" ")));
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
