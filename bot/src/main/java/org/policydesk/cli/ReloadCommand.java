package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.knowledge.ReloadReport;
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
        boolean existed = java.nio.file.Files.exists(root.settings().dbFile());
        boolean failedEmpty = false;
        try (PolicyDesk desk = root.openDesk(false)) {
            ReloadReport report;
            try {
                try (ProgressLine progress = ProgressLine.of(progressMode, spec.commandLine().getErr(), "Reloading")) {
                    report = desk.knowledgeBase().reload(allowEmpty, progress);
                }
            } catch (java.io.IOException | RuntimeException e) {
                failedEmpty = PolicyBotCommand.holdsNothing(desk);
                throw e;
            }
            out.print(format == ReportFormat.text ? ReloadView.toText(report) : Json.write(report) + "\n");
            out.flush();
            return 0;
        } finally {
            if (failedEmpty && !existed) {
                // A failed first reload leaves no empty store behind.
                PolicyBotCommand.removeStore(root.settings().dbFile());
            }
        }
    }
}
