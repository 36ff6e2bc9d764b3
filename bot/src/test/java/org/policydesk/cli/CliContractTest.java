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

/** The command line as outside scripts use it: ../shared/docs/cli-contract.md. */
class CliContractTest {

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--knowledge"))) {
            all.add(1, "--knowledge=" + knowledge);
        }
        all.add(1, "--db=" + db);
        int status = PolicyBotCommand.commandLine(Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(all.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
    void evalPrintsRetrievalMetricsOnTheSharedCasesAboveTheBar() throws Exception {
        Path cases = TestSupport.sharedDir().resolve("eval/dev.jsonl");
        Run run = run("", "eval", "--cases", cases.toString(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode retrieval = JSON.readTree(run.out()).get("retrieval");
        assertThat(retrieval.get("recall_at_5").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(retrieval.get("mrr_at_5").asDouble()).isGreaterThanOrEqualTo(0.85);

        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"x\", \"q\": \"fine\"}\n{not json\n");
        Run bad = run("", "eval", "--cases", broken.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("line 2");
    }
}
