package org.policydesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policydesk.Main;
import org.policydesk.answering.Question;
import org.policydesk.app.PolicyDesk;
import org.policydesk.config.Settings;

/**
 * Run by the benchmark in a fresh JVM: starts as a user would on a built store, says when it can
 * answer, answers more, and reports its peak memory. Arguments: the knowledge folder and the store.
 */
public final class StartupProbe {

    static final String[] QUESTIONS = {"How many Russian soldiers are on Iturup?", "What is the Abe Plan?",
        "Which companies build the Baltic LNG terminal?", "Why did Japan's sanctions on Russia matter?",
        "What does the EWI commentary propose on fisheries?"};

    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        Main.prepareProcess();
        Settings settings = Settings.fromEnvironment(System.getenv()).withPaths(Path.of(args[0]), Path.of(args[1]));
        try (PolicyDesk desk = PolicyDesk.start(settings)) {
            desk.knowledgeBase().refreshIfStale();
            desk.answerer().answer(Question.of(QUESTIONS[0]));
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ready_ms=" + sinceStart);
            System.out.flush();
            for (int i = 0; i < 50; i++) {
                desk.answerer().answer(Question.of(QUESTIONS[i % QUESTIONS.length] + " " + i));
            }
            String status = Files.readString(Path.of("/proc/self/status"));
            String peak = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: -1 kB");
            System.out.println("peak_rss_kb=" + peak.replaceAll("\\D+", ""));
            System.out.flush();
        }
        System.exit(0);
    }
}
