package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words the documents write apart, typed as one in a question. */
class OpenCompoundsTest {

    private static final List<String> TEXTS = List.of(
            "In 2016, just 24% of Russians agreed the country should hand over the islands.",
            "The ceasefire held; the sides agreed to a cease fire on paper, then set up a fund in to the region.");
    private static final OpenCompounds COMPOUNDS = OpenCompounds.learn(TEXTS, Set.of("ceasefire", "in", "to"));

    @Test
    void aWordTheDocumentsWriteAsTwoIsReadAsTheyWriteIt() {
        assertThat(COMPOUNDS.apart("handover")).hasValue("hand over");
        assertThat(COMPOUNDS.apart("shouldhand")).as("any two neighbours, joined, with nothing between").hasValue("should hand");
    }

    @Test
    void notAWordTheyAlsoWriteWholeNorAShortOneNorWordsAPunctuationMarkParts() {
        assertThat(COMPOUNDS.apart("ceasefire")).as("the documents write it as one word too").isEmpty();
        assertThat(COMPOUNDS.apart("setup")).as("too short to tell from a word of its own").isEmpty();
        assertThat(COMPOUNDS.apart("heldthe")).as("a semicolon parts them").isEmpty();
        assertThat(COMPOUNDS.apart("islandsthe")).isEmpty();
    }
}
