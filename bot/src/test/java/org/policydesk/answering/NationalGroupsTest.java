package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalGroupsTest {

    @Test
    void aGroupGivenOnlyToAnotherPeopleConflictsWithTheOneAsked() {
        assertThat(NationalGroups.between("did russia ever expel japanese diplomats", Set.of("japanese"),
                "Japan did not expel Russian diplomats, unlike many other countries."))
                .contains(new NationalGroups.Conflict("japanese diplomats", "Russian diplomats"));
        assertThat(NationalGroups.between("Which Japanese diplomats were expelled?", Set.of("Japanese"),
                "Japan did not expel Russian diplomats.")).as("a capital that opens the question begins no name").isPresent();
        assertThat(NationalGroups.between("What did Japan change for Russian citizens?", Set.of("Russian"),
                "Russia banned Japanese citizens.")).isPresent();
    }

    /** Each row: why there is no conflict, the question, its peoples (separated by "/"), the sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the group asked about                    | Did Japan expel Russian diplomats?                          | Russian          | Japan did not expel Russian diplomats.
            peoples joined by "and" share the noun   | Which Japanese firms are named?                             | Japanese         | Russian and Japanese firms signed the memorandum.
            the question asks of both peoples        | Which Russian company gets technology from Japanese companies? | Russian/Japanese | Transneft has obtained equipment and technology from Japanese companies.
            a capitalised word begins a name         | Which Russian bank received Japanese loans?                 | Russian/Japanese | The Japanese Bank for International Cooperation granted loans to Sberbank.
            the noun written without a people too    | Which Russian company was involved?                         | Russian          | The Russian state-owned power company and the Japanese companies cooperated.
            two peoples together are no one's        | What Japanese cooperation is planned?                       | Japanese         | Russo-Japanese cooperation will deepen.
            a people's citizens are that people      | What did Japan change for Russian citizens?                 | Russian          | Japan liberated the visa regime for Russians, and Russia banned Japanese citizens.
            a word ending a name is no people        | Which Russian pipeline delivers oil to Japan?               | Russian          | It receives oil through the Eastern Siberia-Pacific Ocean pipeline.
            """)
    void noConflict(String why, String question, String peoples, String sentence) {
        assertThat(NationalGroups.between(question, Set.of(peoples.split("/")), sentence)).isEmpty();
    }
}
