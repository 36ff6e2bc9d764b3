package org.policydesk.cli;

import java.util.concurrent.Callable;
import org.policydesk.answering.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answers a question with citations. With --format jsonl, one question per input line.")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text",
            description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl reads one per line from standard input")
    Format format;

    @Parameters(arity = "0..1", paramLabel = "QUESTION", description = "the question (quote it); leave it out with --format jsonl")
    String question;

    @Override
    public Integer call() throws Exception {
        return JsonLines.run(root, spec, format, question, "question",
                desk -> q -> AnswerView.of(desk.answerer().answer(Question.of(q))), AnswerView::toText);
    }
}
