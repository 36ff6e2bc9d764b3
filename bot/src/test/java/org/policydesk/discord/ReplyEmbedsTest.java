package org.policydesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.answering.Citation;
import org.policydesk.bot.Reply;
import org.policydesk.knowledge.PublicationDate;

class ReplyEmbedsTest {

    static Citation citation(int n, String text) {
        return new Citation(n, "doc", "A very long document title ".repeat(3), "A. Author", new PublicationDate("2018", "autumn 2018"),
                n, "doc:p" + n, text);
    }

    @Test
    void passagesShownWithALongNoteAndBodyStayWithinTheMessageTotal() {
        // Found by the property test: 25 passages under long titles once made 6,001 characters.
        List<Citation> sources = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            sources.add(new Citation(i, "d", "T".repeat(300), "a", new PublicationDate("2018", "2018"), 1, "d:p1", "x".repeat(1500)));
        }
        Reply reply = new Reply(Reply.Kind.SOURCES, "", "y".repeat(9000), sources, "abc", "n".repeat(3000), false);
        ReplyEmbeds.Layout layout = ReplyEmbeds.layout(reply);
        assertThat(layout.characters()).isLessThanOrEqualTo(6000);
        assertThat(layout.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.name()).isNotEmpty());
    }

    @Test
    void aHugeReplyIsCutAtASentenceToFitEveryDiscordLimit() {
        String sentence = "Russia stations about 3,500 soldiers on Iturup and keeps fighter jets there [1]. ";
        List<Citation> sources = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sources.add(citation(i, "Passage text number " + i + ". ".repeat(1) + "x".repeat(900)));
        }
        Reply reply = new Reply(Reply.Kind.ANSWER, "Q".repeat(400), sentence.repeat(200), sources, "abc123", "a note", false);
        ReplyEmbeds.Layout layout = ReplyEmbeds.layout(reply);
        assertThat(layout.title().length()).isLessThanOrEqualTo(256);
        String description = layout.description();
        assertThat(description.length()).isLessThanOrEqualTo(4096);
        assertThat(description).contains("Shortened to fit Discord");
        assertThat(description.replace(" (Shortened to fit Discord; “Show passages” has the full sources.)", ""))
                .as("cut after a whole sentence").endsWith("[1].");
        assertThat(layout.fields()).hasSizeLessThanOrEqualTo(25);
        int total = layout.title().length() + description.length() + layout.footer().length();
        for (ReplyEmbeds.Field field : layout.fields()) {
            assertThat(field.name().length()).isLessThanOrEqualTo(256);
            assertThat(field.value().length()).isLessThanOrEqualTo(1024);
            total += field.name().length() + field.value().length();
        }
        assertThat(total).isLessThanOrEqualTo(6000);
        assertThat(layout.characters()).isEqualTo(total);
        assertThat(layout.fields().get(layout.fields().size() - 1).value()).endsWith("“Show passages” lists every source.");
        assertThat(layout.buttons()).extracting(ReplyEmbeds.Action::customId)
                .containsExactly("passages:abc123", "vote:up:abc123", "vote:down:abc123");
    }

    @Test
    void theSourcesListTitleDateParagraphAndAShortQuote() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "Q", "An answer [1].", List.of(citation(9,
                "There is a base with about 3,500 Russian soldiers and fourth generation Su-35 fighter jets stationed there, and more text follows here to be cut.")),
                "id", "", false);
        String value = ReplyEmbeds.layout(reply).fields().get(0).value();
        assertThat(value).startsWith("**[9]** A very long document title").contains("(autumn 2018), ¶9 — “There is a base").endsWith("…”");
    }

    @Test
    void userTextInATitleIsEscapedAndRefusalsHaveNoButtons() {
        Reply reply = new Reply(Reply.Kind.NOT_COVERED, "**bold** [link](http://x) @everyone", "No.", List.of(), null, "", false);
        ReplyEmbeds.Layout layout = ReplyEmbeds.layout(reply);
        assertThat(layout.title()).isEqualTo("\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) @everyone");
        assertThat(layout.buttons()).isEmpty();
    }

    @Test
    void cuttingKeepsWholeSentencesAndCutsAnOverlongOneAtAWord() {
        assertThat(DiscordLimits.cut("One. Two. Three.", 100, "(cut)")).isEqualTo("One. Two. Three.");
        assertThat(DiscordLimits.cut("One sentence here. Two sentence here. Three.", 30, "(cut)")).isEqualTo("One sentence here. (cut)");
        assertThat(DiscordLimits.cut("word ".repeat(50), 40, "(cut)")).endsWith("… (cut)").hasSizeLessThanOrEqualTo(40);
    }
}
