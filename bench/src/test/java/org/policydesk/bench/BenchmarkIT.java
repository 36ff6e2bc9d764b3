package org.policydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.app.MiniLmEmbeddingModel;
import org.policydesk.eval.EvalCase;
import org.policydesk.eval.EvalCases;

class BenchmarkIT {

    static final Path REPO = Path.of(System.getProperty("policydesk.repoRoot", "..")).toAbsolutePath().normalize();
    static final EmbeddingModel MODEL = new MiniLmEmbeddingModel();

    @TempDir
    Path dir;

    @Test
    void theGeneratedCorpusIsDeterministicAndInTheKnowledgeFormat() throws Exception {
        int a = CorpusGenerator.write(dir.resolve("a"), 120, 7);
        int b = CorpusGenerator.write(dir.resolve("b"), 120, 7);
        CorpusGenerator.write(dir.resolve("c"), 120, 8);
        assertThat(a).isEqualTo(b).isEqualTo(120);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir.resolve("a"))) {
            files = listing.sorted().toList();
        }
        assertThat(files).hasSize(3);
        for (Path f : files) {
            assertThat(Files.readString(f)).isEqualTo(Files.readString(dir.resolve("b").resolve(f.getFileName())));
        }
        assertThat(Files.readString(files.get(0))).startsWith("---\nid: gen-0\ntitle: ")
                .isNotEqualTo(Files.readString(dir.resolve("c").resolve(files.get(0).getFileName())));
    }

    @Test
    void theBenchmarkMeasuresEveryFigureAndWritesItsReport() throws Exception {
        List<EvalCase> cases = EvalCases.read(REPO.resolve("eval").resolve("dev.jsonl"));
        Path out = dir.resolve("docs/benchmarks.md");
        StringWriter progress = new StringWriter();
        Benchmark benchmark = new Benchmark(new Benchmark.Options(List.of(200), dir.resolve("work"), out,
                REPO.resolve("knowledge"), REPO.resolve("eval").resolve("dev.jsonl"),
                cases.stream().map(EvalCase::q).filter(q -> q != null).toList(), 4, 1), MODEL,
                new PrintWriter(progress));
        String report = benchmark.run(cases);

        assertThat(Files.readString(out)).isEqualTo(report);
        assertThat(report).contains("| | 200 passages |");
        for (String row : List.of("ingestion, passages/s", "(floor)", "reload of the unchanged folder", "hybrid (this project)",
                "Lucene BM25", "in-memory store", "ask p50 / p99 warm", "one query embedding", "4 concurrent askers",
                "start-up to ready", "peak RSS")) {
            assertThat(report).contains(row);
        }
        String concurrent = report.lines().filter(l -> l.startsWith("| 4 concurrent askers")).findFirst().orElseThrow();
        assertThat(concurrent).as("no asker failed").endsWith(", 0 |");
        String rss = report.lines().filter(l -> l.startsWith("| peak RSS")).findFirst().orElseThrow();
        assertThat(Long.parseLong(rss.replaceAll("[^0-9]", ""))).as("the probe process reported its memory").isPositive();
        String recall = report.lines().filter(l -> l.startsWith("| Recall@5 / MRR@5 — hybrid")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(recall.split("\\|")[2].split("/")[0].strip())).isGreaterThan(0.8);
    }
}
