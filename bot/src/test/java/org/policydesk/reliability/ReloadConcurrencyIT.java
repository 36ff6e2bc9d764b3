package org.policydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.answering.Citation;
import org.policydesk.app.PolicyDesk;
import org.policydesk.bot.BotCommands;
import org.policydesk.bot.Caller;
import org.policydesk.bot.Reply;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;
import org.policydesk.retrieval.ScoredPassage;

/**
 * Questions answered while reloads run see the old knowledge base or the new one, never a mix,
 * and none fails: 32 askers and a reloader that keeps rewriting a document.
 */
class ReloadConcurrencyIT {

    static final int ASKERS = 32;
    static final int RELOADS = 8;

    @TempDir
    Path dir;

    static String version(String word) {
        StringBuilder text = new StringBuilder("---\nid: channel-accord\ntitle: The Maritime Channel Accord\npublished: 2019\n---\n\n");
        for (int i = 1; i <= 6; i++) {
            text.append("Under clause ").append(i).append(" of the accord, the codeword for the maritime hotline is ")
                    .append(word).append(", and coast guards of both sides use it in section ").append(i).append(".\n\n");
        }
        return text.toString();
    }

    @Test
    void answersDuringReloadsComeFromOneKnowledgeBaseAndNeverFail() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        Path accord = knowledge.resolve("accord.md");
        Files.writeString(accord, version("ALPHA"));
        try (PolicyDesk desk = TestSupport.desk(TestSupport.settings(knowledge, dir.resolve("kb.db"))
                .withDiscord(new DiscordSettings(Secret.none(), "", Set.of(), 1_000_000, ASKERS, 0)))) {
            BotCommands commands = desk.commands();
            AtomicBoolean reloading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger alpha = new AtomicInteger();
            AtomicInteger bravo = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(ASKERS);
            List<Thread> askers = new ArrayList<>();
            for (int i = 0; i < ASKERS; i++) {
                Caller caller = new Caller("asker-" + i, "asker", false, null);
                boolean searcher = i % 4 == 0;
                Thread t = new Thread(() -> {
                    try {
                        while (reloading.get()) {
                            List<String> texts;
                            if (searcher) {
                                texts = desk.retriever().retrieve("What is the codeword for the maritime hotline?", 6).stream()
                                        .map(ScoredPassage::passage).map(p -> p.text()).toList();
                            } else {
                                Reply reply = commands.execute(caller, TestSupport.asking("What is the codeword for the maritime hotline?"));
                                if (reply.kind() != Reply.Kind.ANSWER && reply.kind() != Reply.Kind.NOT_COVERED) {
                                    problems.add(reply.kind() + ": " + reply.body());
                                }
                                texts = reply.sources().stream().map(Citation::text).toList();
                                answered.incrementAndGet();
                            }
                            boolean sawAlpha = texts.stream().anyMatch(x -> x.contains("ALPHA"));
                            boolean sawBravo = texts.stream().anyMatch(x -> x.contains("BRAVO"));
                            if (sawAlpha && sawBravo) {
                                problems.add("a mix of two knowledge bases: " + texts);
                            }
                            if (sawAlpha) {
                                alpha.incrementAndGet();
                            } else if (sawBravo) {
                                bravo.incrementAndGet();
                            }
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                }, "asker-" + i);
                askers.add(t);
                t.start();
            }
            for (int r = 0; r < RELOADS; r++) {
                Thread.sleep(150);
                Files.writeString(accord, version(r % 2 == 0 ? "BRAVO" : "ALPHA"));
                assertThat(desk.knowledgeBase().reload().changed()).containsExactly("channel-accord");
            }
            Thread.sleep(150);
            reloading.set(false);
            assertThat(done.await(2, TimeUnit.MINUTES)).isTrue();

            assertThat(problems).isEmpty();
            assertThat(answered.get()).isGreaterThan(ASKERS);
            assertThat(alpha.get()).as("answers from the first knowledge base").isPositive();
            assertThat(bravo.get()).as("and from the next").isPositive();
        }
    }
}
