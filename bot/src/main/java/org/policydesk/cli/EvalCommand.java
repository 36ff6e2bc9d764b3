package org.policydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.eval.AnswerMetrics;
import org.policydesk.eval.EvalCase;
import org.policydesk.eval.EvalCases;
import org.policydesk.eval.RetrievalMetrics;
import org.policydesk.eval.SummaryMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs an evaluation case file (the format of eval/dev.jsonl) and prints its metrics.")
final class EvalCommand implements Callable<Integer> {

    static final int K = 5;

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", required = true, paramLabel = "FILE.jsonl", description = "evaluation cases, one JSON object a line (see eval/README.md)")
    Path cases;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--verbose", description = "also list each case that missed")
    boolean verbose;

    private static Map<String, Object> byGroupJson(AnswerMetrics.Summary answers) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        AnswerMetrics.byGroup(answers).forEach((group, g) -> out.put(group, Map.of("cases", g.results().size(),
                "answer_accuracy", g.accuracy(), "citation_hit", g.citationHit(), "answered_rate", g.answeredRate(),
                "refusal_accuracy", g.refusalAccuracy())));
        return out;
    }

    @Override
    public Integer call() throws Exception {
        List<EvalCase> all = EvalCases.read(cases);
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyDesk desk = root.openReadingDesk(true)) {
            RetrievalMetrics.Summary retrieval = RetrievalMetrics.evaluate(desk.retriever(), all, K);
            AnswerMetrics.Summary answers = AnswerMetrics.evaluate(desk.answerer()::answer, all);
            SummaryMetrics.Report summaries = SummaryMetrics.evaluate(desk.summarizer(), all);
            if (format != ReportFormat.text) {
                out.println(Json.write(Map.of("cases", all.size(),
                        "retrieval", Map.of("cases", retrieval.cases(), "recall_at_5", retrieval.recall(), "mrr_at_5", retrieval.mrr()),
                        "answers", Map.of("answer_accuracy", answers.accuracy(), "citation_hit", answers.citationHit(),
                                "answered_rate", answers.answeredRate(), "refusal_accuracy", answers.refusalAccuracy(),
                                "answerable", answers.answerable(), "unanswerable", answers.unanswerable(),
                                "mean_latency_ms", answers.meanLatencyMs()),
                        "summaries", Map.of("cases", summaries.cases(), "key_point_coverage", summaries.coverage()),
                        "by_group", byGroupJson(answers))));
            } else {
                Map<String, Integer> byType = new TreeMap<>();
                all.forEach(c -> byType.merge(String.valueOf(c.type()), 1, Integer::sum));
                out.printf(Locale.ROOT, "cases: %d %s%n", all.size(), byType);
                out.printf(Locale.ROOT, "retrieval   Recall@5 %.3f   MRR@5 %.3f   (%d cases with gold passages)%n",
                        retrieval.recall(), retrieval.mrr(), retrieval.cases());
                out.printf(Locale.ROOT, "answers     accuracy %.3f   citation hit %.3f   answered %.3f   refusals %.3f   (%d answerable, %d unanswerable; %.1f ms per question)%n",
                        answers.accuracy(), answers.citationHit(), answers.answeredRate(), answers.refusalAccuracy(),
                        answers.answerable(), answers.unanswerable(), answers.meanLatencyMs());
                out.printf(Locale.ROOT, "summaries   key-point coverage %.3f   (%d cases)%n", summaries.coverage(), summaries.cases());
                AnswerMetrics.byGroup(answers).forEach((group, g) -> out.printf(Locale.ROOT,
                        "  %-13s %2d cases   %s%n", group, g.results().size(), g.unanswerable() == g.results().size()
                                ? String.format(Locale.ROOT, "refusals %.3f", g.refusalAccuracy())
                                : String.format(Locale.ROOT, "accuracy %.3f   citation hit %.3f   answered %.3f%s", g.accuracy(),
                                        g.citationHit(), g.answeredRate(), g.unanswerable() > 0
                                                ? String.format(Locale.ROOT, "   refusals %.3f", g.refusalAccuracy()) : "")));
                if (verbose) {
                    for (SummaryMetrics.CaseResult r : summaries.results()) {
                        out.printf(Locale.ROOT, "  %s %s coverage %.2f, %d words%n    %s%n", r.coverage() >= 1 ? "ok  " : "MISS",
                                r.c().id(), r.coverage(), r.words(), r.summary().text().replace("\n", "\n    "));
                    }
                    for (AnswerMetrics.CaseResult r : answers.results()) {
                        // A case with no gold passage (a catalogue answer) has no citation to hit.
                        boolean ok = r.c().isUnanswerable() ? !r.answer().answered()
                                : r.correct() && (r.c().gold().isEmpty() || r.citationHit());
                        out.printf(Locale.ROOT, "  %s %s %s%n    %s%n    %s%n", ok ? "ok  " : "MISS", r.c().id(), r.c().q(),
                                r.answer().text().replace("\n", "\n    "),
                                desk.extractiveAnswerer().explain(org.policydesk.answering.Question.of(r.c().q())));
                    }
                    retrieval.results().stream().filter(r -> r.recall() < 1 || r.reciprocalRank() < 1)
                            .forEach(r -> out.printf(Locale.ROOT, "  %s recall %.2f rr %.2f top %s%n",
                                    r.id(), r.recall(), r.reciprocalRank(), r.topPassages()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
