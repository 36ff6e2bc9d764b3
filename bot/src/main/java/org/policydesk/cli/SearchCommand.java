package org.policydesk.cli;

import java.util.concurrent.Callable;
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

    @Option(names = "--format", defaultValue = "text",
            description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl reads one per line from standard input")
    Format format;

    @Option(names = "--k", defaultValue = "5", description = "how many passages, 1 to 50 (default: ${DEFAULT-VALUE})")
    int k;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "what to look for; leave it out with --format jsonl")
    String query;

    @Override
    public Integer call() throws Exception {
        if (k < 1 || k > 50) {
            throw new ParameterException(spec.commandLine(), "--k must be between 1 and 50");
        }
        return JsonLines.run(root, spec, format, query, "query",
                desk -> q -> SearchView.of(q, desk.retriever().retrieve(q, k)), SearchView::toText);
    }
}
