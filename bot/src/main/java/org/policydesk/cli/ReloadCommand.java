package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.knowledge.ingestion.ReloadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reload", mixinStandardHelpOptions = true,
        description = "Re-ingests the knowledge folder and reports documents added, changed, removed and rejected.")
final class ReloadCommand implements Callable<Integer> {

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--progress", defaultValue = "auto",
            description = "how to show progress on standard error: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "one line on a terminal, nothing otherwise; lines: a line per step, for scripts)")
    ProgressLine.Mode progressMode;

    @Option(names = "--allow-empty", description = "let a knowledge folder with no documents empty the knowledge base")
    boolean allowEmpty;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean existed = root.storeExists();
        try (PolicyDesk desk = root.openDesk(false)) {
            ReloadReport report = PolicyBotCommand.update(desk, existed,
                    ProgressLine.of(progressMode, spec.commandLine().getErr(), "Reloading"), (kb, progress) -> kb.reload(allowEmpty, progress));
            // Instances sharing a database reload their own replicas too.
            desk.announceChange("reload from the command line: " + report.counts());
            out.print(format == ReportFormat.text ? ReloadView.toText(report) : Json.write(report) + "\n");
            out.flush();
            return 0;
        }
    }
}
