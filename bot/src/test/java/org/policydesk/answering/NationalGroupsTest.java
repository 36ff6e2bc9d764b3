package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NationalGroupsTest {

    @Test
    void aGroupGivenOnlyToAnotherPeopleConflictsWithTheOneAsked() {
        assertThat(NationalGroups.between("did russia ever expel japanese diplomats", Set.of("japanese"),
                "Japan did not expel Russian diplomats, unlike many other countries."))
                .contains(new NationalGroups.Conflict("japanese diplomats", "Russian diplomats"));
    }

    @Test
    void theGroupAskedAboutIsNoConflict() {
        assertThat(NationalGroups.between("Did Japan expel Russian diplomats?", Set.of("Russian"),
                "Japan did not expel Russian diplomats.")).isEmpty();
    }

    @Test
    void peoplesJoinedByAndQualifyTheSameNoun() {
        assertThat(NationalGroups.between("Which Japanese firms are named?", Set.of("Japanese"),
                "Russian and Japanese firms signed the memorandum.")).isEmpty();
    }

    @Test
    void aQuestionAskingOfBothPeoplesGroupsConflictsWithNeither() {
        assertThat(NationalGroups.between("Which Russian company gets technology from Japanese companies?", Set.of("Russian", "Japanese"),
                "Transneft has obtained equipment and technology from Japanese companies.")).isEmpty();
    }

    @Test
    void aPeopleBeforeACapitalisedWordBeginsANameNotAGroup() {
        assertThat(NationalGroups.between("Which Russian bank received Japanese loans?", Set.of("Russian", "Japanese"),
                "The Japanese Bank for International Cooperation granted loans to Sberbank.")).isEmpty();
    }

    @Test
    void theNounAlsoWrittenWithoutAPeopleMayBeTheOneAsked() {
        assertThat(NationalGroups.between("Which Russian company was involved?", Set.of("Russian"),
                "The Russian state-owned power company and the Japanese companies cooperated.")).isEmpty();
    }

    @Test
    void twoPeoplesTogetherAreNoOnePeoplesGroup() {
        assertThat(NationalGroups.between("What Japanese cooperation is planned?", Set.of("Japanese"),
                "Russo-Japanese cooperation will deepen.")).isEmpty();
    }
}
