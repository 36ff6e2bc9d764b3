package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words typed wrongly, read as the documents' word they were meant to be. */
class MisspellingsTest {

    static final Misspellings DOCUMENTS = Misspellings.learn(Map.of("soldiers", 4, "agreement", 6, "ust-kamchatsk", 1,
            "sanctions", 9, "planned", 3, "soldier", 1, "stations", 2, "station", 5, "nations", 5), new org.policydesk.text.TokenizerVocabulary());

    @Test
    void aWordTheDocumentsNeverUseIsReadAsTheirWordWithinOneOrTwoEdits() {
        assertThat(DOCUMENTS.correction("soliders")).as("a swap of neighbours is one edit").hasValue("soldiers");
        assertThat(DOCUMENTS.correction("planed")).as("not a word the tokenizer knows whole").hasValue("planned");
        assertThat(DOCUMENTS.correction("agrement")).hasValue("agreement");
        assertThat(DOCUMENTS.correction("sanctons")).hasValue("sanctions");
        assertThat(DOCUMENTS.correction("kamchatka")).as("a part of a hyphenated name, two edits in a long word").hasValue("kamchatsk");
    }

    @Test
    void aWordTheLanguageKnowsOrAShortOneOrOneTooFarIsLeftAsTyped() {
        assertThat(DOCUMENTS.correction("nation")).as("a word the language knows, one edit from the documents' 'nations'").isEmpty();
        Misspellings headlined = Misspellings.learn(Map.of("headlined", 1, "companies", 4), new org.policydesk.text.TokenizerVocabulary());
        assertThat(headlined.correction("deadlines")).as("the plural of a word the language knows").isEmpty();
        assertThat(headlined.correction("compaines")).as("no plural of a known word").hasValue("companies");
        assertThat(DOCUMENTS.correction("stat")).as("too short to tell").isEmpty();
        assertThat(DOCUMENTS.correction("sxldxxrs")).isEmpty();
        assertThat(DOCUMENTS.correction("stationz")).as("two of the documents' words, one edit each: the more frequent")
                .hasValue("station");
        Misspellings even = Misspellings.learn(Map.of("station", 2, "stations", 2), new org.policydesk.text.TokenizerVocabulary());
        assertThat(even.correction("stationz")).as("as frequent as each other: no telling which").isEmpty();
    }

    @Test
    void editsCountInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(Misspellings.distance("soliders", "soldiers", 2)).isEqualTo(1);
        assertThat(Misspellings.distance("agrement", "agreement", 2)).isEqualTo(1);
        assertThat(Misspellings.distance("kamchatka", "kamchatsk", 2)).isEqualTo(2);
        assertThat(Misspellings.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }
}
