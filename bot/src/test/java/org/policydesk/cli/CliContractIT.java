package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;

/** The command line as outside scripts use it: docs/cli-contract.md. */
class CliContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path knowledge;
    Path db;

    record Run(int status, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    @BeforeEach
    void setUp() {
        knowledge = TestSupport.copyOfKnowledge(dir);
        db = dir.resolve("data/policybot.db");
    }

    private Run run(String stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    private Run run(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        int at = all.isEmpty() ? 0 : 1;
        if (all.stream().noneMatch(a -> a.startsWith("--knowledge"))) {
            all.add(at, "--knowledge=" + knowledge);
        }
        all.add(at, "--db=" + db);
        int status = PolicyBotCommand.commandLine(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(all.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void commandsThatOnlyReadLeaveASharedDatabaseAloneWhileReportNeedsItAndSaysSoWithoutItsPassword() throws Exception {
        int closed = TestSupport.freePort();
        String password = "cli-db-password-4711";
        Map<String, String> env = Map.of("POLICYBOT_DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:" + closed + "/bot?user=bot&password=" + password + "&connectTimeout=2");
        Run search = run(env, "", "search", "--format", "json", "How many Russian soldiers are on Iturup?");
        assertThat(search.status()).as(search.err()).isZero();
        assertThat(search.out()).contains("3,500 Russian soldiers");
        Run report = run(env, "", "report");
        assertThat(report.status()).as("the gap report reads the shared log, which cannot be reached").isNotZero();
        assertThat(report.err()).contains("POLICYBOT_DATABASE_URL").doesNotContain(password);
    }

    @Test
    void searchJsonRanksTheAnsweringPassageFirstAndBuildsTheStoreByItself() throws Exception {
        assertThat(db).doesNotExist();
        Run run = run("", "search", "--format", "json", "How many Russian soldiers are on Iturup?");
        assertThat(run.status()).isZero();
        assertThat(db).exists();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("query").asText()).isEqualTo("How many Russian soldiers are on Iturup?");
        JsonNode first = result.get("results").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("text").asText()).contains("3,500 Russian soldiers");
        assertThat(first.get("document_id").asText()).isEqualTo("benedyczak-2018");
        assertThat(first.get("title").asText()).isEqualTo("Prospects for Russia-Japan Rapprochement");
        assertThat(first.get("paragraph").asInt()).isEqualTo(9);
        assertThat(first.get("passage_id").asText()).isEqualTo("benedyczak-2018:p9");
        assertThat(first.get("score").isNumber()).isTrue();
        assertThat(result.get("results")).hasSize(5);
    }

    @Test
    void searchForWhatBothPapersSayListsAPassageOfEach() throws Exception {
        // The 2018 paper words the military topic closer and would hold all five places.
        Run run = run("", "search", "--format", "json", "What military buildup on the Kurils do the two papers describe?");
        assertThat(run.status()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results).hasSize(5);
        assertThat(results.findValuesAsText("document_id")).contains("ewi-2016", "benedyczak-2018");
        assertThat(results.findValuesAsText("rank")).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void searchJsonlAnswersLineByLineAndABadLineGetsAnErrorObject() throws Exception {
        Run run = run("Su-35 jets\n\n\"unbalanced (quote AND\n" + "x".repeat(5000) + "\nfisheries\n", "search", "--format", "jsonl", "--k", "2");
        assertThat(run.status()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("results")).hasSize(2);
        assertThat(lines.get(1).get("error").asText()).contains("empty");
        assertThat(lines.get(2).get("results")).isNotEmpty();
        assertThat(lines.get(3).get("error").asText()).contains("too long");
        assertThat(lines.get(4).get("results").get(0).get("text").asText()).contains("fisheries");
    }

    @Test
    void badInputIsOneLineOnStandardErrorWithStatusTwo() {
        Run empty = run("", "search", "   ");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err().strip()).startsWith("error:").contains("empty").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(empty.out()).isEmpty();

        Run badK = run("", "search", "--k", "0", "energy");
        assertThat(badK.status()).isEqualTo(2);

        Run noFolder = run("", "search", "--knowledge=" + dir.resolve("missing"), "energy");
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("does not exist").doesNotContain("\tat ");
    }

    @Test
    void aDamagedStoreIsReportedInOneLineWithTheWayToRebuild() throws Exception {
        Files.createDirectories(db.getParent());
        Files.writeString(db, "garbage garbage garbage garbage garbage");
        Run run = run("", "search", "energy");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("Move or delete that file");
    }

    @Test
    void aStoreWhoseSchemaVersionIsDamagedIsReportedAsDamagedNotAsAnInternalError() throws Exception {
        assertThat(run("", "reload").status()).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE meta SET value = 'abc' WHERE key = 'schema_version'");
        }
        Run run = run("", "search", "energy");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("damaged").contains("'abc'").contains("Move or delete that file")
                .doesNotContain("NumberFormatException");
    }

    @Test
    void reloadReportsAddedChangedRemovedAndRejected() throws Exception {
        JsonNode first = JSON.readTree(run("", "reload", "--format", "json").out());
        assertThat(first.get("added")).hasSize(2);
        assertThat(first.get("passages").asInt()).isEqualTo(37);

        Files.writeString(knowledge.resolve("broken.md"), "---\ntitle: [\n---\nx");
        Files.delete(knowledge.resolve("ewi-2016-improving-japan-russia-ties.md"));
        JsonNode second = JSON.readTree(run("", "reload", "--format", "json").out());
        assertThat(second.get("removed").get(0).asText()).isEqualTo("ewi-2016");
        assertThat(second.get("unchanged").get(0).asText()).isEqualTo("benedyczak-2018");
        assertThat(second.get("rejected").get(0).get("file").asText()).isEqualTo("broken.md");
        assertThat(second.get("rejected").get(0).get("reason").asText()).contains("front matter");

        Run text = run("", "reload");
        assertThat(text.out()).contains("0 added").contains("1 rejected").contains("broken.md");
    }

    @Test
    void askJsonHasTheContractShapeAndEveryMarkerHasItsCitation() throws Exception {
        Run run = run("", "ask", "--format", "json", "Which fighter jets does Russia station on the disputed islands?");
        assertThat(run.status()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("question").asText()).isEqualTo("Which fighter jets does Russia station on the disputed islands?");
        assertThat(a.get("answered").asBoolean()).isTrue();
        assertThat(a.get("mode").asText()).isEqualTo("extractive");
        assertThat(a.get("answer").asText()).contains("Su-35");
        assertThat(a.get("latency_ms").isNumber()).isTrue();
        JsonNode c = a.get("citations").get(0);
        assertThat(c.get("n").asInt()).isEqualTo(1);
        assertThat(c.get("document_id").asText()).isEqualTo("benedyczak-2018");
        assertThat(c.get("title").asText()).isEqualTo("Prospects for Russia-Japan Rapprochement");
        assertThat(c.get("published").asText()).isEqualTo("2018");
        assertThat(c.get("paragraph").asInt()).isEqualTo(9);
        assertThat(c.get("passage_id").asText()).isEqualTo("benedyczak-2018:p9");
        assertThat(c.get("text").asText()).contains("Su-35 fighter jets");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(a.get("answer").asText());
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, a.get("citations").size());
        }
    }

    @Test
    void askJsonlAnswersInOrderAndABadLineGetsAnErrorObject() throws Exception {
        Run run = run("How many Russian soldiers are on Iturup?\n   \nWhat is the GDP of Russia?\n", "ask", "--format", "jsonl");
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("answered").asBoolean()).isTrue();
        assertThat(lines.get(1).get("error").asText()).contains("empty");
        assertThat(lines.get(2).get("answered").asBoolean()).isFalse();
        assertThat(lines.get(2).get("answer").asText()).contains("don't cover");
    }

    @Test
    void summaryJsonHasTheContractShapeAndAnUnknownDocumentListsTheDocuments() throws Exception {
        JsonNode s = JSON.readTree(run("", "summary", "--format", "json", "--document", "benedyczak-2018").out());
        assertThat(s.get("target").asText()).isEqualTo("Prospects for Russia-Japan Rapprochement");
        assertThat(s.get("summary").asText()).contains("[1]");
        assertThat(s.get("answered").asBoolean()).as("one name for one idea, as in an answer").isTrue();
        assertThat(s.get("covered").asBoolean()).as("the earlier name, kept one release").isTrue();
        assertThat(s.get("citations").get(0).get("document_id").asText()).isEqualTo("benedyczak-2018");

        JsonNode topic = JSON.readTree(run("", "summary", "--format", "json", "--topic", "fisheries").out());
        assertThat(topic.get("target").asText()).isEqualTo("fisheries");
        assertThat(topic.get("summary").asText()).containsIgnoringCase("fish");

        Run missing = run("", "summary", "--document", "The Art of War");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("No document matches").contains("ewi-2016").contains("benedyczak-2018");

        assertThat(run("", "summary", "--document", "x", "--topic", "y").status()).isEqualTo(2);
    }

    @Test
    void evalPrintsEveryMetricOnTheSharedCasesAboveTheBar() throws Exception {
        Path cases = TestSupport.evalDir().resolve("dev.jsonl");
        Run run = run("", "eval", "--cases", cases.toString(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode result = JSON.readTree(run.out());
        JsonNode retrieval = result.get("retrieval");
        assertThat(retrieval.get("recall_at_5").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(retrieval.get("mrr_at_5").asDouble()).isGreaterThanOrEqualTo(0.85);
        JsonNode answers = result.get("answers");
        assertThat(answers.get("answer_accuracy").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(answers.get("citation_hit").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(answers.get("answered_rate").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(answers.get("refusal_accuracy").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(result.get("summaries").get("key_point_coverage").asDouble()).isGreaterThanOrEqualTo(0.8);

    }

    /** Questions written apart from the method's development: a floor against overfitting the shared sample. */
    @Test
    void theHeldOutCasesStayAboveTheirFloor() throws Exception {
        Path cases = TestSupport.repoRoot().resolve("bot/src/test/resources/eval/holdout.jsonl");
        JsonNode result = JSON.readTree(run("", "eval", "--cases", cases.toString(), "--format", "json").out());
        JsonNode answers = result.get("answers");
        assertThat(result.get("retrieval").get("recall_at_5").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(answers.get("answer_accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(answers.get("citation_hit").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(answers.get("answered_rate").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(answers.get("refusal_accuracy").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(result.get("summaries").get("key_point_coverage").asDouble()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * Chat-style, paraphrased and near-miss questions (the shared dev-2 sample and a set written
     * before the method was changed for it): floors just under what the method scores, so that a
     * change that makes answers worse fails here. Metrics are also reported per case type.
     */
    @Test
    void chatStyleAndNearMissQuestionsStayAboveTheirFloor() throws Exception {
        for (String file : List.of("dev-2.jsonl", "holdout-3.jsonl")) {
            Run run = run("", "eval", "--cases", TestSupport.evalDir().resolve(file).toString(), "--format", "json");
            assertThat(run.status()).as(file).isZero();
            JsonNode result = JSON.readTree(run.out());
            JsonNode answers = result.get("answers");
            assertThat(answers.get("answer_accuracy").asDouble()).as(file).isGreaterThanOrEqualTo(0.80);
            assertThat(answers.get("citation_hit").asDouble()).as(file).isGreaterThanOrEqualTo(0.85);
            assertThat(answers.get("answered_rate").asDouble()).as(file).isGreaterThanOrEqualTo(0.90);
            assertThat(answers.get("refusal_accuracy").asDouble()).as(file).isGreaterThanOrEqualTo(0.85);
            JsonNode groups = result.get("by_group");
            assertThat(groups.get("unanswerable").get("refusal_accuracy").asDouble()).as(file).isGreaterThanOrEqualTo(0.85);
            assertThat(groups.get("informal").get("cases").asInt()).as(file).isPositive();
        }
    }

    @Test
    void withoutATokenTheBotIsAConsoleTakingTheSameCommands() {
        String session = String.join("\n", "/help", "How many Russian soldiers are on Iturup?",
                "/ask And which fighter jets are stationed there?", "/sources yen bond", "/summary topic energy",
                "/summary document ewi-2016", "/about", "/reload", "/ask", "/quit", "never read") + "\n";
        Run run = run(session);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("PolicyDesk commands").contains("/quit")
                .contains("3,500 Russian soldiers").contains("Su-35")
                .contains("yen-denominated bond")
                .contains("Summary of the sources on “energy”").contains("Summary: Improving Japan-Russia Ties")
                .contains("37 passages in all")
                .contains("Knowledge base reloaded").contains("2 unchanged")
                .contains("The question is empty")
                .doesNotContain("never read");
    }

    @Test
    void reportListsWhatWasAskedAndNotCoveredAsJsonOrTextAndRefusesABadPeriod() throws Exception {
        Run session = run(String.join("\n", "What is the GDP of Russia?", "what is russia's gdp", "How many Russian soldiers are on Iturup?",
                "/quit") + "\n");
        assertThat(session.status()).isZero();
        Run json = run("", "report", "--format", "json", "--since", "all");
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode report = json.lines().get(0);
        assertThat(report.get("since").isNull()).isTrue();
        assertThat(report.get("until").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(report.get("questions").asInt()).isEqualTo(3);
        assertThat(report.get("not_covered_count").asInt()).isEqualTo(2);
        assertThat(report.get("disliked_count").asInt()).isZero();
        JsonNode gap = report.get("not_covered").get(0);
        assertThat(gap.get("count").asInt()).as("the two GDP questions are one gap").isEqualTo(2);
        assertThat(gap.get("question").asText() + gap.get("also_asked").toString()).containsIgnoringCase("gdp");
        assertThat(gap.has("users")).as("no one is named unless asked").isFalse();
        assertThat(report.get("most_asked")).hasSize(2);
        assertThat(run("", "report", "--format", "json", "--since", "all", "--with-users").lines().get(0)
                .get("not_covered").get(0).get("users").toString()).contains("console");

        Run text = run("", "report");
        assertThat(text.out()).startsWith("Since ").contains("3 questions, 2 not covered").contains("• 2× “");
        Run bad = run("", "report", "--since", "yesterday");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--since").contains("is not a period");
    }

    @Test
    void theConsoleHasItsOwnHelpAndSaysWhatIsWrongWithACommand() {
        Run run = run(String.join("\n", "/help", "/frobnicate", "/summary", "/quit") + "\n");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("/quit").contains("Type a question and press Enter")
                .doesNotContain("it answers in a thread")
                .contains("Unknown command “/frobnicate”.")
                .contains("/summary needs a document or a topic");
    }

    @Test
    void withNothingToReadAndNoTerminalTheConsoleSaysSoAndFails() {
        Run run = run("");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("needs a terminal").contains("DISCORD_TOKEN");
        assertThat(run.out()).doesNotContain("PolicyDesk console");
    }

    @Test
    void anEmptyKnowledgeFolderIsRefusedAndEmptiesNothingUnlessAskedTo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty-knowledge"));
        Path built = db;
        db = dir.resolve("elsewhere/policybot.db");
        Run first = run("", "ask", "--knowledge=" + empty, "Which jets are on Iturup?");
        assertThat(first.status()).isNotZero();
        assertThat(first.err()).contains("holds no documents").contains("--allow-empty");
        assertThat(db).as("a failed first start leaves no store behind").doesNotExist();

        db = built;
        assertThat(run("", "reload").status()).isZero();
        Run served = run("", "ask", "--knowledge=" + empty, "Which jets are on Iturup?");
        assertThat(served.status()).isZero();
        assertThat(served.out()).as("the built store still serves").contains("Su-35");
        Run refused = run("", "reload", "--knowledge=" + empty);
        assertThat(refused.status()).isNotZero();
        assertThat(refused.err()).contains("holds no documents");
        assertThat(refused.err()).as("no progress line without a terminal").doesNotContain("embedding passages");
        Run emptied = run("", "reload", "--knowledge=" + empty, "--allow-empty");
        assertThat(emptied.status()).isZero();
        assertThat(emptied.out()).contains("2 removed");
    }

    @Test
    void theCommandLineFollowsPicocliConventions() {
        Run bad = run("", "search", "--frobnicate", "x");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip().split("\n")).as("one line and a pointer, not the whole usage").hasSize(2);
        assertThat(bad.err()).startsWith("error: ").contains("Try 'policybot search --help'");
        assertThat(run("", "-V").out()).contains("PolicyDesk 0.1.0");
        assertThat(run("", "search", "--help").out()).contains("default: 5").contains("text, json, jsonl");
        assertThat(run("", "--help").out()).contains("DISCORD_TOKEN").contains("console");
        Run jsonlSummary = run("", "summary", "--topic", "energy", "--format", "jsonl");
        assertThat(jsonlSummary.status()).isEqualTo(2);
        assertThat(jsonlSummary.err()).contains("expected one of [text, json]");
        Run both = run("", "ask", "--format", "jsonl", "Which jets are on Iturup?");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("give no QUESTION with it");
    }

    @Test
    void aBrokenCaseFileNamesItsBadLine() throws Exception {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"x\", \"q\": \"fine\"}\n{not json\n");
        Run bad = run("", "eval", "--cases", broken.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("line 2");
    }

    @Test
    void everyInputLineGetsExactlyOneOutputLineWhateverItHolds() {
        Run cr = run("Su-35 jets\ron the islands\r\nfisheries\n", "search", "--format", "jsonl", "--k", "1");
        assertThat(cr.status()).isZero();
        assertThat(cr.out().split("\n")).as("a bare carriage return is part of its line").hasSize(2);

        java.util.Random random = new java.util.Random(7);
        StringBuilder binary = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < 20_000; i++) {
            char c = (char) random.nextInt(256);
            binary.append(c);
            if (c == '\n') {
                lines++;
            }
        }
        binary.append('\n');
        lines++;
        Run noise = run(binary.toString(), "search", "--format", "jsonl", "--k", "1");
        assertThat(noise.status()).isZero();
        assertThat(noise.out().split("\n", -1)).as("one line out per line in, and a final newline").hasSize(lines + 1);
    }

    @Test
    void nothingADocumentOrAFileNameHoldsCanDriveTheTerminal() throws Exception {
        Path folder = TestSupport.copyOfKnowledge(dir.resolve("hostile"));
        Files.writeString(folder.resolve("escape.md"), "---\nid: escape\ntitle: Escapes\n---\n\n"
                + "Walrus colonies on Wrangel Island \u001b]0;owned\u0007\u001b[2J\u001b[31mturn red\u202e on screens.\n");
        Files.writeString(folder.resolve("evil\nrejected: nothing.md"), "");
        Run reload = run("", "reload", "--knowledge=" + folder);
        assertThat(reload.status()).isZero();
        assertThat(reload.out()).doesNotContain("\u001b").contains("rejected: “evil\\u000arejected: nothing.md”");
        assertThat(reload.out().lines().filter(l -> l.startsWith("rejected:"))).hasSize(1);
        Run search = run("", "search", "--knowledge=" + folder, "walrus colonies Wrangel");
        assertThat(search.status()).isZero();
        assertThat(search.out()).contains("Walrus colonies").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("\u202e");
    }

    @Test
    void aMissingOrUnreadableFileIsNamedWithWhatIsWrong() {
        Run missing = run("", "eval", "--cases", dir.resolve("nonexistent.jsonl").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no such file or folder: ").contains("nonexistent.jsonl");
        Run folder = run("", "eval", "--cases", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err().strip()).isNotEqualTo("error: Is a directory").contains(dir.toString());
    }

    @Test
    void aMissingKnowledgeFolderDoesNotStopABuiltStoreFromServing() {
        assertThat(run("", "search", "--k", "1", "soldiers on Iturup").status()).isZero();
        Run served = run("", "search", "--knowledge=" + dir.resolve("gone"), "--k", "1", "soldiers on Iturup");
        assertThat(served.status()).isZero();
        assertThat(served.out()).contains("3,500 Russian soldiers");
    }
}
