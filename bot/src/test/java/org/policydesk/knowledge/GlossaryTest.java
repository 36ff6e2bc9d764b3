package org.policydesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTest {

    @Test
    void findsDefinitionsWhoseInitialsSpellTheAbbreviation() {
        Glossary g = Glossary.of("During the Eastern Economic Forum (EEF) in Vladivostok, the Anti-Access/Area Denial (AAAD) "
                + "and the Asia Pacific Economic Cooperation (APEC) grouping, in 2014 (2014) and (Jap. text) and a (US) word.");
        assertThat(g.longForms()).containsEntry("EEF", "Eastern Economic Forum")
                .containsEntry("AAAD", "Anti-Access/Area Denial")
                .containsEntry("APEC", "Asia Pacific Economic Cooperation")
                .doesNotContainKey("US");
    }

    @Test
    void expandsOnlyBareUses() {
        Glossary g = Glossary.of("The Eastern Economic Forum (EEF) met.");
        assertThat(g.expansionsFor("His third visit to the EEF.")).containsExactly("Eastern Economic Forum (EEF)");
        assertThat(g.expansionsFor("The Eastern Economic Forum (EEF) met.")).isEmpty();
        assertThat(g.expansionsFor("The EEFX project.")).isEmpty();
    }
}
