package org.policydesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Answers per second of one and of several bot processes sharing a PostgreSQL database, under the
 * same number of concurrent askers split between them: each process is an {@link InstanceWorker}
 * with its own SQLite replica, the shared conversation log and the shared rate limits.
 */
@Command(name = "instances", mixinStandardHelpOptions = true,
        description = "Measures answers/s of 1 and of N bot processes sharing one PostgreSQL database, under --askers concurrent askers.")
final class InstancesProbe implements Callable<Integer> {

    private static final Pattern RESULT = Pattern.compile("RESULT answers=(\\d+) failures=(\\d+) p50=([\\d.]+) p99=([\\d.]+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--database-url", required = true, description = "the shared database, jdbc:postgresql://HOST:PORT/DB?user=…")
    String databaseUrl;

    @Option(names = "--processes", split = ",", defaultValue = "1,2", description = "numbers of processes to measure (default: ${DEFAULT-VALUE})")
    List<Integer> processes;

    @Option(names = "--askers", defaultValue = "32", description = "concurrent askers in all, split between the processes (default: ${DEFAULT-VALUE})")
    int askers;

    @Option(names = "--seconds", defaultValue = "20", description = "how long each configuration is measured (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--questions", defaultValue = "bot/src/test/resources/eval/questions-60.txt",
            description = "questions, one per line, asked in turn (default: ${DEFAULT-VALUE})")
    Path questions;

    @Option(names = "--knowledge", defaultValue = "knowledge", description = "the documents (default: ${DEFAULT-VALUE})")
    Path knowledge;

    @Option(names = "--work", defaultValue = "data/bench/instances", description = "where the replicas are built (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(work);
        out.printf(Locale.ROOT, "%d askers in all, %d s per configuration, questions from %s%n", askers, seconds, questions);
        out.println("| processes | askers each | answers/s | p50 ms (slowest process) | p99 ms (slowest process) | failures |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        out.flush();
        for (int count : processes) {
            out.println(measure(count));
            out.flush();
        }
        return 0;
    }

    private String measure(int count) throws Exception {
        List<Process> workers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                int share = askers / count + (i < askers % count ? 1 : 0);
                List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                        "-cp", System.getProperty("java.class.path"), InstanceWorker.class.getName(),
                        knowledge.toString(), work.resolve("bot-" + i + ".db").toString(), databaseUrl, "bench-" + i,
                        Integer.toString(share), Integer.toString(seconds), questions.toString());
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                workers.add(p);
                outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader output : outputs) {
                awaitLine(output, "READY");
            }
            long started = System.nanoTime();
            for (Process p : workers) {
                Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
                in.write("GO\n");
                in.flush();
            }
            long answers = 0;
            long failures = 0;
            double p50 = 0;
            double p99 = 0;
            for (BufferedReader output : outputs) {
                Matcher m = RESULT.matcher(awaitLine(output, "RESULT"));
                if (!m.find()) {
                    throw new IllegalStateException("a worker printed no result");
                }
                answers += Long.parseLong(m.group(1));
                failures += Long.parseLong(m.group(2));
                p50 = Math.max(p50, Double.parseDouble(m.group(3)));
                p99 = Math.max(p99, Double.parseDouble(m.group(4)));
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %d |", count, askers / count, answers / elapsed, p50, p99,
                    failures);
        } finally {
            for (Process p : workers) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static String awaitLine(BufferedReader output, String prefix) throws Exception {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("a worker ended before " + prefix);
    }
}
