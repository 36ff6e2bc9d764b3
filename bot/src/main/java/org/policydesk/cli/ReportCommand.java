package org.policydesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.gaps.GapReport;
import org.policydesk.gaps.GapReportText;
import org.policydesk.gaps.GapReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "What readers asked that the knowledge base could not answer: questions not covered, answers voted down, "
                + "and the most asked, similar questions grouped with their counts, so an admin knows which documents to add.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", defaultValue = "7d", paramLabel = "PERIOD",
            description = "the period: 7d, 24h, 2w, a date such as 2026-11-01, or all (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--with-users", description = "name who asked each group (by user id); left out by default")
    boolean withUsers;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyDesk desk = root.openDesk(false)) {
            GapReports gaps = desk.gapReports();
            Instant start;
            try {
                start = gaps.since(since);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--since: " + e.getMessage());
            }
            GapReport report = gaps.report(start, withUsers);
            out.print(format == ReportFormat.text ? org.policydesk.text.TerminalText.prose(GapReportText.render(report, id -> id) + "\n")
                    : Json.write(View.of(report)) + "\n");
            out.flush();
            return 0;
        }
    }

    /** The report's JSON: instants as ISO text, "since" null for all that is recorded. */
    record View(String since, String until, int questions, int notCoveredCount, int dislikedCount, List<GapReport.Group> notCovered,
            List<GapReport.Group> disliked, List<GapReport.Group> mostAsked) {

        static View of(GapReport r) {
            return new View(r.since() == null ? null : r.since().toString(), r.until().toString(), r.questions(), r.notCoveredCount(),
                    r.dislikedCount(), r.notCovered(), r.disliked(), r.mostAsked());
        }
    }
}
