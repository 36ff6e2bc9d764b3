package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policydesk.TestSupport;

/** What the real WordNet gives as the same meaning. */
class WordNetThesaurusTest {

    static final Thesaurus THESAURUS = TestSupport.THESAURUS;

    @ParameterizedTest
    @CsvSource({"warning,caution", "build,construct", "build,construction", "helping,assist", "went,go", "travelling,travel",
        "settling,settlement"})
    void givesSynonymsDerivedWordsAndBaseForms(String word, String sameMeaning) {
        assertThat(THESAURUS.sameMeaning(word)).as(word).contains(sameMeaning);
    }

    @ParameterizedTest
    @CsvSource({"large,small", "legal,illegal", "win,lose", "official,unofficial", "increase,decrease", "accept,reject",
        "buy,sell", "north,south", "strong,weak", "ally,enemy"})
    void neverGivesAnAntonym(String word, String antonym) {
        assertThat(THESAURUS.sameMeaning(word)).as(word).doesNotContain(antonym);
        assertThat(THESAURUS.sameMeaning(antonym)).as(antonym).doesNotContain(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garrison", "build", "start", "keep"})
    void givesSingleCommonWordsOnlyNeverTheWordItself(String word) {
        assertThat(THESAURUS.sameMeaning(word)).isNotEmpty().doesNotContain(word)
                .allSatisfy(w -> assertThat(w).matches("\\p{Ll}+"));
    }

    @ParameterizedTest
    @CsvSource({"qatar,true", "gorbachev,true", "china,false", "turkey,false", "lent,false", "fields,false", "building,false",
        "zzqx,false"})
    void knowsAWordTypedInLowerCaseAsOnlyAName(String word, boolean onlyAName) {
        assertThat(THESAURUS.onlyAName(word)).as(word).isEqualTo(onlyAName);
    }

    @ParameterizedTest
    @CsvSource({"lenders,true", "lender,true", "militarily,true", "china,true", "qatar,false", "soliders,false", "agrement,false"})
    void knowsACommonWordOrItsInflectedFormButNotATypo(String word, boolean common) {
        assertThat(THESAURUS.knowsAsCommonWord(word)).as(word).isEqualTo(common);
    }

    @ParameterizedTest
    @CsvSource({"lent,lend", "isles,isle", "went,go", "companies,company", "stationed,station"})
    void givesTheDictionaryFormOfAnInflectedWord(String word, String base) {
        assertThat(THESAURUS.baseForms(word)).as(word).contains(base).doesNotContain(word);
    }

    @ParameterizedTest
    @CsvSource({"large,small", "huge,small", "accept,reject", "allow,prohibit", "buy,sell", "win,lose", "success,failure",
        "left,enter", "increase,decrease", "import,export"})
    void givesOppositesOfAnySenseThroughTheWholeSynset(String word, String opposite) {
        assertThat(THESAURUS.opposites(word)).as(word).contains(opposite);
    }

    @ParameterizedTest
    @CsvSource({"money,funding", "lend,loan", "warning,caution", "build,construction"})
    void callsNoSynonymAnOpposite(String word, String synonym) {
        assertThat(THESAURUS.opposites(word)).as(word).doesNotContain(synonym);
        assertThat(THESAURUS.opposites(synonym)).as(synonym).doesNotContain(word);
    }

    @ParameterizedTest
    @CsvSource({"money,fund,true", "money,currency,true", "fund,money,true", "coal,mining,false", "coal,mine,false",
        "behind,front,false", "money,funding,false"})
    void givesWordsOneStepBroaderOrNarrower(String word, String kin, boolean given) {
        assertThat(THESAURUS.broaderOrNarrower(word).contains(kin)).as(word + " / " + kin).isEqualTo(given);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lend", "island", "novatek", ""})
    void aWordInItsDictionaryFormOrUnknownHasNoOtherForm(String word) {
        assertThat(THESAURUS.baseForms(word)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"novatek", "xqzzt", ""})
    void knowsNothingOfWordsItDoesNotHold(String word) {
        assertThat(THESAURUS.sameMeaning(word)).isEmpty();
    }
}
