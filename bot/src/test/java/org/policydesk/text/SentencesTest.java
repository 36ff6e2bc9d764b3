package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
        String text = "U.S. President Barack Obama cautioned Abe. He was written by J. Berkshire Miller. "
                + "Both claim the islands (Jap. “Northern Territories”). Is it over? “Yes.” Then 3,500 soldiers stayed.";
        assertThat(Sentences.texts(text)).containsExactly(
                "U.S. President Barack Obama cautioned Abe.",
                "He was written by J. Berkshire Miller.",
                "Both claim the islands (Jap. “Northern Territories”).",
                "Is it over?",
                "“Yes.”",
                "Then 3,500 soldiers stayed.");
    }

    @Test
    void anInitialismEndsASentenceWhenAWordThatOpensOneFollows() {
        assertThat(Sentences.texts("It tries to keep its partnership with the U.S. Despite this, Japan could benefit. "
                + "The U.S. President disagreed. E.g. This stays one."))
                .containsExactly("It tries to keep its partnership with the U.S.", "Despite this, Japan could benefit.",
                        "The U.S. President disagreed.", "E.g. This stays one.");
    }

    @Test
    void spansPointBackIntoTheText() {
        String text = "  First one.  Second one!";
        for (Sentences.Span span : Sentences.split(text)) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
        assertThat(Sentences.split(text)).hasSize(2);
    }

    @Test
    void doesNotSplitDecimalsOrLowerCaseContinuations() {
        assertThat(Sentences.texts("It cost $1.2 billion in total. it goes on")).hasSize(1);
    }
}
