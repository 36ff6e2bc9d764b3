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

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyDesk desk = root.openDesk(false)) {
            ReloadReport report = desk.knowledgeBase().reload();
            out.print(format == Format.text ? ReloadView.toText(report) : Json.write(report) + "\n");
            out.flush();
            return 0;
        }
    }
}
