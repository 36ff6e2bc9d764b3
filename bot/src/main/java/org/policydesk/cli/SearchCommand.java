package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policydesk.app.PolicyDesk;
import org.policydesk.text.UserInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "The ranked passages for a query, without an answer. With --format jsonl, one query per input line.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or jsonl")
    Format format;

    @Option(names = "--k", defaultValue = "5", description = "how many passages (1-50)")
    int k;

    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query;

    @Override
    public Integer call() throws Exception {
        if (k < 1 || k > 50) {
            throw new ParameterException(spec.commandLine(), "--k must be between 1 and 50");
        }
        if (format != Format.jsonl && query == null) {
            throw new ParameterException(spec.commandLine(), "give a QUERY, or use --format jsonl to read queries from standard input");
        }
        PrintWriter out = spec.commandLine().getOut();
        int limit = root.settings().maxQuestionChars();
        String cleaned = format == Format.jsonl ? null : UserInput.clean(query, "query", limit);
        try (PolicyDesk desk = root.openDesk(true)) {
            if (format != Format.jsonl) {
                SearchView view = SearchView.of(cleaned, desk.retriever().retrieve(cleaned, k));
                out.print(format == Format.json ? Json.write(view) + "\n" : view.toText());
                out.flush();
                return 0;
            }
            JsonLines.run(root.in(), out, "query", limit, q -> SearchView.of(q, desk.retriever().retrieve(q, k)));
            return 0;
        }
    }
}
