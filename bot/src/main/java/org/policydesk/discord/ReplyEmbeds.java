package org.policydesk.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.policydesk.answering.Citation;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.text.Shortened;

/** Draws a {@link Reply} as a Discord embed with its buttons, within Discord's limits. */
final class ReplyEmbeds {

    /** Pings nobody: set on every message and interaction response the bot sends. */
    static final AllowedMentions NO_PINGS = new AllowedMentionsBuilder().build();
    static final String PASSAGES = "passages:";
    static final String VOTE_UP = "vote:up:";
    static final String VOTE_DOWN = "vote:down:";
    private static final int QUOTE = 140;
    /** What an answer leaves for its sources at the least: one full field and its name. */
    private static final int SOURCES_MIN_ROOM = DiscordLimits.FIELD_VALUE + 40;

    private ReplyEmbeds() {}

    /** An embed field. */
    record Field(String name, String value) {}

    /** A button: its custom id and label. */
    record Action(String customId, String label) {}

    /** What a reply looks like on Discord, already within Discord's limits. */
    record Layout(String title, String description, List<Field> fields, String footer, Color color, List<Action> buttons) {

        /** The characters that count against Discord's 6,000 per message. */
        int characters() {
            return title.length() + description.length() + footer.length()
                    + fields.stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
        }

        EmbedBuilder embed() {
            EmbedBuilder embed = new EmbedBuilder().setTitle(title).setDescription(description).setColor(color);
            fields.forEach(f -> embed.addField(f.name(), f.value()));
            if (!footer.isEmpty()) {
                embed.setFooter(footer);
            }
            return embed;
        }

        HighLevelComponent[] components() {
            if (buttons.isEmpty()) {
                return new HighLevelComponent[0];
            }
            return new HighLevelComponent[] {ActionRow.of(buttons.stream()
                    .map(b -> (org.javacord.api.entity.message.component.LowLevelComponent) Button.secondary(b.customId(), b.label()))
                    .toList())};
        }
    }

    /** The command a button under an answer stands for; an id this version did not make asks for help. */
    static CommandRequest buttonRequest(String customId) {
        if (customId.startsWith(PASSAGES)) {
            return CommandRequest.of(Command.PASSAGES, "answer", customId.substring(PASSAGES.length()));
        }
        if (customId.startsWith(VOTE_UP)) {
            return CommandRequest.of(Command.FEEDBACK, "answer", customId.substring(VOTE_UP.length()), "vote", "up");
        }
        if (customId.startsWith(VOTE_DOWN)) {
            return CommandRequest.of(Command.FEEDBACK, "answer", customId.substring(VOTE_DOWN.length()), "vote", "down");
        }
        return CommandRequest.of(Command.HELP);
    }

    /**
     * The answer comes first: it may take up to Discord's 4,096 characters while leaving room for a
     * field of sources; the sources take what is left of the 6,000 a message may hold.
     */
    static Layout layout(Reply reply) {
        String title = DiscordLimits.cut(escape(reply.title()), DiscordLimits.TITLE, "");
        String footer = DiscordLimits.cut(reply.note(), DiscordLimits.FOOTER, "");
        int sourcesRoom = reply.sources().isEmpty() ? 0 : SOURCES_MIN_ROOM;
        int room = Math.min(DiscordLimits.DESCRIPTION,
                DiscordLimits.EMBED_TOTAL - title.length() - footer.length() - sourcesRoom);
        String description = DiscordLimits.cut(reply.body(), room, "(Shortened to fit Discord; “Show passages” has the full sources.)");
        List<Field> fields = fields(reply, DiscordLimits.EMBED_TOTAL - title.length() - footer.length() - description.length());
        List<Action> buttons = reply.answerId() == null ? List.of() : List.of(
                new Action(PASSAGES + reply.answerId(), "Show passages"),
                new Action(VOTE_UP + reply.answerId(), "👍"),
                new Action(VOTE_DOWN + reply.answerId(), "👎"));
        return new Layout(title, description, fields, footer, color(reply.kind()), buttons);
    }

    /**
     * The Sources of an answer: each cited passage as title, date, ¶ and a short quote, packed into
     * fields of at most 1,024 characters. For the passages themselves (/sources, "Show passages"),
     * one field per passage with as much of its text as fits.
     */
    private static List<Field> fields(Reply reply, int room) {
        List<Field> fields = new ArrayList<>();
        if (reply.sources().isEmpty()) {
            return fields;
        }
        if (reply.kind() == Reply.Kind.SOURCES) {
            // Each passage gets an even share of the room the ones before it left, its name at most half of that; the
            // passages that no longer fit whole are left to the answer's "Show passages".
            int left = room;
            int count = Math.min(DiscordLimits.FIELDS, reply.sources().size());
            for (Citation c : reply.sources()) {
                if (fields.size() == count) {
                    break;
                }
                int share = left / (count - fields.size());
                String name = DiscordLimits.cut("[" + c.n() + "] " + c.reference(), Math.min(DiscordLimits.FIELD_NAME, share / 2), "");
                String value = DiscordLimits.cut(c.text(), Math.min(DiscordLimits.FIELD_VALUE, share - name.length()), "…");
                if (name.isEmpty() || value.isEmpty() || name.length() + value.length() > left) {
                    break;
                }
                fields.add(new Field(name, value));
                left -= name.length() + value.length();
            }
            return fields;
        }
        StringBuilder value = new StringBuilder();
        int used = 0;
        int shown = 0;
        String more = "…and more: “Show passages” lists every source.";
        for (Citation c : reply.sources()) {
            String line = DiscordLimits.cut("**[" + c.n() + "]** " + c.reference() + " — “" + quote(c.text()) + "”",
                    DiscordLimits.FIELD_VALUE - more.length() - 1, "");
            String name = fields.isEmpty() ? "Sources" : "Sources (continued)";
            boolean newField = value.length() + line.length() + 1 > DiscordLimits.FIELD_VALUE - more.length() - 1;
            int cost = line.length() + 1 + (newField ? name.length() : 0);
            if (used + cost + more.length() + 30 > room || (newField && fields.size() + 2 > DiscordLimits.FIELDS)) {
                break;
            }
            if (newField) {
                fields.add(new Field(name, value.toString().strip()));
                value.setLength(0);
            }
            value.append(line).append('\n');
            used += cost;
            shown++;
        }
        if (shown < reply.sources().size()) {
            value.append(more);
        }
        fields.add(new Field(fields.isEmpty() ? "Sources" : "Sources (continued)", value.toString().strip()));
        return fields;
    }

    private static String quote(String passage) {
        return Shortened.atWord(passage, QUOTE + 1);
    }

    private static Color color(Reply.Kind kind) {
        return switch (kind) {
            case ANSWER, SUMMARY, SOURCES -> new Color(0x2E7D32);
            case NOT_COVERED -> new Color(0xF9A825);
            case RELOAD, ABOUT, HELP, REPORT, FEEDBACK -> new Color(0x1565C0);
            case INVALID, DENIED, BUSY, FAILED -> new Color(0xC62828);
        };
    }

    /** User text echoed in a title stays text: Markdown characters are escaped. */
    static String escape(String text) {
        return text.replaceAll("([\\\\*_~`|>#\\[\\]()])", "\\\\$1");
    }
}
