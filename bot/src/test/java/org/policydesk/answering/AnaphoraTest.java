package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnaphoraTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "There is a base with about 3,500 Russian soldiers and Su-35 fighter jets stationed there.",
        "Japan can supply both and is interested in acquiring oil.",
        "After obtaining the four islands, Japan is ready to sign a peace treaty.",
        "These engagements have lagged over the years.",
        "As a result, the negotiations were halted for two years.",
        "In this sense, such joint development would be mutually beneficial.",
        "It also receives oil through the pipeline.",
        "For example, the chairman of the Russian State Duma was allowed to enter Japan.",
        "The systems hinder aggressors from carrying out military operations.",
        "There, meetings in Osaka and Tokyo were announced for next year.",
        "The leaders, however, announced the continuation of negotiations.",
        "The talks enable deepening the political and economic rapprochement.",
    })
    void aSentenceThatRefersBackLeansOnTheOneBefore(String sentence) {
        assertThat(Anaphora.leansBack(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Japan owns shares of Russian mining projects.",
        "There is a base on Iturup.",
        "Energy deals help both countries, and both sides want more deals.",
        "Abe confirmed this year's plans in Vladivostok.",
        "Moscow and Japan should cooperate on security issues such as disaster relief.",
        "Japan, a country that lacks resources, values the islands.",
    })
    void aSentenceThatNamesWhatItIsAboutStandsAlone(String sentence) {
        assertThat(Anaphora.leansBack(sentence)).isFalse();
    }
}
