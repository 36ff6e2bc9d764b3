package org.policydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.policydesk.text.Stemmer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.PublicationDate;

/** What a sentence states, and whether it states the kind of fact a question asks for. */
class SentenceFactsTest {

    static final EntityLexicon LEXICON = EntityLexicon.learn(new org.policydesk.text.TokenizerVocabulary(),
            List.of(new DocumentMetadata("d", "A Title", List.of("J. Berkshire Miller"), "", "", PublicationDate.parse("2016"), "d.md")),
            List.of("Russian President Vladimir Putin proposed to Japanese Prime Minister Shinzo Abe the signing of a treaty.",
                    "The chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.",
                    "Novatek signed a memorandum with Mitsui, Mitsubishi, Marubeni, and Jorgmec.",
                    "The Japanese companies Mitsui, Komaihaltec and Fuji Electronic cooperated on a project in Ust-Kamchatsk.",
                    "A naval base is planned on the north of Matua Island in the Kurils.",
                    "Comments by J. Berkshire Miller were published in Vladivostok.",
                    "First, the two sides should meet. Moreover, Mitsui agreed.",
                    "The Japanese Ministry of Economy, Trade and Industry leads the Arctic policy."));
    static final BiPredicate<String, String> EXACT = String::equals;

    static SentenceFacts facts(String sentence) {
        return SentenceFacts.of(sentence, LEXICON);
    }

    static QuestionAnalysis read(String question) {
        return QuestionAnalysis.of(question, LEXICON, Set.of());
    }

    /** How fully the sentence states the fact the question asks for, with words related only when equal. */
    static double strength(QuestionAnalysis question, String sentence) {
        return facts(sentence).strength(question, EXACT);
    }

    static boolean answers(String question, String sentence) {
        return facts(sentence).answers(read(question), EXACT);
    }

    @Test
    void aDayAndMonthCompleteTheYearAQuestionGives() {
        String forum = "During the Forum in Vladivostok (11-13 September this year), Putin proposed a treaty.";
        assertThat(strength(read("When was the 2018 Forum held?"), forum)).isEqualTo(1.0);
        assertThat(strength(read("When was the Forum held?"), forum)).as("no year given: the year is still wanted")
                .isEqualTo(SentenceFacts.PARTIAL);
        assertThat(strength(read("When did Abe land in 2016?"), "On May 7, Abe will touch down in Sochi.")).isEqualTo(1.0);
    }

    @Test
    void examplesOfAKindAreListedAfterItsNameOrARelatedWord() {
        assertThat(facts("They should coordinate on regional security issues where they share common goals, such as human "
                + "trafficking and counterterrorism.").listsInstancesOf("issu", EXACT)).isTrue();
        assertThat(facts("Japan's Arctic policy assumes three areas of cooperation with Russia—research and Yamal LNG.")
                .listsInstancesOf("area", EXACT)).isTrue();
        BiPredicate<String, String> problemIsIssue = (q, s) -> q.equals(s) || q.equals("problem") && s.equals("issu");
        assertThat(facts("They should work on regional issues, such as trafficking.").listsInstancesOf("problem", problemIsIssue)).isTrue();
        assertThat(facts("They should work together on regional issues.").listsInstancesOf("issu", EXACT)).as("no list").isFalse();
        assertThat(facts("Renewable sources such as wind are plentiful, as are many other issues and questions.")
                .listsInstancesOf("issu", EXACT)).as("the list is of another kind").isFalse();
    }

    @Test
    void whereSomethingWasSaidIsAnsweredByTheGatheringItWasSaidAt() {
        String speech = "Talks will continue, which was confirmed by Abe in his speech on 26 September during the UN General Assembly.";
        assertThat(answers("Where did Abe confirm that talks would continue?", speech)).isTrue();
        assertThat(facts(speech).answeringNames(read("Where did Abe confirm that talks would continue?")))
                .extracting(EntityLexicon.Mention::text).containsExactly("UN General Assembly");
        assertThat(answers("Where did the Harbour Summit take place?", "The Harbour Summit adopted a statement on fisheries."))
                .as("the gathering named as the one that acted, not as where anything was done").isFalse();
    }

    @Test
    void aRelativeTimeDatesASentenceAndAPastYearCannotSayWhenSomethingWill() {
        assertThat(answers("When will a peace treaty be signed?", "A peace treaty is questionable in the near term.")).isTrue();
        assertThat(answers("When will they meet?", "They will meet over the next few years.")).isTrue();
        assertThat(facts("The two sides inked a fisheries agreement in 1998.").datesOnlyBefore("2016")).isTrue();
        assertThat(facts("Russia plans to host the World Cup in 2018.").datesOnlyBefore("2016")).isFalse();
        assertThat(facts("Agreed in 2008, it is to be renewed next year.").datesOnlyBefore("2016")).as("a time still to come").isFalse();
        assertThat(facts("The islands hold oil and gas.").datesOnlyBefore("2016")).as("no date at all").isFalse();
    }

    @Test
    void whatTheOneSomethingMattersToIsIsWhyItMattersToThem() {
        String grounds = "For Japan, a country that lacks significant natural resources, these islands are particularly valuable.";
        assertThat(answers("Why are the islands worth so much to Japan?", grounds)).isTrue();
        assertThat(answers("Why are the islands worth so much to Japan?", "For Japan, these islands are particularly valuable."))
                .as("no grounds given").isFalse();
        assertThat(answers("Why do they work together?", "For example, a plan that protects fish stocks would help.")).as("no one it matters to")
                .isFalse();
    }

    @Test
    void aSentenceThatSpeaksOfItsOwnTimeIsToldAsOfWriting() {
        assertThat(facts("Two weeks after the recent forum, 75% of the Japanese declared that a treaty should wait.").toldAsOfWriting()).isTrue();
        assertThat(facts("Oil is currently 6% of Japan's supply.").toldAsOfWriting()).isTrue();
        assertThat(facts("Russia responded with an entry ban.").toldAsOfWriting()).as("of whenever the sentences before tell").isFalse();
        assertThat(facts("The talks stalled in the summer.").toldAsOfWriting()).as("a season, not this one").isFalse();
    }

    @Test
    void whatSomethingBringsAboutSaysWhyItIsJudgedSoNotWhyItWasDone() {
        String effect = "Unilateral actions such as the approval of a plan to develop the island chain serve to reignite tensions.";
        assertThat(answers("Why is the plan to develop the island chain harmful?", effect)).isTrue();
        assertThat(answers("Why did Russia cancel the plan to develop the island chain?", effect)).isFalse();
        assertThat(answers("Why did the talks lag?", "The talks lagged due to renewed tensions.")).as("a cause").isTrue();
        assertThat(answers("Why did Obama warn Abe?", "Obama cautioned Abe against the trip, stressing that it would be seized upon."))
                .as("a speaker's grounds").isTrue();
        assertThat(answers("Why did Japan reject the offer?", "Japan rejected the offer, conditioning it on the islands' return."))
                .as("a condition set").isTrue();
        assertThat(answers("Why did Obama warn Abe?", "Obama cautioned Abe against the trip to Sochi.")).as("no grounds given").isFalse();
        assertThat(answers("What is the purpose of the systems?", "The systems hinder aggressors from operating near the coast."))
                .as("what a thing is for is what it does").isTrue();
        assertThat(answers("What made Abe's approach harder?", "Moscow's decision to annex Crimea complicates Abe's approach."))
                .as("what complicates a thing makes it harder").isTrue();
        assertThat(answers("Why is energy cooperation bad news for the sanctions?", "Energy cooperation weakens the sanctions on Russia."))
                .as("what weakens a thing is bad for it").isTrue();
        assertThat(answers("Why did Japan not expel Russian diplomats?", "Japan did not expel Russian diplomats, unlike many other countries."))
                .as("a contrast is no reason").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan should look at targeted ways to engage with Russia.                       | true
            The two sides need to agree on a number of tangible actions.                   | true
            In 2016, just 24% of Russians agreed the country should hand over the islands. | false
            75% of the Japanese declared that a peace treaty should be preceded by a solution. | false
            Japan joined the EU sanctions in 2014.                                          | false
            """)
    void adviceIsWhatTheSourceSaysOughtToBeNotWhatOthersHoldOughtToBe(String sentence, boolean advice) {
        assertThat(SentenceFacts.recommends(sentence)).isEqualTo(advice);
    }

    @Test
    void tellsNumbersApartByKind() {
        SentenceFacts f = facts("In 2014 Japan joined sanctions on 89 people; 75% disagreed, a $1.2 billion plan was approved,"
                + " talks were halted for two years, and this was his 23rd meeting with Su-35 jets in Sakhalin-2.");
        assertThat(f.numbers()).extracting(SentenceFacts.NumberMention::text, SentenceFacts.NumberMention::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2014", SentenceFacts.NumberKind.YEAR),
                org.assertj.core.groups.Tuple.tuple("89", SentenceFacts.NumberKind.COUNT),
                org.assertj.core.groups.Tuple.tuple("75%", SentenceFacts.NumberKind.PERCENTAGE),
                org.assertj.core.groups.Tuple.tuple("$1.2 billion", SentenceFacts.NumberKind.MONEY),
                org.assertj.core.groups.Tuple.tuple("two", SentenceFacts.NumberKind.DURATION),
                org.assertj.core.groups.Tuple.tuple("23rd", SentenceFacts.NumberKind.ORDINAL));
        assertThat(f.numbers().get(1).counted()).startsWith("peopl");
    }

    @Test
    void howManyOfAWholeIsAnsweredByAShare() {
        assertThat(answers("How many of Japan's LNG needs does Russia supply?", "Today Russia supplies 9%.")).isTrue();
        assertThat(answers("How many of Japan's LNG needs does Russia supply?", "Russia supplies them (currently 9%).")).isTrue();
        assertThat(answers("How many LNG tankers does Russia send?", "Russia supplies them (currently 9%).")).as("a count, not a part")
                .isFalse();
    }

    @Test
    void howMuchOfSomethingIsAnsweredByAShareOfItButNotARate() {
        String stake = "Japan owns shares of Russian projects, through which it receives oil (30% in Sakhalin-1).";
        assertThat(answers("How much oil does Japan receive through its stake in Sakhalin-1?", stake)).isTrue();
        assertThat(answers("How much gas does Japan receive through its stake in Sakhalin-1?", stake)).as("not what it is a share of")
                .isFalse();
        assertThat(answers("How much oil does Sakhalin-1 produce a year?", stake)).as("an amount in a time").isFalse();
        assertThat(answers("How much oil does Sakhalin-1 produce annually?", stake)).isFalse();
    }

    @Test
    void aCountOfANationsPeopleCountsPeople() {
        assertThat(answers("how many people live on the islands", "About 30,000 Russians reside on the islands.")).isTrue();
        assertThat(answers("how many people live on the islands", "About 30,000 Russian soldiers are on the islands."))
                .as("it counts soldiers").isFalse();
    }

    @Test
    void aPeoplesAdjectiveOnlyQualifiesWhatIsCounted() {
        assertThat(answers("how many russian troops are on the islands", "In 2016, just 24% of Russians agreed the country should hand over the islands."))
                .as("it counts Russians, not troops").isFalse();
        assertThat(answers("how many russian troops are on the islands", "There is a base with about 3,500 Russian troops stationed there.")).isTrue();
        assertThat(answers("what share of japanese want the islands back", "75% of the Japanese declared that the islands come first."))
                .as("a verb follows: the Japanese are counted").isTrue();
    }

    @Test
    void aChanceIsStatedByAJudgementOfHowLikelyOrHardSomethingIs() {
        assertThat(answers("What are the chances of a peace treaty?", "The signing of a peace treaty is questionable in the near term.")).isTrue();
        assertThat(answers("how likely is a settlement", "Resolving the dispute will be especially challenging.")).isTrue();
        assertThat(answers("What are the chances of a peace treaty?",
                "Bound into these negotiations would be a commitment to conclude a peace treaty.")).as("no judgement").isFalse();
    }

    @Test
    void theNumbersListedAfterANumberedNameNameTheRestOfTheSeries() {
        assertThat(facts("It is interested in oil projects in the Sea of Okhotsk (Magdan-1, 2, 3) and the LNG terminal.").numbers()).isEmpty();
        assertThat(facts("It receives oil from Sakhalin-1 and 2.").numbers()).isEmpty();
        assertThat(answers("How much LNG does the terminal handle per year?",
                "It is interested in oil projects in the Sea of Okhotsk (Magdan-1, 2, 3) and the LNG terminal.")).isFalse();
    }

    @Test
    void howOftenUpToATimeIsAnsweredByHowManyTimes() {
        assertThat(answers("How often had Abe met Putin by 2016?", "Abe has met with Putin more than a dozen times since 2012.")).isTrue();
        assertThat(answers("How often had Abe met Putin by then?", "The arrival of Abe in Vladivostok was his 23rd meeting with Putin.")).isTrue();
        assertThat(answers("How often do the ministers meet?", "The ministers met in Tokyo with 12 advisers.")).isFalse();
        assertThat(answers("How often do the ministers meet?", "The ministers hold biannual consultations.")).isTrue();
    }

    @Test
    void aDayOfTheMonthDatesASentenceAndCountsNothing() {
        assertThat(facts("On May 7, Abe will touch down in Sochi.").numbers()).isEmpty();
        assertThat(facts("During the forum in Vladivostok (11-13 September this year), Putin spoke.").numbers()).isEmpty();
        assertThat(facts("On May 7, Abe will touch down in Sochi.").dated()).isTrue();
        assertThat(answers("How many times had Abe met Putin?", "On May 7, Abe will touch down in Sochi for a summit with Putin."))
                .as("the 7th of May is no count of meetings").isFalse();
    }

    @Test
    void aMeasureCountsWhatItMeasures() {
        SentenceFacts f = facts("The route carried 36 million tonnes of cargo in 2023, and 3,500 of them were soldiers.");
        assertThat(f.numbers().get(0).counted()).as("through the measure's 'of'").containsExactly("tonn", "cargo");
        assertThat(facts("There are 3,500 soldiers of the army there.").numbers().get(0).counted())
                .as("a count's own noun ends it").containsExactly("soldier");
    }

    @Test
    void aCountAnswersOnlyACountOfWhatIsAsked() {
        String base = "There is a base with about 3,500 Russian soldiers and fourth generation Su-35 fighter jets stationed there.";
        assertThat(answers("How many soldiers are on Iturup?", base)).isTrue();
        assertThat(answers("How many Su-35 jets are on Iturup?", base)).as("3,500 counts soldiers, not jets").isFalse();
        assertThat(answers("How many civilians live on Iturup?", "About 30,000 Russians reside there.")).isFalse();
        assertThat(facts(base).answers(read("How many troops are on Iturup?"),
                (q, e) -> q.equals("troop") && e.equals("soldier"))).as("a related word counts").isTrue();
        assertThat(answers("How many fishing boats work near the islands each year?",
                "The fisheries agreement of 1998 allowed Japanese fishermen to fish around the islands.")).as("a year is no count").isFalse();
    }

    @Test
    void aShareOfWhatIsCountedAnswersHowMany() {
        assertThat(answers("how many russians backed giving the islands back", "In 2016, just 24% of Russians agreed the country should hand over the islands."))
                .as("a share of the Russians counts them").isTrue();
        assertThat(answers("How many soldiers are on the islands?", "Shikotan and Habomai comprise 6% of the Kuril Islands land mass."))
                .as("a share of something else counts nothing asked").isFalse();
        assertThat(answers("How many Japanese citizens are banned?", "Russia responded with a list of Japanese citizens banned from entry."))
                .isFalse();
    }

    @Test
    void whatAPairDidIsSaidOfThePairByAnyNameForIt() {
        assertThat(answers("What did Japan and Russia do about fisheries?", "The two sides inked a fisheries agreement in 1998.")).isTrue();
        assertThat(answers("What did Japan and Russia do about fisheries?", "Russia and Japan inked a fisheries agreement.")).isTrue();
        assertThat(answers("What did Japan do about fisheries?", "The two sides inked a fisheries agreement in 1998."))
                .as("one party asked about, not the pair").isFalse();
    }

    @Test
    void aCapitalActsForItsState() {
        assertThat(answers("How did Moscow retaliate against the sanctions?", "Russia responded with a list of Japanese citizens banned from entry."))
                .isTrue();
        assertThat(answers("How did Russia respond to the sanctions?", "Moscow responded with a list of Japanese citizens banned from entry."))
                .isTrue();
        assertThat(answers("How did Moscow retaliate against the sanctions?", "Japan responded with a list of Russian citizens."))
                .as("another state").isFalse();
    }

    @Test
    void aDefinitionIsTheSentenceThatHoldsTheWholeTerm() {
        assertThat(answers("What is the Abe Plan?", "The Abe Plan includes Japanese investments in the Far East.")).isTrue();
        assertThat(answers("What is the Abe Plan?", "Abe met Putin to plan a summit.")).isTrue();
        assertThat(answers("What is the Abe Plan?", "Abe met Putin.")).as("only part of the term").isFalse();
    }

    @Test
    void whereSomethingComesFromIsAnsweredByAnyName() {
        assertThat(answers("where did transneft get its funding",
                "Russian pipeline company Transneft has obtained funding from the Russia-Japan Fund.")).isTrue();
        assertThat(answers("where did transneft get its funding", "Transneft has obtained funding and equipment.")).isFalse();
    }

    @Test
    void aShareAnswersOnlyAShareOfWhatIsAskedWhenItSaysWhatItIsAShareOf() {
        String land = "The proposal assumes the transfer of Shikotan and Habomai (comprising 6% of the Kuril Islands land mass) to Japan.";
        assertThat(facts(land).numbers().get(0).counted()).containsExactly("kuril", "island", "land");
        assertThat(answers("What percentage of the land mass do Shikotan and Habomai make up?", land)).isTrue();
        assertThat(answers("What percentage of Japanese would accept the return of two islands?", land))
                .as("6% is of the land mass, not of the Japanese").isFalse();
        assertThat(answers("What percentage of Japanese want a settlement first?", "Then 75% of the Japanese declared a view.")).isTrue();
        assertThat(answers("What percentage of Japan's oil comes from Russia?", "Oil and LNG from Russia (currently 6% and 9%).."))
                .as("a share that does not say of what may be the one asked for").isTrue();
    }

    @Test
    void aCountOfOccasionsCountsEventsNamedByANounMadeOfAVerb() {
        String met = "Abe has met with Putin more than a dozen times since assuming office.";
        assertThat(answers("What number of meetings between Abe and Putin do the documents report?", met))
                .as("'a dozen times' counts the meetings the sentence says took place").isTrue();
        assertThat(answers("How many soldiers are on the islands?", "Russia has inspected the islands a dozen times."))
                .as("occasions are no count of soldiers").isFalse();
    }

    @Test
    void whereSomethingTookPlaceIsAnsweredFullyByAPlaceTheSentencePutsItIn() {
        QuestionAnalysis where = read("Where did the Economic Forum take place?");
        assertThat(strength(where, "During the Economic Forum in Vladivostok, Putin proposed a treaty.")).isEqualTo(1.0);
        assertThat(strength(where, "The arrival of Abe to Vladivostok was his third visit to the Economic Forum."))
                .as("a place beside the forum, not the forum's").isEqualTo(SentenceFacts.PARTIAL);
        assertThat(strength(where, "Comments by J. Berkshire Miller were published in Vladivostok."))
                .as("a sentence naming nothing the question names is judged by its places alone").isEqualTo(1.0);
        assertThat(strength(where, "The Economic Forum was a success.")).isZero();
    }

    /** An opinion question (its type is read in {@link QuestionAnalysisTest}) is answered by a share of a people. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In 2016, just 24% of Russians agreed the country should hand over the islands.|1.0",
        "Most of the public backed the deal.|1.0",
        "Shikotan and Habomai make up 6% of the Kuril Islands land mass.|0.0",
    })
    void whatAPeopleThinksIsStatedByTheShareOfThemThatHoldsIt(String sentence, double expected) {
        assertThat(strength(read("how do russians feel about giving the islands back"), sentence)).isEqualTo(expected);
    }

    @Test
    void whatSomeoneCallsSomethingIsAnsweredFullyByTheNameTheyGiveIt() {
        QuestionAnalysis call = read("what does japan call the islands");
        assertThat(call.type()).isEqualTo(AnswerType.TERM);
        assertThat(strength(call, "Abe wants concessions on the Kurile Islands, which Japan calls the Northern Territories."))
                .isEqualTo(1.0);
        assertThat(strength(call, "The four islands-called Kunashiri and Shikotan in Japanese-are held by Russia."))
                .as("a name given, but not said to be Japan's").isEqualTo(SentenceFacts.PARTIAL);
        QuestionAnalysis give = read("What name does Japan give to the disputed islands?");
        assertThat(strength(give, "Abe wants concessions on the Kurile Islands, which Japan calls the Northern Territories."))
                .as("the name Japan gives is the name it calls them").isEqualTo(1.0);
        assertThat(strength(give, "The four islands-called Kunashiri and Shikotan in Japanese-are held by Russia."))
                .isLessThan(1.0);
        QuestionAnalysis called = read("What is the Russian proposal called?");
        assertThat(strength(called, "The Russian proposal, “hikiwake”, offers two islands."))
                .as("a quoted term given to what the question names").isEqualTo(1.0);
        assertThat(strength(called, "Japan is ready to implement the “Abe Plan” in the Far East."))
                .as("a quoted term given to something else").isEqualTo(SentenceFacts.QUOTED_TERM);
        QuestionAnalysis japans = read("What is Japan's proposal called?");
        assertThat(strength(japans, "The Japanese proposal, “2+alpha”, assumes the transfer of two islands."))
                .as("Japan's is the Japanese").isEqualTo(1.0);
        assertThat(strength(japans, "The Russian proposal, “hikiwake”, offers two islands."))
                .as("a term given to another people's proposal").isEqualTo(SentenceFacts.QUOTED_TERM);
    }

    @Test
    void aMinistryAskedForIsNamedAsOne() {
        String companies = "Novatek signed a memorandum with Mitsui, Mitsubishi and Marubeni on the Arctic LNG-2 project.";
        assertThat(answers("Which Japanese ministry leads the Arctic policy?", companies)).as("companies are no ministry").isFalse();
        assertThat(answers("Which Japanese ministry leads the Arctic policy?",
                "The Japanese Ministry of Economy, Trade and Industry leads the Arctic policy.")).isTrue();
        assertThat(answers("Which Japanese firms signed the Arctic LNG-2 memorandum?", companies)).isTrue();
    }

    @Test
    void theNameOfAThingIsANameGivenBesideIt() {
        QuestionAnalysis base = read("What is the name of the naval base in the Kurils?");
        assertThat(base.type()).isEqualTo(AnswerType.TERM);
        assertThat(strength(base, "A naval base is planned on the north of Matua Island in the Kurils."))
                .as("the base is on Matua Island, not called it").isZero();
        assertThat(strength(base, "There is a base with about 3,500 Russian soldiers and fourth generation Su-35 fighter jets."))
                .as("a name of jets in a sentence about a base").isZero();
        assertThat(strength(base, "Russia keeps the Matua Island naval base in the Kurils.")).isEqualTo(SentenceFacts.PARTIAL);
        assertThat(SentenceFacts.namedThing("whats the name of the Russian state-owned power company")).hasValue("compani");
        assertThat(SentenceFacts.namedThing("What is the Japanese name for the islands off Hokkaido?")).hasValue("island");
        assertThat(SentenceFacts.namedThing("What is the Russian proposal called?")).isEmpty();
        // Named first, then asked what "it" is called.
        assertThat(SentenceFacts.namedThing("matua base - what's it going to be called")).hasValue("base");
        assertThat(SentenceFacts.namedThing("the base on Matua: what is it called?")).hasValue("base");
        assertThat(strength(read("matua base - what's it going to be called"),
                "A naval base is planned on the north of Matua Island in the Kurils.")).as("on Matua Island, not called it").isZero();
    }

    @Test
    void aDateAnswersWhenAndAYearStatesItMoreFullyThanADay() {
        QuestionAnalysis when = read("When did Abe become prime minister?");
        assertThat(strength(when, "Since Abe's nomination for prime minister in 2012, contacts intensified.")).isEqualTo(1.0);
        assertThat(strength(when, "Abe confirmed it in his speech on 26 September.")).isEqualTo(SentenceFacts.PARTIAL);
        assertThat(strength(when, "Abe may visit Russia.")).as("'may' is no month").isZero();
        assertThat(answers("When did Japan join the sanctions in 2014?", "In 2014 Japan joined the EU sanctions."))
                .as("the question's own year is no answer").isFalse();
    }

    @Test
    void aNameAnswersOnlyWhenItIsOfTheKindAskedAndNotTheQuestionsOwn() {
        String memorandum = "Novatek signed a memorandum with Mitsui, Mitsubishi, Marubeni, and Jorgmec.";
        assertThat(answers("Who is the head of Novatek?", memorandum)).as("companies are not a person").isFalse();
        assertThat(answers("Which companies signed with Novatek?", memorandum)).isTrue();
        String duma = "The chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.";
        assertThat(answers("Who is the chairman of the Duma?", duma)).isTrue();
        assertThat(answers("Who is the head of Novatek?", duma)).as("a person, but not said to hold the role asked").isFalse();
        String consultations = "Energy consultations were established after an agreement between Russian President Vladimir Putin"
                + " and former Japanese Prime Minister Shinzo Abe.";
        assertThat(answers("Who is Russia's energy minister?", consultations))
                .as("'energy' and 'minister' are in the sentence, but neither name is titled energy minister").isFalse();
        assertThat(answers("Who was the Japanese prime minister?", consultations)).isTrue();
        assertThat(answers("Where is the naval base planned?", "A naval base is planned on the north of Matua Island.")).isTrue();
        assertThat(answers("Where is the naval base planned?", "A naval base is planned.")).isFalse();
        assertThat(answers("Who wrote it?", "Comments by J. Berkshire Miller were published.")).isTrue();
    }

    @Test
    void theLexiconLearnsKindsFromHowTheDocumentsIntroduceNames() {
        assertThat(LEXICON.kindOf("Vladimir Putin")).isEqualTo(EntityKind.PERSON);
        assertThat(LEXICON.kindOf("Putin")).as("a surname of a person").isEqualTo(EntityKind.PERSON);
        assertThat(LEXICON.kindOf("Sergey Naryshkin")).isEqualTo(EntityKind.PERSON);
        assertThat(LEXICON.kindOf("Komaihaltec")).as("listed after 'companies'").isEqualTo(EntityKind.ORGANISATION);
        assertThat(LEXICON.kindOf("Marubeni")).as("listed with a company").isEqualTo(EntityKind.ORGANISATION);
        assertThat(LEXICON.kindOf("Matua Island")).isEqualTo(EntityKind.PLACE);
        assertThat(LEXICON.kindOf("Vladivostok")).as("'in Vladivostok'").isEqualTo(EntityKind.PLACE);
        assertThat(LEXICON.kindOf("Novatek")).as("nothing says what it is").isEqualTo(EntityKind.NAME);
        assertThat(LEXICON.isNameWord("sberbank")).isFalse();
        assertThat(LEXICON.isNameWord("novatek")).isTrue();
    }

    @Test
    void aWordCapitalisedOnlyWhereASentenceOpensIsANameOnlyIfTheLanguageDoesNotKnowIt() {
        assertThat(LEXICON.isNameWord("novatek")).as("only ever opens a sentence, but is no English word").isTrue();
        assertThat(LEXICON.isNameWord("first")).isFalse();
        assertThat(LEXICON.isNameWord("moreover")).isFalse();
        assertThat(LEXICON.isNameWord("mitsui")).isTrue();
        assertThat(read("when were energy talks first set up").constraints())
                .as("an ordinal that opens the documents' sentences is not a name the question is about").isEmpty();
    }

    @Test
    void theSubjectIsWhatComesBeforeTheFirstVerbAfterAnyLeadingPhrase() {
        assertThat(SentenceFacts.of("Russia responded with a list of Japanese citizens.", LEXICON).subjectStems()).containsExactly("russia");
        assertThat(SentenceFacts.of("In 2014, Japan joined the EU sanctions.", LEXICON).subjectStems()).contains("japan")
                .doesNotContain("russia");
        assertThat(SentenceFacts.of("Russia's mining industry needs investment.", LEXICON).subjectStems())
                .as("a possessive is not the subject").doesNotContain("russia");
    }

    @Test
    void whoActsIsAnsweredByTheNameThatActsMoreSurelyThanByOneMentioned() {
        QuestionAnalysis who = read("who got funding from the Russia-Japan Fund");
        double acting = SentenceFacts.of("Russian pipeline company Transneft has obtained funding from the Russia-Japan Fund.", LEXICON)
                .strength(who, String::equals);
        double mentioned = SentenceFacts.of("The countries set up the Russia-Japan Fund and the Intergovernmental Committee.", LEXICON)
                .strength(who, String::equals);
        assertThat(acting).isGreaterThan(mentioned);
        assertThat(mentioned).as("still a name, so still a fact of the kind asked").isPositive();
    }

    @Test
    void whoDidSomethingIsAnsweredByTheNamesTheActIsByOrBetween() {
        QuestionAnalysis who = read("Who agreed to set up the energy consultations?");
        String act = "Energy consultations were established in 2008 after an agreement between Putin and Prime Minister Junichiro Koizumi.";
        assertThat(SentenceFacts.of(act, LEXICON).strength(who, String::equals)).as("'agreement' names the act of 'agreed'")
                .isEqualTo(1.0);
        assertThat(SentenceFacts.of("Energy consultations were established in 2008 when Putin met Koizumi.", LEXICON)
                .strength(who, String::equals)).as("no agreement told").isZero();
        assertThat(VocabularyBridges.namesActOf("settlement", Stemmer.stem("settled"))).isTrue();
        assertThat(VocabularyBridges.namesActOf("comment", Stemmer.stem("come"))).as("too short a root").isFalse();
    }

    @Test
    void whereSomeoneDidSomethingMayBeAGatheringTheyHosted() {
        String hosted = "Russia has significant experience following its hosting of the Sochi Olympics in 2014.";
        assertThat(strength(read("Where did Russia gain its experience securing big events?"), hosted)).isPositive();
        assertThat(strength(read("Which city hosted the Sochi Olympics?"), hosted)).as("the host is asked for, not what it hosted").isZero();
    }

    @Test
    void whereATextAppearedIsTheOutletThatCarriedIt() {
        QuestionAnalysis where = read("Where is the commentary published?");
        assertThat(strength(where, "Co-authored with Bloomberg's Aiko Shimizu, the comments are published in Nikkei Asian Review."))
                .isEqualTo(1.0);
        assertThat(strength(where, "Co-authored with Bloomberg's Aiko Shimizu, the comments are short.")).as("no outlet").isZero();
    }

    @Test
    void whoReceivedIsAnsweredByWhomItWasGivenToAndTheOtherWayRound() {
        String granted = "The Japanese Bank for International Cooperation granted loans to Sberbank and Gazprom.";
        assertThat(SentenceFacts.of(granted, LEXICON).strength(read("Who besides Sberbank received loans from the bank?"), String::equals))
                .as("Gazprom is whom they were granted to").isEqualTo(1.0);
        assertThat(SentenceFacts.of(granted, LEXICON).strength(read("Who received loans?"), String::equals)).isEqualTo(1.0);
        assertThat(SentenceFacts.of("Transneft has obtained funding from the Russia-Japan Fund.", LEXICON)
                .strength(read("Who provided funding to Transneft?"), String::equals)).as("whom it was obtained from").isEqualTo(1.0);
        assertThat(SentenceFacts.of("The Japanese Bank for International Cooperation inspected Sberbank and Gazprom.", LEXICON)
                .strength(read("Who received loans?"), String::equals)).as("no transfer told").isZero();
    }

    @Test
    void whatAnActorDidIsAnsweredOnlyBySentencesItActsIn() {
        QuestionAnalysis q = read("What did Russia do after Japan joined the EU sanctions?");
        assertThat(SentenceFacts.of("Russia responded with a list of Japanese citizens banned from entry.", LEXICON)
                .answers(q, String::equals)).isTrue();
        assertThat(SentenceFacts.of("Japan did not recognize the annexation and joined the EU sanctions against Russia.", LEXICON)
                .answers(q, String::equals)).isFalse();
    }

    @Test
    void whichKindOfPersonIsAnsweredByAPersonTheDocumentsTitleOtherwise() {
        String duma = "The chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.";
        assertThat(answers("Which Russian leader was allowed to enter Japan?", duma)).as("a leader, titled chairman").isTrue();
        assertThat(answers("Which Japanese prime minister signed the agreement?", "Russia and Japan signed an agreement in 1998."))
                .as("no person named").isFalse();
        assertThat(answers("Who is the leader of the Duma?", duma)).as("its chairman leads it").isTrue();
        assertThat(answers("Who is the leader of the Duma?", "A deputy of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan."))
                .as("'who is the <role>' needs a role that leads").isFalse();
    }

    @Test
    void howOftenIsAnsweredByAFrequencyAndSinceWhenByAnEventThatDatesIt() {
        assertThat(answers("How often should the ministers meet?", "The ministers should hold biannual consultations.")).isTrue();
        assertThat(answers("How often should the ministers meet?", "The ministers meet twice a year.")).isTrue();
        assertThat(answers("How often should the ministers meet?", "The ministers should meet in Tokyo.")).isFalse();
        assertThat(answers("Since when have the islands been under Russian control?",
                "The islands have been under Russian administration since the end of World War II.")).isTrue();
        assertThat(answers("Since when have the islands been under Russian control?",
                "The islands have been under Russian administration.")).isFalse();
    }

    @Test
    void aRoleAskedForWithWhatItIsForIsNotHeldByAnotherOfTheSameTitle() {
        String primeMinister = "Russian President Vladimir Putin proposed to Japanese Prime Minister Shinzo Abe the signing of a treaty "
                + "at the Eastern Economic Forum.";
        assertThat(answers("Who is Japan's Minister for Economic Cooperation with Russia?", primeMinister)).isFalse();
        assertThat(answers("Who is Japan's prime minister?", primeMinister)).isTrue();
    }

    @Test
    void whereSomeoneWorksIsAnsweredByANameOfUnknownKindButWhichCompanyIsNot() {
        String byline = "Co-authored with Bloomberg's Aiko Shimizu, the comments are published.";
        assertThat(answers("Where does Aiko Shimizu work?", byline)).isTrue();
        assertThat(answers("Which company publishes the comments?", byline))
                .as("a name of unknown kind is not surely a company").isFalse();
    }

    @Test
    void whoDidSomethingIsAnsweredOnlyByASentenceThatSaysItWasDone() {
        assertThat(answers("Who leads the Intergovernmental Committee?",
                "The countries set up the Intergovernmental Committee and the Investment Fund.")).isFalse();
        assertThat(answers("Who leads the Intergovernmental Committee?",
                "Sergey Naryshkin leads the Intergovernmental Committee.")).isTrue();
    }

    @Test
    void howLongIsAnsweredByWhenItBegan() {
        QuestionAnalysis howLong = QuestionAnalysisTest.read("how long has the kuril islands been under russian control");
        assertThat(facts("The islands have been under Russian administration since their seizure from Japan at the end of World War II.")
                .answers(howLong, (a, b) -> false)).isTrue();
        assertThat(facts("Abe has met Putin many times since assuming office in late 2012.").answers(howLong, (a, b) -> false)).isTrue();
        assertThat(facts("Russia has controlled the islands, and Japan wants them back.").answers(howLong, (a, b) -> false)).isFalse();
    }

    @Test
    void aLengthGivenAsAModifierAnswersFullyOnlyForTheThingItIsTheLengthOf() {
        QuestionAnalysis frozen = read("How long were the island talks frozen after the sanctions?");
        SentenceFacts halted = facts("As a result, the negotiations were halted for two years.");
        SentenceFacts sixYearLong = facts("As a result of the six-year-long negotiations, two proposals have been worked out.");
        assertThat(halted.strength(frozen, EXACT)).isEqualTo(1.0);
        assertThat(sixYearLong.numbers().get(0).counted()).containsExactly("negoti");
        assertThat(sixYearLong.strength(frozen, EXACT)).as("the length of the negotiations, not of the freeze")
                .isEqualTo(SentenceFacts.PARTIAL);
        QuestionAnalysis lasted = read("How long did the negotiations last?");
        assertThat(sixYearLong.strength(lasted, EXACT)).isEqualTo(1.0);
    }

    @Test
    void aNameAnswersOnlyForTheClauseTheQuestionIsAbout() {
        String sentence = "The Japanese Bank for International Cooperation granted loans to Sberbank and Gazprom,"
                + " which also is negotiating a yen-denominated bond with Japanese investors.";
        EntityLexicon lexicon = QuestionAnalysisTest.learnt(sentence);
        SentenceFacts facts = SentenceFacts.of(sentence, lexicon);
        assertThat(facts.answers(QuestionAnalysis.of("Which Japanese bank granted loans to Gazprom?", lexicon, Set.of()), EXACT)).isTrue();
        assertThat(facts.answers(QuestionAnalysis.of("Which Japanese bank bought Gazprom's yen-denominated bond?", lexicon, Set.of()), EXACT))
                .as("the bond is Gazprom's, negotiated with investors the sentence does not name").isFalse();
    }

    @Test
    void whoLeadsSomethingIsNamedByTheOfficeTheyLeadItIn() {
        String chairman = "The chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.";
        assertThat(answers("Who is the head of the Duma?", chairman)).isTrue();
        assertThat(answers("who heads the duma", chairman)).isTrue();
        assertThat(answers("who heads the duma", "Comments by J. Berkshire Miller were published in Vladivostok."))
                .as("named, but in no office that leads").isFalse();
        assertThat(answers("Who is the founder of the Duma?", chairman)).as("a chairman leads it; he need not have founded it").isFalse();
    }

    @Test
    void anOfficeAskedOfSomeoneIsAnsweredWhereTheSentenceTitlesThem() {
        String chairman = "The chairman of the Russian State Duma, Sergey Naryshkin, was allowed to enter Japan.";
        String fellow = "Japan could benefit, writes J. Berkshire Miller, EWI's Fellow for the China, East Asia and United States (CEAUS) Program.";
        String president = "Abe will meet Russian President Vladimir Putin.";
        String bloomberg = "Co-authored with Bloomberg's Aiko Shimizu, the comments are published in Nikkei Asian Review.";
        EntityLexicon lexicon = QuestionAnalysisTest.learnt(chairman, fellow, president, bloomberg, "Abe has pushed Putin to make concessions.");
        java.util.function.BiPredicate<String, String> answers = (question, sentence) -> SentenceFacts.of(sentence, lexicon)
                .answers(QuestionAnalysis.of(question, lexicon, Set.of()), EXACT);
        assertThat(answers.test("What position does Sergey Naryshkin hold?", chairman)).isTrue();
        assertThat(answers.test("what's naryshkin's job", chairman)).isTrue();
        assertThat(answers.test("What post does J. Berkshire Miller hold at EWI?", fellow)).isTrue();
        assertThat(answers.test("What post does Putin hold?", president)).isTrue();
        assertThat(answers.test("What role does Aiko Shimizu have?", bloomberg)).isTrue();
        assertThat(answers.test("What post does Putin hold?", "Abe has pushed Putin to make concessions.")).as("named, not titled").isFalse();
    }
}
