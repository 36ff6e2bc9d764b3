package org.policydesk.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.policydesk.answering.Question;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Command;
import org.policydesk.bot.CommandRequest;
import org.policydesk.bot.Reply;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;
import org.policydesk.config.Settings;
import org.policydesk.eval.EvalCase;
import org.policydesk.eval.RetrievalMetrics;
import org.policydesk.eval.RetrievalMetrics.Found;
import org.policydesk.knowledge.ingestion.ReloadReport;
import org.policydesk.text.Thesaurus;
import org.policydesk.text.WordNetThesaurus;

/**
 * The benchmark: for each corpus size, ingestion against the raw embedding floor, an unchanged
 * reload, retrieval latency and quality beside Lucene BM25 and LangChain4j's in-memory store, warm
 * answer latency against one query embedding, 32 concurrent askers, and start-up time and peak
 * memory of a fresh process. Prints a table and writes it as Markdown.
 */
public final class Benchmark {

    public record Options(List<Integer> sizes, Path work, Path out, Path knowledge, Path cases, List<String> questions,
            int concurrency, long seed) {}

    record Row(int passages, double ingestPerSecond, double floorPerSecond, double unchangedReloadSeconds,
            Percentiles hybrid, Percentiles lucene, Percentiles inMemory,
            RetrievalMetrics.Summary hybridQuality, RetrievalMetrics.Summary luceneQuality, RetrievalMetrics.Summary inMemoryQuality,
            Percentiles ask, Percentiles queryEmbedding, double concurrentPerSecond, Percentiles concurrent, int concurrentFailures,
            double startupSeconds, long peakRssMb) {}

    private static final int FLOOR_SAMPLE = 1024;
    /** Questions per warm-up and per latency sample. */
    private static final int SAMPLE = 200;
    /** Fresh processes started per corpus size; the median start-up is reported. */
    private static final int PROBES = 3;
    private static final int K = 5;

    private final Options options;
    private final EmbeddingModel model;
    /** Loaded before the first measurement, as the bot's loads while the store opens. */
    private final Thesaurus thesaurus = WordNetThesaurus.loaded();
    private final PrintWriter progress;

    public Benchmark(Options options, EmbeddingModel model, PrintWriter progress) {
        this.options = options;
        this.model = model;
        this.progress = progress;
    }

    public String run(List<EvalCase> cases) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int size : options.sizes()) {
            rows.add(measure(size, cases));
        }
        String report = markdown(rows);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        return report;
    }

    private Row measure(int size, List<EvalCase> cases) throws Exception {
        Path folder = options.work().resolve("corpus-" + size);
        Path db = options.work().resolve("bench-" + size + ".db");
        deleteTree(folder);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        Files.createDirectories(folder);
        int real = 0;
        try (Stream<Path> files = Files.list(options.knowledge())) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Settings settings = Settings.of(folder, db)
                .withDiscord(new DiscordSettings(Secret.none(), "", Set.of(), 1_000_000, options.concurrency(), 0));
        try (PolicyDesk probe = PolicyDesk.start(settings, model, thesaurus)) {
            real = probe.knowledgeBase().reload().passages();
        }
        Files.deleteIfExists(db);
        CorpusGenerator.write(folder, Math.max(0, size - real), options.seed());
        say("%,d passages: ingesting…", size);

        double floorRate = floor(folder);
        try (PolicyDesk desk = PolicyDesk.start(settings, model, thesaurus)) {
            long started = System.nanoTime();
            ReloadReport built = desk.knowledgeBase().reload();
            double ingestSeconds = seconds(started);
            int passages = built.passages();
            double ingestRate = passages / ingestSeconds;

            say("  ingestion %.0f passages/s, raw embedding of their texts %.0f passages/s", ingestRate, floorRate);

            started = System.nanoTime();
            desk.knowledgeBase().reload();
            double unchanged = seconds(started);

            // This project's own figures first, before the baselines fill the same heap. Every
            // latency is taken after a warm-up on other questions, on questions no cache has seen.
            List<String> queries = options.questions();
            List<String> fresh = freshQuestions(3 * SAMPLE + options.concurrency() * 8, size);
            List<String> warmUp = fresh.subList(0, SAMPLE);
            List<String> forEmbedding = fresh.subList(SAMPLE, 2 * SAMPLE);
            List<String> forAnswers = fresh.subList(2 * SAMPLE, 3 * SAMPLE);
            List<String> forConcurrency = fresh.subList(3 * SAMPLE, fresh.size());
            Function<String, List<Found>> hybrid = q -> desk.retriever().retrieve(q, K).stream()
                    .map(p -> new Found(p.passage().id(), p.passage().text())).toList();
            Percentiles hybridLatency = latency(warmUp, queries, hybrid);
            RetrievalMetrics.Summary hybridQuality = RetrievalMetrics.evaluate(hybrid, cases);

            Percentiles embedding = latency(warmUp, forEmbedding, q -> {
                model.embed(q);
                return List.of();
            });
            Percentiles ask = latency(warmUp, forAnswers, q -> {
                desk.answerer().answer(Question.of(q));
                return List.of();
            });
            say("  ask p50 %.1f ms (one query embedding %.1f ms)", ask.p50(), embedding.p50());

            List<Double> concurrentLatencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            double concurrentRate = concurrent(desk.commands(), forConcurrency, concurrentLatencies, failures);
            Percentiles concurrent = Percentiles.of(concurrentLatencies);
            say("  %d concurrent askers: %.1f answers/s, p99 %.0f ms, %d failures", options.concurrency(), concurrentRate,
                    concurrent.p99(), failures.get());

            double[] probe = probeProcess(folder, db);
            say("  start-up %.2f s, peak RSS %.0f MB", probe[0], probe[1]);

            List<Found> all = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();

            desk.store().read(s -> {
                s.forEachPassage((p, v) -> {
                    all.add(new Found(p.passage().id(), p.passage().text()));
                    titles.add(p.document().title());
                    vectors.add(v);
                });
                return null;
            });
            LuceneBaseline lucene = new LuceneBaseline(all, titles);
            InMemoryBaseline inMemory = new InMemoryBaseline(model);
            inMemory.addAll(all, vectors);
            vectors.clear();
            Percentiles luceneLatency = latency(warmUp, queries, q -> lucene.search(q, K));
            Percentiles inMemoryLatency = latency(warmUp, queries, q -> inMemory.search(q, K));
            RetrievalMetrics.Summary luceneQuality = RetrievalMetrics.evaluate(q -> lucene.search(q, K), cases);
            RetrievalMetrics.Summary inMemoryQuality = RetrievalMetrics.evaluate(q -> inMemory.search(q, K), cases);
            lucene.close();
            say("  retrieval p50 hybrid %.1f ms, Lucene %.1f ms, in-memory %.1f ms", hybridLatency.p50(),
                    luceneLatency.p50(), inMemoryLatency.p50());
            return new Row(passages, ingestRate, floorRate, unchanged, hybridLatency, luceneLatency, inMemoryLatency,
                    hybridQuality, luceneQuality, inMemoryQuality, ask, embedding, concurrentRate, concurrent,
                    failures.get(), probe[0], (long) probe[1]);
        }
    }

    /**
     * The floor: how fast the model alone embeds what ingestion must embed (each document's title
     * and its passages' sentences), batched as ingestion batches them, measured on the first
     * documents of the corpus before ingestion runs; in passages per second.
     */
    private double floor(Path folder) throws IOException {
        var parser = new org.policydesk.knowledge.ingestion.DocumentParser(5L * 1024 * 1024);
        var splitter = new org.policydesk.knowledge.ingestion.PassageSplitter(1200);
        var embedder = new org.policydesk.knowledge.ingestion.PassageEmbedder(model);
        List<List<String>> documents = new ArrayList<>();
        int passages = 0;
        try (Stream<Path> files = Files.list(folder).sorted()) {
            for (Path file : files.toList()) {
                if (passages >= FLOOR_SAMPLE) {
                    break;
                }
                try {
                    var document = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
                    List<String> texts = new ArrayList<>(List.of(document.metadata().title()));
                    for (var p : splitter.split(document)) {
                        texts.addAll(p.sentenceEmbeddingTexts());
                        passages++;
                    }
                    documents.add(texts);
                } catch (org.policydesk.knowledge.ingestion.DocumentRejectedException e) {
                    throw new IllegalStateException("the generated corpus has a broken document: " + e.getMessage());
                }
            }
        }
        long started = System.nanoTime();
        documents.forEach(embedder::embedAll);
        return passages / seconds(started);
    }

    private static Percentiles latency(List<String> warmUp, List<String> measured, Function<String, List<Found>> search) {
        warmUp.forEach(search::apply);
        List<Double> millis = new ArrayList<>();
        for (String q : measured) {
            long started = System.nanoTime();
            search.apply(q);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return Percentiles.of(millis);
    }

    /** Askers, each a different user, through the command handlers as Discord would call them. */
    private double concurrent(BotCommands commands, List<String> questions, List<Double> latencies, AtomicInteger failures)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(questions);
        CountDownLatch done = new CountDownLatch(options.concurrency());
        long started = System.nanoTime();
        for (int i = 0; i < options.concurrency(); i++) {
            Caller caller = new Caller("bench-" + i, "bench", false, null);
            Thread worker = new Thread(() -> {
                try {
                    for (String q = queue.poll(); q != null; q = queue.poll()) {
                        long t = System.nanoTime();
                        Reply reply = commands.execute(caller, CommandRequest.of(Command.ASK, "question", q));
                        if (reply.kind() == Reply.Kind.FAILED || reply.kind() == Reply.Kind.BUSY) {
                            failures.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-asker-" + i);
            worker.start();
        }
        done.await(30, TimeUnit.MINUTES);
        return questions.size() / seconds(started);
    }

    /**
     * Start-up time to ready and peak RSS of a fresh process on the built store, as a user runs it:
     * the median of {@link #PROBES} runs, each started once this JVM is quiet, so that its own
     * garbage collection and compilation do not take the cores from the process measured.
     */
    private double[] probeProcess(Path folder, Path db) throws IOException, InterruptedException {
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            System.gc();
            Thread.sleep(1_000);
            runs.add(probeOnce(folder, db));
        }
        runs.sort(java.util.Comparator.comparingDouble(r -> r[0]));
        return runs.get(runs.size() / 2);
    }

    private double[] probeOnce(Path folder, Path db) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), folder.toString(), db.toString());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double ready = -1;
        double rss = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ready") && ready < 0) {
                    ready = seconds(started);
                } else if (line.startsWith("peak_rss_kb=")) {
                    rss = Long.parseLong(line.substring("peak_rss_kb=".length()).strip()) / 1024.0;
                }
            }
        }
        process.waitFor(5, TimeUnit.MINUTES);
        return new double[] {ready, rss};
    }

    /** Questions no cache has seen: the real ones are few, so the rest are made like the corpus's. */
    private List<String> freshQuestions(int count, long seed) {
        java.util.LinkedHashSet<String> questions = new java.util.LinkedHashSet<>();
        Random random = new Random(options.seed() * 31 + seed);
        String[] subjects = {"energy security", "LNG exports", "fisheries management", "sanctions policy", "Arctic shipping",
            "the Kuril Islands", "the peace treaty", "rare earth supply chains", "maritime security", "investment"};
        String[] countries = {"Japan", "Russia", "China", "South Korea", "the United States", "Norway", "India"};
        String[] forms = {"What did %s and %s agree about %s?", "How has %s approached %s with %s?",
            "Why does %s care about %s near %s?", "Which companies from %s invest in %s with %s?"};
        while (questions.size() < count) {
            String form = forms[random.nextInt(forms.length)];
            String a = countries[random.nextInt(countries.length)];
            String b = subjects[random.nextInt(subjects.length)];
            String c = countries[random.nextInt(countries.length)];
            questions.add(String.format(form, a, form.startsWith("What did") ? c : b, form.startsWith("What did") ? b : c));
        }
        return new ArrayList<>(questions);
    }

    private String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        md.append("Produced by `java -jar bench/target/policydesk-bench.jar` on ").append(LocalDate.now()).append(": ")
                .append(machine()).append(". Every figure comes from the same run.\n\n");
        md.append("Corpora are generated deterministically (seed ").append(options.seed())
                .append(") in the knowledge folder's format, policy-style text on the same countries, places, companies")
                .append(" and topics as the two real documents, which are mixed in; quality is measured on `")
                .append(options.cases().getFileName()).append("`, whose answers are in the real documents.\n\n");
        md.append("| | ").append(String.join(" | ", rows.stream().map(r -> String.format(Locale.ROOT, "%,d passages", r.passages())).toList()))
                .append(" |\n|---|").append("---|".repeat(rows.size())).append('\n');
        line(md, "ingestion, passages/s", rows, r -> f0(r.ingestPerSecond()));
        line(md, "raw embedding of the same texts, passages/s (floor)", rows, r -> f0(r.floorPerSecond()));
        line(md, "ingestion / floor", rows, r -> pct(r.ingestPerSecond() / r.floorPerSecond()));
        line(md, "reload of the unchanged folder, s", rows, r -> f2(r.unchangedReloadSeconds()));
        line(md, "retrieval p50 / p99, ms — hybrid (this project)", rows, r -> pair(r.hybrid()));
        line(md, "retrieval p50 / p99, ms — Lucene BM25", rows, r -> pair(r.lucene()));
        line(md, "retrieval p50 / p99, ms — LangChain4j in-memory store", rows, r -> pair(r.inMemory()));
        line(md, "Recall@5 / MRR@5 — hybrid", rows, r -> quality(r.hybridQuality()));
        line(md, "Recall@5 / MRR@5 — Lucene BM25", rows, r -> quality(r.luceneQuality()));
        line(md, "Recall@5 / MRR@5 — in-memory store", rows, r -> quality(r.inMemoryQuality()));
        line(md, "ask p50 / p99 warm, ms", rows, r -> pair(r.ask()));
        line(md, "one query embedding p50, ms", rows, r -> f1(r.queryEmbedding().p50()));
        line(md, "ask p50 / query embedding p50", rows, r -> String.format(Locale.ROOT, "%.1f×", r.ask().p50() / r.queryEmbedding().p50()));
        line(md, options.concurrency() + " concurrent askers: answers/s, p99 ms, failures", rows,
                r -> String.format(Locale.ROOT, "%.1f, %.0f, %d", r.concurrentPerSecond(), r.concurrent().p99(), r.concurrentFailures()));
        line(md, "start-up to ready with the built store, s", rows, r -> f2(r.startupSeconds()));
        line(md, "peak RSS of that process, MB", rows, r -> Long.toString(r.peakRssMb()));
        md.append("\nThis project is measured first; the baselines are built and measured after it, in the same JVM. ")
                .append("Retrieval latency is the whole query path of each system: the hybrid retriever and the in-memory store ")
                .append("embed the query, Lucene does not. Each latency is measured after a warm-up of ").append(SAMPLE)
                .append(" other questions, on questions no cache has seen: the real questions for retrieval, ").append(SAMPLE)
                .append(" generated ones each for the query embedding and for answers. ")
                .append("Start-up runs a fresh JVM (`StartupProbe`) on the built store until it has answered one question, ")
                .append(PROBES).append(" times once this JVM is quiet, and reports the median run; its peak RSS (VmHWM) ")
                .append("is read after 50 more answers.\n");
        return md.toString();
    }

    private static void line(StringBuilder md, String name, List<Row> rows, Function<Row, String> value) {
        md.append("| ").append(name).append(" | ").append(String.join(" | ", rows.stream().map(value).toList())).append(" |\n");
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException ignored) {
            // Not Linux: the CPU stays unnamed.
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024L * 1024 * 1024);
        return String.format(Locale.ROOT, "%d cores (%s), %d GiB, Java %s", Runtime.getRuntime().availableProcessors(), cpu,
                memory, System.getProperty("java.version"));
    }

    private static String pair(Percentiles p) {
        return String.format(Locale.ROOT, "%.1f / %.1f", p.p50(), p.p99());
    }

    private static String quality(RetrievalMetrics.Summary s) {
        return String.format(Locale.ROOT, "%.3f / %.3f", s.recall(), s.mrr());
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private void say(String format, Object... args) {
        progress.printf(Locale.ROOT, format + "%n", args);
        progress.flush();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
