package org.policydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.Caller;
import org.policydesk.bot.InteractionLog;
import org.policydesk.bot.SqliteInteractionLog;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

/**
 * A reload killed with SIGKILL at random moments, again and again, must leave a store that passes
 * SQLite's and FTS5's integrity checks, holds exactly the last committed knowledge base (the old
 * one or the new one, never a part of either), and keeps every feedback row written before.
 */
class CrashSafetyIT {

    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void aReloadKilledAtRandomMomentsNeverLeavesAHalfWrittenStore() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        Path db = dir.resolve("kb.db");
        Path extra = dir.resolve("extra");
        writeDocuments(extra, 3, 40);
        List<Path> extraFiles;
        try (var files = Files.list(extra)) {
            extraFiles = files.sorted().toList();
        }
        try (PolicyDesk desk = TestSupport.desk(TestSupport.settings(knowledge, db))) {
            assertThat(desk.store().<Integer>read(s -> s.passageCount())).isEqualTo(37);
        }
        Set<String> committed = documents(db);
        Random random = new Random(20261122);
        int feedback = 0;
        int killedBeforeCommit = 0;
        int killedAfterCommit = 0;
        for (int round = 0; round < KILLS; round++) {
            // The next knowledge base differs from the last committed one: a generated document comes or goes.
            Path file = knowledge.resolve(extraFiles.get(round % extraFiles.size()).getFileName());
            if (Files.exists(file)) {
                Files.delete(file);
            } else {
                Files.copy(extraFiles.get(round % extraFiles.size()), file);
            }
            feedback += recordFeedback(db, round);

            Path log = dir.resolve("reload-" + round + ".log");
            Process reload = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "org.policydesk.Main",
                    "reload", "--progress=lines", "--knowledge=" + knowledge, "--db=" + db)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // The kill moment follows the child's own progress, not the clock, so a slow machine moves it
            // along with the work: before the JVM is up, while it embeds, as it writes, or after it committed.
            String step = STEPS.get(round % STEPS.size());
            if (step.isEmpty()) {
                Thread.sleep(random.nextInt(400));
            } else {
                awaitStep(log, reload, step);
                Thread.sleep(random.nextInt(40));
            }
            reload.destroyForcibly();
            assertThat(reload.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Set<String> now = documents(db);
            Set<String> intended = folderIds(knowledge);
            assertThat(now).as("round %d: the old or the new knowledge base, whole", round).isIn(committed, intended);
            if (now.equals(intended) && !intended.equals(committed)) {
                killedAfterCommit++;
            } else if (!intended.equals(committed)) {
                killedBeforeCommit++;
            }
            committed = now;
            assertWhole(db, feedback);
        }
        assertThat(killedBeforeCommit).as("some kills landed before the commit").isPositive();
        assertThat(killedAfterCommit).as("some kills landed after it").isPositive();

        try (PolicyDesk desk = TestSupport.desk(TestSupport.settings(knowledge, db))) {
            Answer a = desk.answerer().answer(org.policydesk.answering.Question.of("How many Russian soldiers are on Iturup?"));
            assertThat(a.text()).as("the store still serves").contains("3,500");
            assertThat(a.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        }
    }

    /** Where to kill: at once (""), or once the reload has printed that it reached a step ({@code reload --progress=lines}). */
    static final List<String> STEPS = List.of("", "progress: embedding words", "progress: writing the store", "progress: committed");

    private static void awaitStep(Path log, Process reload, String step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(step)) {
                return;
            }
            if (!reload.isAlive()) {
                throw new AssertionError("the reload ended before “" + step + "”:\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the reload never reached “" + step + "”");
    }

    private static int recordFeedback(Path db, int round) {
        try (KnowledgeStore ignored = SqliteKnowledgeStore.open(db, 384, 1); InteractionLog log = new SqliteInteractionLog(db, true)) {
            String id = log.record(new Caller("user-" + round, "u", false, "c"), new Answer("q" + round, true, "a [1]",
                    AnswerMode.EXTRACTIVE, List.of(), "", 1));
            assertThat(log.vote(id, "user-" + round, round % 2 == 0 ? 1 : -1)).isTrue();
            return 1;
        }
    }

    private static void assertWhole(Path db, int feedback) throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            assertThat(store.integrityProblems()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')");
            assertThat(count(st, "SELECT coalesce(sum(passage_count), 0) FROM documents"))
                    .as("every document's passages are there").isEqualTo(count(st, "SELECT count(*) FROM passages"));
            assertThat(count(st, "SELECT count(*) FROM passages_fts_docsize")).isEqualTo(count(st, "SELECT count(*) FROM passages"));
            assertThat(count(st, "SELECT count(*) FROM feedback")).as("no feedback lost").isEqualTo(feedback);
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> documents(Path db) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT id FROM documents")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Set<String> folderIds(Path knowledge) throws Exception {
        Set<String> ids = new HashSet<>(Set.of("ewi-2016", "benedyczak-2018"));
        try (var files = Files.list(knowledge)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("extra-")) {
                    ids.add(Files.readAllLines(f).get(1).substring("id: ".length()));
                }
            }
        }
        return ids;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Documents of the knowledge folder's format, each of paragraphs unlike the others, for reloads with work to do. */
    static void writeDocuments(Path folder, int documents, int paragraphs) throws java.io.IOException {
        Files.createDirectories(folder);
        String[] topics = {"energy dialogue", "fisheries quotas", "border security", "LNG contracts", "Arctic shipping"};
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder("---\nid: extra-" + d + "\ntitle: Extra Notes " + d
                    + "\nauthors: [Test Writer]\npublished: 2019\n---\n\n# Extra Notes " + d + "\n\n");
            for (int p = 0; p < paragraphs; p++) {
                String topic = topics[(d + p) % topics.length];
                text.append("Note ").append(p).append(" of set ").append(d).append(" concerns ").append(topic)
                        .append(": round ").append(d * 100 + p).append(" of talks reviewed ").append(topic)
                        .append(" between Tokyo and Moscow. Officials proposed ").append(p + 2).append(" measures on ")
                        .append(topic).append(".\n\n");
            }
            Files.writeString(folder.resolve("extra-" + d + ".md"), text);
        }
    }
}
