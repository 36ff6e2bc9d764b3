package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.summaries.Summary;
import org.policydesk.text.UserInput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "A cited summary of one document, or of what the knowledge base says on a topic.")
final class SummaryCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--document", paramLabel = "TITLE-OR-ID", required = true, description = "a document's id, title or a close match")
        String document;

        @Option(names = "--topic", paramLabel = "TOPIC", required = true, description = "a topic, summarized across all documents")
        String topic;
    }

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        int limit = root.settings().maxQuestionChars();
        String document = target.document == null ? null : UserInput.clean(target.document, "document name", limit);
        String topic = target.topic == null ? null : UserInput.clean(target.topic, "topic", limit);
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyDesk desk = root.openReadingDesk(true)) {
            Summary summary = document != null ? desk.summarizer().ofDocument(document) : desk.summarizer().ofTopic(topic);
            SummaryView view = SummaryView.of(summary);
            out.print(format == ReportFormat.text ? org.policydesk.text.TerminalText.prose(view.toText()) : Json.write(view) + "\n");
            out.flush();
            return 0;
        }
    }
}
