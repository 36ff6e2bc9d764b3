package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "北方領土にはロシア兵が何人いますか？|JAPANESE",
        "Сколько российских солдат на Итурупе?|RUSSIAN",
        "日本和俄罗斯签署和平条约了吗|CHINESE",
        "일본과 러시아는 평화 조약을 맺었습니까?|KOREAN",
        "Combien de soldats russes sont sur les îles Kouriles ?|FRENCH",
        "Wie viele russische Soldaten sind auf den Kurilen stationiert?|GERMAN",
        "¿Cuántos soldados rusos hay en las islas Kuriles?|SPANISH",
        "How many Russian soldiers are on Iturup?|ENGLISH",
        "whats 2+alpha|ENGLISH",
        "What does hikiwake mean?|ENGLISH",
        "what did the Nikkei Asian Review say about Sochi|ENGLISH",
        "2016?|UNKNOWN",
    })
    void tellsAQuestionsLanguageFromItsScriptAndCommonestWords(String question, Language expected) {
        assertThat(Language.detect(question)).isEqualTo(expected);
    }
}
