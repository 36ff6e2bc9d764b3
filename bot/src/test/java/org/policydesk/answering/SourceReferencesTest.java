package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.PublicationDate;

/** Which source a question names, from the catalogue alone. */
class SourceReferencesTest {

    static final SourceReferences REFERENCES = new SourceReferences(List.of(
            new DocumentMetadata("ewi", "Improving Ties", List.of("J. Berkshire Miller"), "EastWest Institute (EWI), commentary", "",
                    PublicationDate.parse("2016-05-04"), "ewi.md"),
            new DocumentMetadata("bene", "Prospects", List.of("Jakub Benedyczak"), "", "", PublicationDate.parse("2018-autumn"), "bene.md")));

    @Test
    void anAuthorOrPublisherNamesTheirSource() {
        assertThat(REFERENCES.in("What does Benedyczak argue?").documentIds()).containsExactly("bene");
        assertThat(REFERENCES.in("What does the EWI piece recommend?").documentIds()).containsExactly("ewi");
    }

    @Test
    void aYearBeforeASourceNounNamesTheSourceOfThatYear() {
        SourceReferences.Named named = REFERENCES.in("What does the 2018 paper say about LNG?");
        assertThat(named.documentIds()).containsExactly("bene");
        assertThat(named.stems()).contains("2018", "paper");
        assertThat(REFERENCES.in("What happened in 2018?").documentIds()).as("a year alone dates; it names no source").isEmpty();
        assertThat(REFERENCES.in("What does the 2020 report say?").documentIds()).as("no source of that year").isEmpty();
    }
}
