package org.policydesk.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.app.PolicyDesk;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Secret;

/** The command handlers without any front end: plain input in, a reply model out. */
class BotCommandsIT {

    @TempDir
    Path dir;

    PolicyDesk desk;
    BotCommands commands;
    Path knowledge;
    final Caller member = new Caller("42", "member", false, "thread-1");
    final Caller admin = new Caller("7", "admin", true, null);

    @BeforeEach
    void start() {
        knowledge = TestSupport.copyOfKnowledge(dir);
        desk = TestSupport.desk(TestSupport.settings(knowledge, dir.resolve("kb.db"))
                .withDiscord(new DiscordSettings(Secret.none(), "", java.util.Set.of(), 100, 4, 3)));
        commands = desk.commands();
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void anAnswerThatCannotBeRecordedIsGivenAllTheSame() throws Exception {
        // A full disk or a store that turned read-only: recording fails, the answer was computed and is shown.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kb.db"));
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER full_disk BEFORE INSERT ON answers BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END");
        }
        Reply reply = commands.execute(member, TestSupport.asking("Which fighter jets does Russia station on the disputed islands?"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.body()).contains("Su-35").contains("[1]");
        assertThat(reply.answerId()).as("nothing to vote on").isNull();
    }

    @Test
    void askReturnsACitedAnswerThatCanBeVotedOnAndOpened() {
        Reply reply = commands.execute(member, TestSupport.asking("Which fighter jets does Russia station on the disputed islands?"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.privately()).isFalse();
        assertThat(reply.body()).contains("Su-35").contains("[1]");
        assertThat(reply.sources()).isNotEmpty();
        assertThat(reply.answerId()).isNotBlank();

        assertThat(commands.execute(member, CommandRequest.of(Command.FEEDBACK, "answer", reply.answerId(), "vote", "up")).body()).contains("👍");
        assertThat(commands.execute(member, CommandRequest.of(Command.FEEDBACK, "answer", reply.answerId(), "vote", "down")).body()).contains("👎");
        assertThat(commands.execute(member, CommandRequest.of(Command.ABOUT)).body()).as("a later vote replaces the earlier").contains("0 👍, 1 👎");

        Reply passages = commands.execute(member, CommandRequest.of(Command.PASSAGES, "answer", reply.answerId()));
        assertThat(passages.privately()).isTrue();
        assertThat(passages.body()).contains("fourth generation Su-35 fighter jets stationed there");
        assertThat(commands.execute(member, CommandRequest.of(Command.PASSAGES, "answer", "no-such-answer")).kind()).isEqualTo(Reply.Kind.INVALID);
    }

    @Test
    void aFollowUpInTheSameConversationUsesTheEarlierTurn() {
        commands.execute(member, TestSupport.asking("Where else has Russia deployed anti-access/area denial systems?"));
        Reply followUp = commands.execute(member, TestSupport.asking("And which fighter jets are stationed there?"));
        assertThat(followUp.body()).contains("Su-35");
    }

    @Test
    void aQuestionTheSourcesDoNotCoverGetsARefusalNotAnError() {
        Reply reply = commands.execute(member, TestSupport.asking("What is the GDP of Russia?"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(reply.body()).startsWith("The sources don't cover this.");
        assertThat(reply.privately()).isFalse();
    }

    @Test
    void badInputGetsAPrivatePlainMessage() {
        for (String bad : List.of("", "   ", "?!", "x".repeat(20_000))) {
            Reply reply = commands.execute(member, TestSupport.asking(bad));
            assertThat(reply.kind()).isEqualTo(Reply.Kind.INVALID);
            assertThat(reply.privately()).isTrue();
            assertThat(reply.body()).doesNotContain("Exception");
        }
        assertThat(commands.execute(member, CommandRequest.of(Command.SUMMARY)).kind()).isEqualTo(Reply.Kind.INVALID);
        assertThat(commands.execute(member, CommandRequest.of(Command.SUMMARY, "document", "No Such Paper")).body()).contains("The documents are");
    }

    @Test
    void reloadIsForAdminsAndKeepsTheOldKnowledgeBaseWhenItFails() throws Exception {
        Reply denied = commands.execute(member, CommandRequest.of(Command.RELOAD));
        assertThat(denied.kind()).isEqualTo(Reply.Kind.DENIED);
        assertThat(denied.privately()).isTrue();
        assertThat(commands.admit(member, CommandRequest.of(Command.RELOAD)).admitted()).isFalse();

        Files.writeString(knowledge.resolve("notes.md"), "# Notes\n\nTuna quotas were renegotiated in the Sea of Okhotsk.");
        Reply done = commands.execute(admin, CommandRequest.of(Command.RELOAD));
        assertThat(done.kind()).isEqualTo(Reply.Kind.RELOAD);
        assertThat(done.body()).contains("1 added").contains("Added: notes");

        org.policydesk.knowledge.store.KnowledgeStore store = desk.store();
        int before = store.<Integer>read(s -> s.passageCount());
        Files.move(knowledge, dir.resolve("moved-away"));
        Reply failed = commands.execute(admin, CommandRequest.of(Command.RELOAD));
        assertThat(failed.kind()).isEqualTo(Reply.Kind.FAILED);
        assertThat(failed.body()).contains("The previous knowledge base stays in service");
        assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(before);
        assertThat(commands.execute(member, TestSupport.asking("How many Russian soldiers are on Iturup?")).body()).contains("3,500");
    }

    @Test
    void aReportShowsAdminsWhatTheSourcesDidNotCoverGroupedAndNamesNoOneUnlessAsked() {
        commands.execute(member, TestSupport.asking("How many soldiers are stationed on Matua Island?"));
        commands.execute(member, TestSupport.asking("how many soldiers are stationed on matua"));
        commands.execute(new Caller("43", "other", false, "thread-2"), TestSupport.asking("What is the GDP of Russia?"));
        Reply iturup = commands.execute(member, TestSupport.asking("How many Russian soldiers are on Iturup?"));
        commands.execute(admin, CommandRequest.of(Command.FEEDBACK, "answer", iturup.answerId(), "vote", "down"));

        assertThat(commands.execute(member, CommandRequest.of(Command.REPORT)).kind()).isEqualTo(Reply.Kind.DENIED);
        Reply report = commands.execute(admin, CommandRequest.of(Command.REPORT, "since", "24h"));
        assertThat(report.kind()).as(report.body()).isEqualTo(Reply.Kind.REPORT);
        assertThat(report.privately()).isTrue();
        assertThat(report.body()).contains("4 questions, 3 not covered, 1 answered but voted 👎")
                .contains("• 2× “").contains("Matua").contains("• 1× “What is the GDP of Russia?”")
                .contains("Answered, but readers voted 👎:\n• 1× “How many Russian soldiers are on Iturup?”")
                // Not the ids themselves: the report's header time may hold "42" or "43".
                .doesNotContain("asked by");
        assertThat(commands.execute(admin, CommandRequest.of(Command.REPORT, "since", "all", "users", "yes")).body())
                .contains("asked by 42").contains("asked by 43");
        assertThat(commands.execute(admin, CommandRequest.of(Command.REPORT, "since", "yesterday")).kind()).isEqualTo(Reply.Kind.INVALID);
    }

    @Test
    void aCommandRunsOnlyThroughItsAdmissionAndOnlyOnce() {
        BotCommands.Admission denied = commands.admit(member, CommandRequest.of(Command.RELOAD));
        assertThat(denied.admitted()).isFalse();
        assertThat(denied.run().kind()).as("a refused command runs as its refusal").isEqualTo(Reply.Kind.DENIED);
        BotCommands.Admission admitted = commands.admit(member, CommandRequest.of(Command.ABOUT));
        assertThat(admitted.run().kind()).isEqualTo(Reply.Kind.ABOUT);
        assertThatThrownBy(admitted::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aboutSaysWhatTheKnowledgeBaseHolds() {
        Reply about = commands.execute(member, CommandRequest.of(Command.ABOUT));
        assertThat(about.body()).contains("Improving Japan-Russia Ties").contains("4 May 2016")
                .contains("Prospects for Russia-Japan Rapprochement").contains("autumn 2018")
                .contains("37 passages in all").contains("Answer mode: extractive");
    }

    @Test
    void documentChoicesMatchWhatIsTypedAndNeverExceedDiscordsLimit() {
        assertThat(commands.documentChoices("")).hasSize(2);
        assertThat(commands.documentChoices("ties")).containsExactly("Improving Japan-Russia Ties");
        assertThat(commands.documentChoices("benedyczak")).containsExactly("Prospects for Russia-Japan Rapprochement");
        assertThat(commands.documentChoices("zzz")).isEmpty();
    }

    @Test
    void theRateLimitHoldsPerUserAndRecoversAfterTheWindow() {
        Instant[] now = {Instant.parse("2026-11-22T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RateLimiter limiter = new SlidingWindowRateLimiter(3, Duration.ofMinutes(1), clock);
        List<Boolean> burst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            burst.add(limiter.tryAcquire("42"));
        }
        assertThat(burst).containsExactly(true, true, true, false, false);
        assertThat(limiter.tryAcquire("43")).as("another user is not limited").isTrue();
        assertThat(limiter.retryAfter("42")).isEqualTo(Duration.ofMinutes(1));
        now[0] = now[0].plusSeconds(61);
        assertThat(limiter.tryAcquire("42")).isTrue();
    }

    @Test
    void aConcurrentBurstFromOneUserIsAdmittedExactlyUpToTheLimit() throws Exception {
        RateLimiter limiter = new SlidingWindowRateLimiter(6, Duration.ofMinutes(1), Clock.systemUTC());
        java.util.concurrent.atomic.AtomicInteger admitted = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    if (limiter.tryAcquire("burst")) {
                        admitted.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(admitted.get()).isEqualTo(6);
    }

    @Test
    void admissionRefusesPoliteyWhenTheRateLimitOrTheCapacityIsReached() {
        PolicyDesk limited = TestSupport.desk(TestSupport.settings(knowledge, dir.resolve("kb2.db"))
                .withDiscord(new DiscordSettings(Secret.none(), "", java.util.Set.of(), 2, 1, 3)));
        try {
            BotCommands c = limited.commands();
            BotCommands.Admission first = c.admit(member, TestSupport.asking("Which jets are on Iturup?"));
            assertThat(first.admitted()).isTrue();
            BotCommands.Admission second = c.admit(new Caller("99", "other", false, null), TestSupport.asking("Which jets are on Iturup?"));
            assertThat(second.admitted()).as("one answer at a time").isFalse();
            assertThat(second.refusal().kind()).isEqualTo(Reply.Kind.BUSY);
            assertThat(second.refusal().privately()).isTrue();
            first.close();
            try (BotCommands.Admission again = c.admit(member, TestSupport.asking("Which jets are on Iturup?"))) {
                assertThat(again.admitted()).isTrue();
            }
            BotCommands.Admission third = c.admit(member, TestSupport.asking("Which jets are on Iturup?"));
            assertThat(third.admitted()).as("two per minute").isFalse();
            assertThat(third.refusal().body()).contains("Try again in");
            assertThat(c.admit(member, CommandRequest.of(Command.ABOUT)).admitted()).as("cheap commands are not limited").isTrue();
        } finally {
            limited.close();
        }
    }

    @Test
    void emptyOrOverlongInputCostsNothingAndTheLocalConsoleIsNeverLimited() {
        PolicyDesk limited = TestSupport.desk(TestSupport.settings(knowledge, dir.resolve("kb3.db"))
                .withDiscord(new DiscordSettings(Secret.none(), "", java.util.Set.of(), 2, 4, 3)));
        try {
            BotCommands c = limited.commands();
            for (String refused : List.of("", "   ", "?!", "x".repeat(100_000))) {
                try (BotCommands.Admission a = c.admit(member, TestSupport.asking(refused))) {
                    assertThat(a.admitted()).isTrue();
                }
                assertThat(c.execute(member, TestSupport.asking(refused)).kind()).isEqualTo(Reply.Kind.INVALID);
            }
            for (int i = 0; i < 2; i++) {
                try (BotCommands.Admission a = c.admit(member, TestSupport.asking("Which jets are on Iturup?"))) {
                    assertThat(a.admitted()).as("refused input did not use up the limit").isTrue();
                }
            }
            assertThat(c.admit(member, TestSupport.asking("Which jets are on Iturup?")).admitted()).isFalse();
            Caller console = Caller.console("session");
            for (int i = 0; i < 20; i++) {
                try (BotCommands.Admission a = c.admit(console, TestSupport.asking("Which jets are on Iturup?"))) {
                    assertThat(a.admitted()).as("question " + (i + 1) + " at the console").isTrue();
                }
            }
        } finally {
            limited.close();
        }
    }

    @Test
    void theLastReloadIsShownToTheSecondInTheLocalZone() {
        assertThat(BotCommands.localTime("2026-12-02T17:53:30.583614317Z")).matches("2026-12-0[23] \\d\\d:\\d\\d:30 \\S+");
        assertThat(commands.execute(member, CommandRequest.of(Command.ABOUT)).body()).containsPattern("Last reload: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ");
    }
}
