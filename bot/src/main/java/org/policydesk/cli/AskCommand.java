package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policydesk.answering.Answer;
import org.policydesk.answering.Question;
import org.policydesk.app.PolicyDesk;
import org.policydesk.text.UserInput;
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

    @Option(names = "--format", defaultValue = "text", description = "text, json or jsonl")
    Format format;

    @Parameters(arity = "0..1", paramLabel = "QUESTION")
    String question;

    @Override
    public Integer call() throws Exception {
        if (format != Format.jsonl && question == null) {
            throw new ParameterException(spec.commandLine(), "give a QUESTION, or use --format jsonl to read questions from standard input");
        }
        PrintWriter out = spec.commandLine().getOut();
        int limit = root.settings().maxQuestionChars();
        String cleaned = format == Format.jsonl ? null : UserInput.clean(question, "question", limit);
        try (PolicyDesk desk = root.openDesk(true)) {
            if (format != Format.jsonl) {
                Answer answer = desk.answerer().answer(Question.of(cleaned));
                out.print(format == Format.json ? Json.write(AnswerView.of(answer)) + "\n" : AnswerView.toText(answer));
                out.flush();
                return 0;
            }
            JsonLines.run(root.in(), out, "question", limit, q -> AnswerView.of(desk.answerer().answer(Question.of(q))));
            return 0;
        }
    }
}
