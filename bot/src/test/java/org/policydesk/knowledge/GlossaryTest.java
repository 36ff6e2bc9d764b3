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

    @Test
    void anAcronymUsedWithoutDefinitionIsSpelledOutByTheOneRunOfWordsWhoseInitialsSpellIt() {
        String text = "Novatek signed a memorandum of understanding with Mitsui. The signed contracts and MoU show it. "
                + "They staged maritime search and rescue drills; joint SAR drills followed. EWI's Fellow, especially with its staff, "
                + "wrote it. NATO and the LNG market.";
        Glossary g = Glossary.of(text);
        assertThat(g.longForms()).containsEntry("MoU", "memorandum of understanding")
                .containsEntry("SAR", "search and rescue")
                .as("a run that starts or ends on a function word spells nothing").doesNotContainKey("EWI")
                .as("nothing spells them").doesNotContainKeys("NATO", "LNG");
    }

    @Test
    void eitherSpellingFindsThePassageOfTheOther() {
        Glossary g = Glossary.of("Novatek signed a memorandum of understanding with Mitsui. The contracts and MoU show it.");
        assertThat(g.expansionsFor("Novatek signed a memorandum of understanding with Mitsui."))
                .containsExactly("memorandum of understanding (MoU)");
        assertThat(Glossary.withLongForms("Novatek signed a memorandum of understanding.", "memorandum of understanding (MoU)"))
                .endsWith("(MoU)");
        assertThat(Glossary.withLongForms("The contracts and MoU show it.", "memorandum of understanding (MoU)"))
                .endsWith("(memorandum of understanding)");
    }
}
