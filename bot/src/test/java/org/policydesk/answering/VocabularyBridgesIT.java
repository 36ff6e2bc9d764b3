package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.TestSupport;
import org.policydesk.text.Stemmer;

/** Bridges between a question's words and the documents' words, on the real embedding model. */
class VocabularyBridgesIT {

    static final VocabularyBridges BRIDGES = new VocabularyBridges(TestSupport.EMBEDDING_MODEL, TestSupport.THESAURUS, 1000);

    @ParameterizedTest
    @CsvSource({"troops,soldiers,soldier", "navy,naval,naval", "southern,southernmost,southernmost", "firms,companies,compani",
        "chairs,chairman,chairman", "taxed,taxation,taxat", "taxes,taxation,taxat", "taxation,taxed,tax",
        "post,position,posit", "job,post,post",
        // Alone, "troop" embeds far from "soldiers", "tourist" from "visitors" (0.71); their plurals are close (0.89, 0.81).
        "troop,soldiers,soldier", "tourist,visitors,visitor"})
    void aParaphraseMeetsTheDocumentsWord(String asked, String written, String stem) {
        Map<String, Map<String, Double>> bridges = BRIDGES.relate(List.of(asked), List.of(written, "pipeline", "treaty"), Map.of());
        assertThat(bridges.values()).singleElement().satisfies(b -> assertThat(b).containsOnlyKeys(stem));
    }

    /**
     * Word embeddings put antonyms about as close as synonyms (large/small 0.78, strong/weak 0.79,
     * legal/illegal 0.82 with all-MiniLM-L6-v2): no pair of this list may bridge.
     */
    @ParameterizedTest
    @CsvSource({"large,small", "strong,weak", "legal,illegal", "official,unofficial", "buy,sell", "increase,decrease",
        "accept,reject", "allow,prohibit", "north,south", "win,lose", "import,export", "before,after", "rise,fall",
        "start,end", "success,failure", "peace,war", "ally,enemy", "legitimate,illegitimate", "agree,disagree"})
    void antonymsNeverBridge(String asked, String written) {
        assertThat(BRIDGES.relate(List.of(asked), List.of(written), Map.of())).as(asked + " / " + written).isEmpty();
        assertThat(BRIDGES.synonyms(List.of(asked), List.of(written), Map.of())).as(asked + " / " + written).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"warning,cautioned,caution", "build,construction,construct", "helping,assistance,assist", "going,traveling,travel",
        // Alone, "lent" embeds as the season before Easter; its dictionary form "lend" is close to "loans".
        "lent,loans,loan",
        // WordNet gives no synonym; they are close in use (0.65), "fund" is one step below "money", and not its opposite.
        "money,funding,fund"})
    void aSynonymTheDocumentsUseIsFoundApartFromBridges(String asked, String written, String stem) {
        List<String> candidates = List.of(written, "pipeline", "treaty");
        assertThat(BRIDGES.synonyms(List.of(asked), candidates, Map.of())).containsOnlyKeys(Stemmer.stem(asked))
                .allSatisfy((word, related) -> assertThat(related).containsExactly(stem));
        assertThat(BRIDGES.relate(List.of(asked), candidates, Map.of())).as("too far apart to match as a bridge").isEmpty();
    }

    /**
     * WordNet relates these in senses few readers mean ("won": "acquire", "go": "ecstasy", the drug), or as near-synonyms
     * that do not answer each other ("profit": "benefit"): their embeddings are far apart, and they are not synonyms here.
     */
    @ParameterizedTest
    @CsvSource({"won,acquire", "start,part", "profit,benefit", "lent,contribute", "aim,purpose", "go,ecstasy", "stall,kiosk"})
    void aSynonymFarInUseIsNone(String asked, String written) {
        assertThat(TestSupport.THESAURUS.sameMeaning(asked)).as("WordNet relates them").contains(written);
        assertThat(BRIDGES.synonyms(List.of(asked), List.of(written), Map.of())).as(asked + " / " + written).isEmpty();
    }

    /** Words of one field, about as close in use as "money" and "funding", that WordNet does not put a step apart. */
    @ParameterizedTest
    @CsvSource({"coal,mining", "trump,putin", "behind,front"})
    void wordsOfOneFieldAreNoSynonyms(String asked, String written) {
        assertThat(BRIDGES.synonyms(List.of(asked), List.of(written), Map.of())).as(asked + " / " + written).isEmpty();
    }

    /** The rules that relate words by their form, not their embeddings: each pair, and whether the rule holds. */
    @ParameterizedTest
    @CsvSource({"negates,official,unofficial,true", "negates,disputed,undisputed,true", "negates,ion,union,false",
        "namesTheAct,taxed,taxation,true", "namesTheAct,annexations,annexed,true", "namesTheAct,station,st,false",
        "namesTheAct,nation,nations,false", "bothOffices,post,position,true", "bothOffices,post,pipeline,false",
        "extendsWord,southern,southernmost,true", "extendsWord,treat,treaty,false", "extendsWord,count,county,false",
        "extendsWord,partner,partnership,true", "extendsWord,jointly,joint,true", "extendsWord,count,country,false",
        "extendsWord,sidestep,sides,false", "extendsWord,press,pressure,false"})
    void wordsRelatedByFormAlone(String rule, String a, String b, boolean related) {
        boolean holds = switch (rule) {
            case "negates" -> VocabularyBridges.negates(a, b);
            case "namesTheAct" -> VocabularyBridges.namesTheAct(a, b);
            case "extendsWord" -> VocabularyBridges.extendsWord(a, b);
            default -> VocabularyBridges.bothOffices(a, b);
        };
        assertThat(holds).as(rule + " " + a + " / " + b).isEqualTo(related);
    }
}
