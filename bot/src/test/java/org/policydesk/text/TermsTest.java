package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a question's words are read. */
class TermsTest {

    @Test
    void aQuestionWordWithIsRunIntoItIsSpelledOutHoweverItWasTyped() {
        assertThat(Terms.spelledOut("whats the population of matua island")).isEqualTo("what is the population of matua island");
        assertThat(Terms.spelledOut("What's the Abe Plan?")).isEqualTo("What is the Abe Plan?");
        assertThat(Terms.spelledOut("wheres the naval base and hows it armed")).isEqualTo("where is the naval base and how is it armed");
        assertThat(Terms.spelledOut("what is whatsoever")).isEqualTo("what is whatsoever");
    }

    @Test
    void twoCapitalsThatSpellAFunctionWordAreInitials() {
        assertThat(Terms.indexStems("the US security guarantees")).contains("u", "s", "secur");
        assertThat(Terms.indexStems("the U.S. and Japan")).contains("u", "s");
        assertThat(Terms.indexStems("LET US KNOW")).as("typed all in capitals: the pronoun").doesNotContain("u", "s");
        assertThat(Terms.indexStems("tell us more")).doesNotContain("u", "s");
    }

    @Test
    void aLetterAloneIsNoTopic() {
        assertThat(Terms.isStopword("r")).as("chat for 'are'").isTrue();
        assertThat(Terms.isStopword("j")).as("an initial").isTrue();
        assertThat(Terms.isStopword("eu")).isFalse();
        assertThat(Terms.isStopword("anyway")).as("chat's filler, as 'basically'").isTrue();
        assertThat(Terms.isStopword("go")).as("a verb that says only that something moved or happened").isTrue();
        assertThat(Terms.isStopword("going")).isTrue();
        assertThat(List.of("gave", "given", "taken", "told", "meant")).as("irregular forms of the verbs that frame a question")
                .allMatch(Terms::isStopword);
        assertThat(Terms.isStopword("back")).as("a particle: \"give back\", \"hit back\"").isTrue();
        assertThat(Terms.isStopword("considered")).as("whose judgement, as \"think\"").isTrue();
        assertThat(Terms.isStopword("involving")).as("a preposition here, as 'regarding' is").isTrue();
        assertThat(Terms.isStopword("2")).as("a digit may be a name's part").isFalse();
    }

    @Test
    void aWordEndingInWiseIsAboutWhatComesBefore() {
        assertThat(Terms.indexStems("how did sochi go security-wise")).as("'-wise' is 'regarding'").doesNotContain("wise").contains("secur");
    }

    @Test
    void aWordThatOnlyStressesWhatIsAskedIsNoTopic() {
        assertThat(Terms.contentStems("is japan actually sticking to the sanctions")).containsExactly("japan", "stick", "sanction");
        assertThat(Terms.contentStems("did russia really basically literally agree")).containsExactly("russia", "agre");
    }

    @Test
    void aVerbThatOnlyFramesTheQuestionIsNoTopicInAnyForm() {
        assertThat(Terms.indexStems("What makes Iturup too valuable to give up?")).containsExactly("iturup", "valuabl");
        assertThat(Terms.indexStems("who's transneft getting money from")).containsExactly("transneft", "monei");
        assertThat(Terms.isStopword("maker")).as("a noun of its own").isFalse();
        assertThat(Terms.isStopword("names")).as("'the names of' asks for names, as 'name' does").isTrue();
        assertThat(Terms.isStopword("telecom")).isFalse();
    }

    @Test
    void chatsRAfterAQuestionWordIsAre() {
        assertThat(Terms.spelledOut("what r the 2 proposals for the islands")).isEqualTo("what are the two proposals for the islands");
        assertThat(Terms.spelledOut("Plan R is ready")).isEqualTo("Plan R is ready");
    }

    @Test
    void askingWhatAnAbbreviationStandsForAsksWhatItMeans() {
        assertThat(Terms.spelledOut("What does A2AD stand for?")).isEqualTo("What does A2AD mean?");
        assertThat(Terms.spelledOut("what is a2ad short for")).isEqualTo("what is a2ad");
        assertThat(Terms.spelledOut("Why did Japan stand for this?")).as("not at the end: words of the question")
                .isEqualTo("Why did Japan stand for this?");
    }

    @Test
    void aSmallCountTypedAsADigitIsWrittenAsProseWritesIt() {
        assertThat(Terms.spelledOut("what r the 4 islands called")).isEqualTo("what are the four islands called");
        assertThat(Terms.spelledOut("talks in the 2+2 format")).isEqualTo("talks in the 2+2 format");
        assertThat(Terms.spelledOut("what are Magdan-1, 2, 3 for")).isEqualTo("what are Magdan-1, 2, 3 for");
        assertThat(Terms.spelledOut("is 4% of the oil from there")).isEqualTo("is 4% of the oil from there");
        assertThat(Terms.spelledOut("3,500 soldiers and 30 jets")).as("not small").isEqualTo("3,500 soldiers and 30 jets");
        assertThat(Terms.spelledOut("which companies are in the arctic lng 2 deal")).as("after a name, part of it")
                .isEqualTo("which companies are in the arctic lng 2 deal");
        assertThat(Terms.spelledOut("4 islands are disputed")).isEqualTo("four islands are disputed");
    }

    @Test
    void aFunctionWordInsideAHyphenatedWordIsNoContentOfIt() {
        assertThat(Terms.indexStems("mining know-how")).containsExactly("mine", "know");
        assertThat(Terms.contentStems("a follow-up on the know-how")).containsExactly("follow", "know");
        assertThat(Terms.indexStems("yen-denominated bond")).containsExactly("yen", "denomin", "bond");
    }
}
