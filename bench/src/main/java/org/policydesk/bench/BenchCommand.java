package org.policydesk.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.policydesk.Main;
import org.policydesk.app.MiniLmEmbeddingModel;
import org.policydesk.config.Settings;
import org.policydesk.eval.EvalCase;
import org.policydesk.eval.EvalCases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Entry point of {@code policydesk-bench.jar}: the benchmark, kept out of the bot's own jar. */
@Command(name = "policydesk-bench", mixinStandardHelpOptions = true, versionProvider = BenchCommand.Version.class,
        subcommands = {PdfIngestionProbe.class, InstancesProbe.class},
        description = "Measures ingestion, retrieval, answering, concurrency, start-up and memory at several corpus sizes, "
                + "beside Lucene BM25 and LangChain4j's in-memory store; prints a table and writes it as Markdown.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "the real documents mixed into every corpus (default: $POLICYBOT_KNOWLEDGE or knowledge/)")
    Path knowledge;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000", description = "corpus sizes in passages (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--cases", defaultValue = "eval/dev.jsonl", description = "evaluation cases for quality (default: ${DEFAULT-VALUE})")
    Path cases;

    @Option(names = "--questions", description = "more questions, one per line, for latency (default: the cases' questions)")
    Path questions;

    @Option(names = "--work", defaultValue = "data/bench", description = "where corpora and stores are built (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", description = "the Markdown report (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--concurrency", defaultValue = "32", description = "concurrent askers (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--seed", defaultValue = "20261122", description = "seed of the generated corpora (default: ${DEFAULT-VALUE})")
    long seed;

    public static void main(String[] args) {
        Main.prepareProcess();
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<EvalCase> all = EvalCases.read(cases);
        LinkedHashSet<String> pool = new LinkedHashSet<>();
        all.stream().map(EvalCase::q).filter(q -> q != null).forEach(pool::add);
        if (questions != null) {
            Files.readAllLines(questions).stream().map(String::strip).filter(q -> !q.isEmpty()).forEach(pool::add);
        }
        Path documents = Settings.fromEnvironment(System.getenv()).withPaths(knowledge, null).knowledgeDir();
        PrintWriter out = spec.commandLine().getOut();
        Benchmark benchmark = new Benchmark(new Benchmark.Options(sizes, work, this.out, documents, cases,
                new ArrayList<>(pool), concurrency, seed), new MiniLmEmbeddingModel(), spec.commandLine().getErr());
        out.print(benchmark.run(all));
        out.flush();
        return 0;
    }

    /** The version of the bot it measures. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policydesk-bench " + BenchCommand.class.getPackage().getImplementationVersion()};
        }
    }
}
