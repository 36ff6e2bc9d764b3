package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAbbreviationsTest {

    static final org.policydesk.text.Vocabulary LANGUAGE = new org.policydesk.text.TokenizerVocabulary();

    static final ChatAbbreviations LEARNT = ChatAbbreviations.learn(List.of(
            "Prime Minister Abe met President Putin. The prime minister then flew home.",
            "Former Prime Minister Koizumi agreed to energy talks. The energy talks lagged.",
            "Foreign ministers met. Free markets grew."), LANGUAGE);

    @Test
    void aShortWordTheDocumentsNeverUseIsReadAsInitialsOfARunTheyUseOften() {
        assertThat(LEARNT.expand("when did abe become pm")).isEqualTo("when did abe become prime minister");
        assertThat(LEARNT.expand("what about the et")).isEqualTo("what about the energy talks");
    }

    @Test
    void aWordTypedWithoutItsVowelsIsReadAsTheOneDocumentWordItSpells() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of("The sanctions covered 89 people.", "The government agreed on a proposal.", "A second proposal.",
                "The pilot landed. The plant closed."), LANGUAGE);
        assertThat(learnt.expand("how many ppl did the government sanction")).isEqualTo("how many people did the government sanction");
        assertThat(learnt.expand("what about the plt")).as("two words spell it").isEqualTo("what about the plt");
        assertThat(learnt.expand("give it back")).as("a word with a vowel is a word").isEqualTo("give it back");
        ChatAbbreviations treaty = ChatAbbreviations.learn(List.of("The treaty was signed. The treaty holds."), LANGUAGE);
        assertThat(treaty.expand("why try")).as("a 'y' after the first letter is a vowel").isEqualTo("why try");
    }

    @Test
    void anAcronymInCapitalsOrNoWordOfTheLanguageIsReadAsTheOneNameItSpells() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of(
                "Japan should engage Russia in the Asia Pacific Economic Cooperation grouping.",
                "Japanese companies ignore the ban on companies extracting oil offshore."), LANGUAGE);
        assertThat(learnt.expand("Which forums besides APEC does it name?")).contains("Asia Pacific Economic Cooperation");
        assertThat(learnt.expand("Who is the CEO of Mitsui?")).as("'companies extracting oil' is no name").isEqualTo("Who is the CEO of Mitsui?");
        assertThat(learnt.expand("which forums besides apec")).as("in lower case, no word of the language: an acronym too")
                .contains("Asia Pacific Economic Cooperation");
        assertThat(learnt.expand("Japan and the ECO")).as("'Economic Cooperation': a three-letter acronym is three initials").isEqualTo("Japan and the ECO");
    }

    @Test
    void anAcronymMaySkipTheSmallWordsOfItsNameAndTakeMoreThanOneLetterOfAWord() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of(
                "The Japanese Bank for International Cooperation granted loans to Sberbank.",
                "Japan should engage Russia in the Regional Forum run by the Association of Southeast Asian Nations."), LANGUAGE);
        assertThat(learnt.expand("Who did JBIC lend to?")).isEqualTo("Who did Japanese Bank for International Cooperation lend to?");
        assertThat(learnt.expand("Who runs the ASEAN forum?")).isEqualTo("Who runs the Association of Southeast Asian Nations forum?");
        assertThat(learnt.expand("Who runs the ASEAN Regional Forum?")).as("the Association's forum, not one longer name")
                .isEqualTo("Who runs the Association of Southeast Asian Nations' Regional Forum?");
        assertThat(learnt.expand("Did the IMF lend to Sberbank?")).as("no name spells it").isEqualTo("Did the IMF lend to Sberbank?");
    }

    @Test
    void aNameTheDocumentsWriteMoreOftenAsItsInitialsIsReadAsThey() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of(
                "U.S. President Barack Obama cautioned Abe. It weakens the EU and US sanctions.",
                "He is Fellow for the China, East Asia and United States (CEAUS) Program.",
                "During the Eastern Economic Forum (EEF) in Vladivostok, the EEF hosted Abe. Abe's third visit to the EEF."), LANGUAGE);
        assertThat(learnt.expand("What about the United States?")).isEqualTo("What about the U.S.?");
        assertThat(learnt.expand("What about the European Union?")).isEqualTo("What about the EU?");
        assertThat(learnt.expand("Who attended the Eastern Economic Forum?")).as("an acronym the documents define is read both ways already")
                .isEqualTo("Who attended the Eastern Economic Forum?");
    }

    @Test
    void wordsTheDocumentsUseAndAmbiguousOrRareInitialsAreLeftAlone() {
        assertThat(LEARNT.expand("when did the talks lag")).isEqualTo("when did the talks lag");
        assertThat(LEARNT.expand("any fm news")).as("foreign ministers and free markets, once each").isEqualTo("any fm news");
        assertThat(LEARNT.expand("Did Abe meet Putin?")).isEqualTo("Did Abe meet Putin?");
    }
}
