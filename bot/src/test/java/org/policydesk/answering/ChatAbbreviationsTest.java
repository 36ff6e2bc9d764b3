package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAbbreviationsTest {

    static final ChatAbbreviations LEARNT = ChatAbbreviations.learn(List.of(
            "Prime Minister Abe met President Putin. The prime minister then flew home.",
            "Former Prime Minister Koizumi agreed to energy talks. The energy talks lagged.",
            "Foreign ministers met. Free markets grew."));

    @Test
    void aShortWordTheDocumentsNeverUseIsReadAsInitialsOfARunTheyUseOften() {
        assertThat(LEARNT.expand("when did abe become pm")).isEqualTo("when did abe become prime minister");
        assertThat(LEARNT.expand("what about the et")).isEqualTo("what about the energy talks");
    }

    @Test
    void aWordTypedWithoutItsVowelsIsReadAsTheOneDocumentWordItSpells() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of("The sanctions covered 89 people.", "The government agreed on a proposal.", "A second proposal.",
                "The pilot landed. The plant closed."));
        assertThat(learnt.expand("how many ppl did the government sanction")).isEqualTo("how many people did the government sanction");
        assertThat(learnt.expand("what about the plt")).as("two words spell it").isEqualTo("what about the plt");
        assertThat(learnt.expand("give it back")).as("a word with a vowel is a word").isEqualTo("give it back");
        ChatAbbreviations treaty = ChatAbbreviations.learn(List.of("The treaty was signed. The treaty holds."));
        assertThat(treaty.expand("why try")).as("a 'y' after the first letter is a vowel").isEqualTo("why try");
    }

    @Test
    void aYearTypedWithTwoDigitsIsTheYearTheDocumentsWriteOut() {
        ChatAbbreviations learnt = ChatAbbreviations.learn(List.of(
                "The two sides inked a fisheries agreement in 1998. In 2014 Japan joined the sanctions, which covered 89 people.",
                "Forum on 11-13 September 2018, with Su-35 jets and 30,000 residents; 24% agreed."));
        assertThat(learnt.expand("whats so good about the 98 fishing deal")).isEqualTo("whats so good about the 1998 fishing deal");
        assertThat(learnt.expand("sanctions in '14?")).isEqualTo("sanctions in 2014?");
        assertThat(learnt.expand("what happened in 18")).isEqualTo("what happened in 2018");
        assertThat(learnt.expand("why did japan join the sanctions in ’14 and what came of it"))
                .isEqualTo("why did japan join the sanctions in 2014 and what came of it");
        // Counts, days, shares and names keep their digits; so does a year the documents never write out.
        assertThat(learnt.expand("who were the 14 people banned")).isEqualTo("who were the 14 people banned");
        assertThat(learnt.expand("did 18 countries expel diplomats")).isEqualTo("did 18 countries expel diplomats");
        assertThat(learnt.expand("what happened on May 18")).isEqualTo("what happened on May 18");
        assertThat(learnt.expand("Su-35 jets, 18% of them, 14.5 tonnes")).isEqualTo("Su-35 jets, 18% of them, 14.5 tonnes");
        assertThat(learnt.expand("what happened in 99")).isEqualTo("what happened in 99");
    }

    @Test
    void aMonthShortenedBesideADayOrAYearIsThatMonth() {
        assertThat(LEARNT.expand("where did they meet in sept 2018")).isEqualTo("where did they meet in September 2018");
        assertThat(LEARNT.expand("what happened on 11 sep")).isEqualTo("what happened on 11 September");
        assertThat(LEARNT.expand("what did Abe say on Sep. 26")).isEqualTo("what did Abe say on September 26");
        assertThat(LEARNT.expand("does it mar the talks")).as("no day or year beside it").isEqualTo("does it mar the talks");
    }

    @Test
    void wordsTheDocumentsUseAndAmbiguousOrRareInitialsAreLeftAlone() {
        assertThat(LEARNT.expand("when did the talks lag")).isEqualTo("when did the talks lag");
        assertThat(LEARNT.expand("any fm news")).as("foreign ministers and free markets, once each").isEqualTo("any fm news");
        assertThat(LEARNT.expand("Did Abe meet Putin?")).isEqualTo("Did Abe meet Putin?");
    }
}
