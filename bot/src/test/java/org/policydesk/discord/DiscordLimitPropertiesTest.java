package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.policydesk.answering.Citation;
import org.policydesk.bot.Reply;
import org.policydesk.knowledge.PublicationDate;

/** Whatever a reply holds, what is sent fits Discord's limits. */
class DiscordLimitPropertiesTest {

    @Property(tries = 300)
    void cutTextNeverExceedsItsLimit(@ForAll @StringLength(max = 6000) String text, @ForAll @IntRange(min = 20, max = 4096) int max) {
        assertThat(DiscordLimits.cut(text, max, "(cut)").length()).isLessThanOrEqualTo(max);
    }

    @Provide
    Arbitrary<Reply> replies() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(3000);
        Arbitrary<List<Citation>> sources = text.list().ofMaxSize(40).map(texts -> {
            List<Citation> citations = new ArrayList<>();
            for (String t : texts) {
                citations.add(new Citation(citations.size() + 1, "d", "T".repeat(1 + t.length() % 300), "a",
                        new PublicationDate("2018", "2018"), 1, "d:p1", t));
            }
            return citations;
        });
        return net.jqwik.api.Combinators.combine(Arbitraries.of(Reply.Kind.values()), Arbitraries.strings().ofMaxLength(600),
                Arbitraries.strings().ofMaxLength(9000), sources, Arbitraries.strings().ofMaxLength(3000))
                .as((kind, title, body, cited, note) -> new Reply(kind, title, body, cited, "abc", note, false));
    }

    @Property(tries = 200)
    void everyReplyFitsAnEmbed(@ForAll("replies") Reply reply) {
        ReplyEmbeds.Layout layout = ReplyEmbeds.layout(reply);
        assertThat(layout.title().length()).isLessThanOrEqualTo(DiscordLimits.TITLE);
        assertThat(layout.description().length()).isLessThanOrEqualTo(DiscordLimits.DESCRIPTION);
        assertThat(layout.footer().length()).isLessThanOrEqualTo(DiscordLimits.FOOTER);
        assertThat(layout.fields()).hasSizeLessThanOrEqualTo(DiscordLimits.FIELDS);
        layout.fields().forEach(f -> {
            assertThat(f.name().length()).isLessThanOrEqualTo(DiscordLimits.FIELD_NAME);
            assertThat(f.value().length()).isLessThanOrEqualTo(DiscordLimits.FIELD_VALUE);
        });
        assertThat(layout.characters()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
        assertThat(layout.buttons()).allSatisfy(b -> assertThat(b.customId().length()).isLessThanOrEqualTo(100));
    }
}
