package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredPassage;

class CitationValidatorTest {

    static StoredPassage passage(int n, String text) {
        DocumentMetadata d = new DocumentMetadata("doc", "A Title", List.of("A. Author"), "", "",
                new PublicationDate("2018", "2018"), "doc.md");
        return new StoredPassage(n, new Passage("doc:p" + n, "doc", n - 1, n, 0, text.length(), text, "A Title"), d);
    }

    static final List<StoredPassage> GIVEN = List.of(
            passage(1, "Russia stations about 3,500 soldiers on Iturup."),
            passage(2, "Japan receives oil through the Eastern Siberia-Pacific Ocean pipeline."),
            passage(3, "Gazprom is negotiating a yen-denominated bond."));

    @Test
    void keepsValidMarkersAndRenumbersThemInOrderOfAppearance() {
        CitationValidator.Result r = CitationValidator.validate(
                "Japan gets oil via the Eastern Siberia-Pacific Ocean pipeline [2]. Russia has 3,500 soldiers on Iturup [1].", GIVEN);
        assertThat(r.text()).isEqualTo("Japan gets oil via the Eastern Siberia-Pacific Ocean pipeline [1]. Russia has 3,500 soldiers on Iturup [2].");
        assertThat(r.citations()).extracting(Citation::passageId).containsExactly("doc:p2", "doc:p1");
        assertThat(r.citations()).extracting(Citation::n).containsExactly(1, 2);
    }

    @Test
    void removesMarkersToPassagesThatWereNotGiven() {
        CitationValidator.Result r = CitationValidator.validate("Russia has 3,500 soldiers on Iturup [1][7], [9].", GIVEN);
        assertThat(r.text()).isEqualTo("Russia has 3,500 soldiers on Iturup [1].");
        assertThat(r.droppedMarkers()).isEqualTo(2);
    }

    @Test
    void dropsSentencesThatCiteNothingOrWhatDoesNotSupportThem() {
        CitationValidator.Result r = CitationValidator.validate(
                "Here is what I found. Russia has 3,500 soldiers on Iturup [1]. The Moon is made of cheese [3]. Japan will win [8].", GIVEN);
        assertThat(r.text()).isEqualTo("Russia has 3,500 soldiers on Iturup [1].");
        assertThat(r.droppedSentences()).isEqualTo(3);
        assertThat(r.citations()).hasSize(1);
    }

    @Test
    void anAnswerWithoutAnyValidCitationCitesNothing() {
        assertThat(CitationValidator.validate("Russia has soldiers [5].", GIVEN).cites()).isFalse();
        assertThat(CitationValidator.validate("No markers at all.", GIVEN).cites()).isFalse();
        assertThat(CitationValidator.validate("", GIVEN).cites()).isFalse();
        assertThat(CitationValidator.validate("[1] [2] [3]", GIVEN).cites()).isFalse();
    }

    @Test
    void acceptsGroupedMarkers() {
        CitationValidator.Result r = CitationValidator.validate(
                "Gazprom seeks a yen-denominated bond while Japan receives oil by pipeline [3, 2].", GIVEN);
        assertThat(r.text()).endsWith("[1][2].");
        assertThat(r.citations()).extracting(Citation::passageId).containsExactly("doc:p3", "doc:p2");
    }

    @Test
    void longRunsOfSpacesInAModelReplyAreReadInLinearTime() {
        // 30,000 spaces once cost 7 s here (a marker pattern that began with \s* tried every position of the run).
        String hostile = "# A" + " ".repeat(60_000) + "x [1]\n\nMr" + "\t".repeat(60_000) + "y [7]" + " ".repeat(60_000) + "z";
        CitationValidator.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> CitationValidator.validate(hostile, GIVEN));
        assertThat(result.droppedMarkers()).isEqualTo(1);
    }
}
