package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms read as the documents' names, and names as the documents' acronyms. */
class DocumentAcronymsTest {

    static final org.policydesk.text.Vocabulary LANGUAGE = new org.policydesk.text.TokenizerVocabulary();

    /** Checks the question is read as typed: nothing in it is an acronym (or a name) to read otherwise. */
    private static void assertKept(DocumentAcronyms learnt, String question, String why) {
        assertThat(learnt.expand(question)).as(why).isEqualTo(question);
    }

    @Test
    void anAcronymInCapitalsOrNoWordOfTheLanguageIsReadAsTheOneNameItSpells() {
        DocumentAcronyms learnt = DocumentAcronyms.learn(List.of(
                "Japan should engage Russia in the Asia Pacific Economic Cooperation grouping.",
                "Japanese companies ignore the ban on companies extracting oil offshore."), LANGUAGE);
        assertThat(learnt.expand("Which forums besides APEC does it name?")).contains("Asia Pacific Economic Cooperation");
        assertKept(learnt, "Who is the CEO of Mitsui?", "'companies extracting oil' is no name");
        assertThat(learnt.expand("which forums besides apec")).as("in lower case, no word of the language: an acronym too")
                .contains("Asia Pacific Economic Cooperation");
        assertKept(learnt, "Japan and the ECO", "'Economic Cooperation': a three-letter acronym is three initials");
    }

    @Test
    void anAcronymMaySkipTheSmallWordsOfItsNameAndTakeMoreThanOneLetterOfAWord() {
        DocumentAcronyms learnt = DocumentAcronyms.learn(List.of(
                "The Japanese Bank for International Cooperation granted loans to Sberbank.",
                "Japan should engage Russia in the Regional Forum run by the Association of Southeast Asian Nations."), LANGUAGE);
        assertThat(learnt.expand("Who did JBIC lend to?")).isEqualTo("Who did Japanese Bank for International Cooperation lend to?");
        assertThat(learnt.expand("Who runs the ASEAN forum?")).isEqualTo("Who runs the Association of Southeast Asian Nations forum?");
        assertThat(learnt.expand("Who runs the ASEAN Regional Forum?")).as("the Association's forum, not one longer name")
                .isEqualTo("Who runs the Association of Southeast Asian Nations' Regional Forum?");
        assertKept(learnt, "Did the IMF lend to Sberbank?", "no name spells it");
        assertThat(learnt.expand("Name the ASEAN-run body.")).as("joined to what it did")
                .isEqualTo("Name the Association of Southeast Asian Nations run body.");
        assertKept(learnt, "Is Sakhalin-1 or Su-35 or Ust-Luga named?", "a name with a hyphen is no acronym joined to a word");
    }

    @Test
    void aNameTheDocumentsWriteMoreOftenAsItsInitialsIsReadAsThey() {
        DocumentAcronyms learnt = DocumentAcronyms.learn(List.of(
                "U.S. President Barack Obama cautioned Abe. It weakens the EU and US sanctions.",
                "He is Fellow for the China, East Asia and United States (CEAUS) Program.",
                "During the Eastern Economic Forum (EEF) in Vladivostok, the EEF hosted Abe. Abe's third visit to the EEF."), LANGUAGE);
        assertThat(learnt.expand("What about the United States?")).isEqualTo("What about the U.S.?");
        assertThat(learnt.expand("What about the European Union?")).isEqualTo("What about the EU?");
        assertKept(learnt, "Who attended the Eastern Economic Forum?", "an acronym the documents define is read both ways already");
    }

    @Test
    void aNameRunTogetherOfTwoWordsGivesTwoInitials() {
        DocumentAcronyms learnt = DocumentAcronyms.learn(List.of("Japan could benefit, writes Miller, EWI's Fellow.",
                "EWI's experts agree."), LANGUAGE);
        assertThat(learnt.expand("Who is the EastWest Institute's fellow?")).as("the documents write only 'EWI'").contains("EWI");
        assertKept(learnt, "Who is the East Institute's fellow?", "two initials do not spell EWI");
    }

    @Test
    void aWordTheDocumentsUseOrTheLanguageKnowsIsNoAcronym() {
        DocumentAcronyms learnt = DocumentAcronyms.learn(List.of("The Green Action Summit met in Gasra."), LANGUAGE);
        assertThat(learnt.expand("Who came to the GAS?")).as("in capitals").isEqualTo("Who came to the Green Action Summit?");
        assertKept(learnt, "how much gas is there", "a word of the language");
        assertKept(learnt, "who met in gasra", "a word the documents use");
    }
}
