package org.policydesk.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.TestSupport;

/** Knowledge-gap reports on a hand-made history, with a bag-of-stems embedding in place of the neural model. */
class GapReportsTest {

    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final EmbeddingModel BAG_OF_STEMS = new TestSupport.BagOfStems();

    static AskedQuestion asked(String question, boolean answered, int up, int down, String user) {
        return new AskedQuestion(NOW.minusSeconds(60), user, question, answered, up, down);
    }

    static final List<AskedQuestion> HISTORY = List.of(
            asked("How many soldiers are on Matua Island?", false, 0, 0, "101"),
            asked("how many soldiers on matua island", false, 0, 0, "102"),
            asked("Matua Island soldiers how many?", false, 0, 0, "101"),
            asked("What is the GDP of Russia?", false, 0, 0, "103"),
            asked("Who wrote the EWI commentary?", true, 0, 2, "104"),
            asked("Who wrote the EWI commentary?", true, 1, 0, "105"),
            asked("How many Russian soldiers are on Iturup?", true, 3, 0, "106"));

    GapReports reports(List<AskedQuestion> history) {
        return new GapReports((since, limit) -> history.stream().filter(q -> !q.askedAt().isBefore(since)).limit(limit).toList(),
                BAG_OF_STEMS, CLOCK);
    }

    @Test
    void similarQuestionsAreGroupedAndCountedUnderTheGapTheyShow() {
        GapReport report = reports(HISTORY).report(Instant.EPOCH, false);
        assertThat(report.questions()).isEqualTo(7);
        assertThat(report.notCoveredCount()).isEqualTo(4);
        assertThat(report.notCovered()).extracting(GapReport.Group::count).containsExactly(3, 1);
        assertThat(report.notCovered().get(0).question()).containsIgnoringCase("matua");
        assertThat(report.notCovered().get(0).alsoAsked()).hasSize(2);
        assertThat(report.notCovered().get(1).question()).isEqualTo("What is the GDP of Russia?");
        assertThat(report.dislikedCount()).as("more 👎 than 👍").isEqualTo(1);
        assertThat(report.disliked()).singleElement().satisfies(g -> assertThat(g.question()).isEqualTo("Who wrote the EWI commentary?"));
        assertThat(report.mostAsked().get(0).count()).isEqualTo(3);
        assertThat(report.since()).as("all that is recorded").isNull();
    }

    @Test
    void whoAskedIsLeftOutUnlessAskedFor() {
        assertThat(reports(HISTORY).report(Instant.EPOCH, false).notCovered().get(0).users()).isNull();
        assertThat(GapReportText.render(reports(HISTORY).report(Instant.EPOCH, false), id -> id)).doesNotContain("101").doesNotContain("asked by");
        GapReport named = reports(HISTORY).report(Instant.EPOCH, true);
        assertThat(named.notCovered().get(0).users()).containsExactly("101", "102");
        assertThat(GapReportText.render(named, id -> "user " + id)).contains("asked by user 101, user 102");
    }

    @Test
    void theTextGivesTotalsThenEachSectionWithCounts() {
        String text = GapReportText.render(reports(HISTORY).report(NOW.minusSeconds(7 * 86_400), false), id -> id);
        assertThat(text).startsWith("Since 2026-11-26 12:00 UTC: 7 questions, 4 not covered, 1 answered but voted 👎.")
                .contains("Not covered by the sources (documents to add):\n• 3× “")
                .contains("• 1× “What is the GDP of Russia?”")
                .contains("Answered, but readers voted 👎:\n• 1× “Who wrote the EWI commentary?”")
                .contains("Most asked:");
        assertThat(GapReportText.render(reports(List.of()).report(Instant.EPOCH, false), id -> id))
                .contains("0 questions").contains("• none");
    }

    @Test
    void aPeriodIsReadAsAnAdminWritesIt() {
        GapReports gaps = reports(HISTORY);
        assertThat(gaps.since("7d")).isEqualTo(NOW.minusSeconds(7 * 86_400));
        assertThat(gaps.since("")).as("the default").isEqualTo(NOW.minusSeconds(7 * 86_400));
        assertThat(gaps.since("24h")).isEqualTo(NOW.minusSeconds(86_400));
        assertThat(gaps.since("2w")).isEqualTo(NOW.minusSeconds(14 * 86_400));
        assertThat(gaps.since("2026-11-01")).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(gaps.since("all")).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> gaps.since("last tuesday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7d, 24h, 2w");
        assertThat(gaps.report(NOW.plusSeconds(60), false).questions()).as("nothing asked since").isZero();
    }
}
