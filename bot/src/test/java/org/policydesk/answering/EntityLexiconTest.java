package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityLexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"Japanese", "Russian", "Western", "Russo-Japanese", "Japanese-Russian", "Sino-Russian"})
    void anAdjectiveOfAPeopleOrOfPeoplesTogetherIsADemonym(String word) {
        assertThat(EntityLexicon.DEMONYM.matcher(word).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Japan", "Japan-Russia", "Kuril", "Sakhalin-Hokkaido", "Tokyo"})
    void aNameOfAPlaceIsNoDemonym(String word) {
        assertThat(EntityLexicon.DEMONYM.matcher(word).matches()).isFalse();
    }

    @Test
    void aDemonymTypedInLowerCaseIsOneStill() {
        assertThat(EntityLexicon.isDemonym("japanese")).isTrue();
        assertThat(EntityLexicon.isDemonym("Russo-Japanese")).isTrue();
        assertThat(EntityLexicon.isDemonym("tokyo")).isFalse();
        assertThat(EntityLexicon.isDemonym("")).isFalse();
    }

    @Test
    void aBlocNamedByItsDirectionDescribesASide() {
        assertThat(EntityLexicon.isBloc("West")).isTrue();
        assertThat(EntityLexicon.isBloc("the West")).isTrue();
        assertThat(EntityLexicon.isBloc("Westminster")).isFalse();
        assertThat(EntityLexicon.isBloc("East Asia Summit")).isFalse();
    }

    @Test
    void aDemonymStemExtendsItsCountrysStem() {
        assertThat(EntityLexicon.demonymOf("russian", "russia")).isTrue();
        assertThat(EntityLexicon.demonymOf("japanes", "japan")).isTrue();
        assertThat(EntityLexicon.demonymOf("european", "europ")).isTrue();
        assertThat(EntityLexicon.demonymOf("russia", "russian")).as("not the other way round").isFalse();
        assertThat(EntityLexicon.demonymOf("planning", "plan")).isFalse();
        assertThat(EntityLexicon.demonymOf("oan", "o")).as("too short to be a country's").isFalse();
    }

    @Test
    void aStateIsNamedByItsNameItsCapitalOrItsPeoplesAdjective() {
        assertThat(EntityLexicon.namesState("russia", "russian")).isTrue();
        assertThat(EntityLexicon.namesState("moscow", "russian")).as("the capital stands for the state").isTrue();
        assertThat(EntityLexicon.namesState("japan", "tokyo")).isTrue();
        assertThat(EntityLexicon.namesState("russian", "russia")).as("an adjective asked is not met by the state alone").isFalse();
        assertThat(EntityLexicon.namesState("russia", "japanese")).isFalse();
    }
}
