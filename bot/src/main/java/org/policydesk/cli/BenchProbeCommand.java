package org.policydesk.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policydesk.answering.Question;
import org.policydesk.app.PolicyDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** For the benchmark: starts as a user would, says when it can answer, answers more, reports its peak memory. */
@Command(name = "bench-probe", hidden = true)
final class BenchProbeCommand implements Callable<Integer> {

    static final String[] QUESTIONS = {"How many Russian soldiers are on Iturup?", "What is the Abe Plan?",
        "Which companies build the Baltic LNG terminal?", "Why did Japan's sanctions on Russia matter?",
        "What does the EWI commentary propose on fisheries?"};

    @ParentCommand
    PolicyBotCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyDesk desk = root.openDesk(true)) {
            desk.answerer().answer(Question.of(QUESTIONS[0]));
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("ready_ms=" + sinceStart);
            out.flush();
            for (int i = 0; i < 50; i++) {
                desk.answerer().answer(Question.of(QUESTIONS[i % QUESTIONS.length] + " " + i));
            }
            String status = Files.readString(Path.of("/proc/self/status"));
            String peak = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: -1 kB");
            out.println("peak_rss_kb=" + peak.replaceAll("\\D+", ""));
            out.flush();
            return 0;
        }
    }
}
