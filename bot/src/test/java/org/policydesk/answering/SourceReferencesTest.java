package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.PublicationDate;

/** Which source a question names, from the catalogue alone. */
class SourceReferencesTest {

    static final SourceReferences REFERENCES = new SourceReferences(List.of(
            new DocumentMetadata("ewi", "Improving Ties", List.of("J. Berkshire Miller"), "EastWest Institute (EWI), commentary", "Nikkei Asian Review",
                    PublicationDate.parse("2016-05-04"), "ewi.md"),
            new DocumentMetadata("bene", "Prospects", List.of("Jakub Benedyczak"), "", "", PublicationDate.parse("2018-autumn"), "bene.md")),
            new org.policydesk.text.TokenizerVocabulary());

    @Test
    void anAuthorOrPublisherNamesTheirSource() {
        assertThat(REFERENCES.in("What does Benedyczak argue?").documentIds()).containsExactly("bene");
        assertThat(REFERENCES.in("What does the EWI piece recommend?").documentIds()).containsExactly("ewi");
        assertThat(REFERENCES.in("What does the Nikkei piece recommend?").documentIds()).containsExactly("ewi");
        assertThat(REFERENCES.in("Who runs the Association of Southeast Asian Nations?").documentIds())
                .as("a common word of the outlet's name ('Asian') names nothing").isEmpty();
    }

    @Test
    void theKindOfTextASourceAloneIsNamesIt() {
        assertThat(REFERENCES.in("What does the commentary say about Crimea?").documentIds()).containsExactly("ewi");
        assertThat(REFERENCES.in("What do the commentaries say?").documentIds()).containsExactly("ewi");
        SourceReferences twoCommentaries = new SourceReferences(List.of(
                new DocumentMetadata("a", "A", List.of("Ann A"), "Institute A, commentary", "", PublicationDate.parse("2016"), "a.md"),
                new DocumentMetadata("b", "B", List.of("Bo B"), "Institute B, commentary", "", PublicationDate.parse("2017"), "b.md")),
                new org.policydesk.text.TokenizerVocabulary());
        assertThat(twoCommentaries.in("What does the commentary say?").documentIds()).as("which one, it does not say").isEmpty();
    }

    @Test
    void aYearBeforeASourceNounNamesTheSourceOfThatYear() {
        SourceReferences.Named named = REFERENCES.in("What does the 2018 paper say about LNG?");
        assertThat(named.documentIds()).containsExactly("bene");
        assertThat(named.stems()).contains("2018", "paper");
        assertThat(REFERENCES.in("What happened in 2018?").documentIds()).as("a year alone dates; it names no source").isEmpty();
        assertThat(REFERENCES.in("What does the 2020 report say?").documentIds()).as("no source of that year").isEmpty();
    }

    @Test
    void yearsJoinedBeforeASourceNounNameTheSourcesOfThoseYears() {
        SourceReferences.Named named = REFERENCES.in("Compare what the 2016 and 2018 texts say about the treaty.");
        assertThat(named.documentIds()).containsExactlyInAnyOrder("ewi", "bene");
        assertThat(named.stems()).contains("2016", "2018");
        assertThat(REFERENCES.in("What did the 2016, 2018 or 2020 papers find?").documentIds()).containsExactlyInAnyOrder("ewi", "bene");
        assertThat(REFERENCES.in("What happened between 2016 and 2018 in the papers?").documentIds()).as("years that date events").isEmpty();
    }
}
