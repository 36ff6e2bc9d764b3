package org.policydesk.instances.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Citation;
import org.policydesk.bot.Caller;
import org.policydesk.config.ConfigurationException;
import org.policydesk.config.Secret;
import org.policydesk.config.SharedStateSettings;
import org.policydesk.knowledge.PublicationDate;

/** The state instances share, in a real PostgreSQL server: two instances, one set of tables. */
class PostgresSharedStateIT {

    static PostgresServer server;
    static int databases;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A fresh database, and the settings of an instance that uses it. */
    static SharedStateSettings[] instancesOfNewDatabase(Duration poll, String... instances) throws Exception {
        String url = server.createDatabase("shared_" + ++databases);
        SharedStateSettings[] settings = new SharedStateSettings[instances.length];
        for (int i = 0; i < instances.length; i++) {
            settings[i] = new SharedStateSettings(Secret.of(url), "", Secret.none(), instances[i], poll);
        }
        return settings;
    }

    static Answer answer(String question) {
        Citation cited = new Citation(1, "benedyczak-2018", "Prospects", "Jakub Benedyczak", PublicationDate.parse("2018-autumn"), 9,
                "benedyczak-2018:p9", "There is a base with about 3,500 Russian soldiers.", 0, 0);
        return new Answer(question, true, "About 3,500 [1].", AnswerMode.EXTRACTIVE, List.of(cited), "", 1);
    }

    @Test
    void answersAndVotesFromTwoInstancesLandInOneSetOfTablesAndCountAcrossThem() throws Exception {
        SharedStateSettings[] s = instancesOfNewDatabase(Duration.ofSeconds(30), "bot-a", "bot-b");
        try (PostgresDatabase a = PostgresDatabase.open(s[0], 4); PostgresDatabase b = PostgresDatabase.open(s[1], 4)) {
            PostgresInteractionLog logA = new PostgresInteractionLog(a);
            PostgresInteractionLog logB = new PostgresInteractionLog(b);
            Instant before = Instant.now().minusSeconds(1);
            String first = logA.record(new Caller("u1", "one", false, "thread-1"), answer("How many soldiers are on Iturup?"));
            String second = logB.record(new Caller("u2", "two", false, "thread-1"), answer("And how many jets?"));
            assertThat(logB.vote(first, "u2", 1)).isTrue();
            assertThat(logA.vote(second, "u1", -1)).isTrue();
            assertThat(logA.vote(second, "u1", 1)).as("a later vote replaces the earlier").isTrue();
            assertThat(logA.vote("no-such-answer", "u1", 1)).isFalse();

            for (PostgresInteractionLog log : List.of(logA, logB)) {
                assertThat(log.answerCount()).isEqualTo(2);
                assertThat(log.voteCounts()).containsExactly(2, 0);
                assertThat(log.recentTurns("thread-1", 3)).extracting(t -> t.question())
                        .containsExactly("How many soldiers are on Iturup?", "And how many jets?");
                assertThat(log.askedSince(before, 10)).extracting(q -> q.question()).containsExactlyInAnyOrder(
                        "How many soldiers are on Iturup?", "And how many jets?");
            }
            assertThat(logB.citations(first)).hasValueSatisfying(c -> assertThat(c).singleElement()
                    .satisfies(x -> assertThat(x.text()).contains("3,500 Russian soldiers")));
            try (Connection c = DriverManager.getConnection(server.url("shared_" + databases));
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT string_agg(instance_id, ',' ORDER BY instance_id) FROM feedback")) {
                rs.next();
                assertThat(rs.getString(1)).as("each vote records the instance that took it").isEqualTo("bot-a,bot-b");
            }
        }
    }

    @Test
    void twoInstancesShareOneRateLimitAndNeverBothTakeTheLastRequest() throws Exception {
        SharedStateSettings[] s = instancesOfNewDatabase(Duration.ofSeconds(30), "bot-a", "bot-b");
        try (PostgresDatabase a = PostgresDatabase.open(s[0], 8); PostgresDatabase b = PostgresDatabase.open(s[1], 8)) {
            PostgresRateLimiter limitA = new PostgresRateLimiter(a, 3, Duration.ofMinutes(1));
            PostgresRateLimiter limitB = new PostgresRateLimiter(b, 3, Duration.ofMinutes(1));
            assertThat(limitA.tryAcquire("u1")).isTrue();
            assertThat(limitB.tryAcquire("u1")).isTrue();
            assertThat(limitA.tryAcquire("u1")).isTrue();
            assertThat(limitB.tryAcquire("u1")).as("the fourth in a minute, whichever instance it reaches").isFalse();
            assertThat(limitA.tryAcquire("u2")).as("another user has a budget of their own").isTrue();
            assertThat(limitB.retryAfter("u1")).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));

            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    PostgresRateLimiter limiter = i % 2 == 0 ? limitA : limitB;
                    tries.add(pool.submit(() -> limiter.tryAcquire("busy")));
                }
                int allowed = 0;
                for (Future<Boolean> t : tries) {
                    allowed += t.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(allowed).as("40 requests at once through two instances, a limit of 3").isEqualTo(3);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aChangeAnnouncedByOneInstanceMakesEveryOtherReloadOnceAndNotItself() throws Exception {
        // A poll far longer than the test: only the notification can wake the follower in time.
        SharedStateSettings[] s = instancesOfNewDatabase(Duration.ofMinutes(10), "bot-a", "bot-b");
        try (PostgresDatabase a = PostgresDatabase.open(s[0], 4); PostgresDatabase b = PostgresDatabase.open(s[1], 4);
                PostgresKnowledgeSync syncA = new PostgresKnowledgeSync(a, s[0].syncPoll());
                PostgresKnowledgeSync syncB = new PostgresKnowledgeSync(b, s[1].syncPoll())) {
            AtomicInteger reloadsA = new AtomicInteger();
            CountDownLatch reloadedB = new CountDownLatch(1);
            AtomicInteger reloadsB = new AtomicInteger();
            syncA.follow(reloadsA::incrementAndGet);
            syncB.follow(() -> {
                reloadsB.incrementAndGet();
                reloadedB.countDown();
            });
            Thread.sleep(500); // both listening
            syncA.announce("reload: 3 documents");
            assertThat(reloadedB.await(10, TimeUnit.SECONDS)).as("the other instance reloads on the notification").isTrue();
            Thread.sleep(500);
            assertThat(reloadsB).hasValue(1);
            assertThat(reloadsA).as("an instance does not reload for its own change").hasValue(0);
        }
    }

    @Test
    void aChangeMadeWhileAnInstanceCouldNotHearIsCaughtUpAtThePoll() throws Exception {
        SharedStateSettings[] s = instancesOfNewDatabase(Duration.ofSeconds(1), "bot-b");
        try (PostgresDatabase b = PostgresDatabase.open(s[0], 4); PostgresKnowledgeSync syncB = new PostgresKnowledgeSync(b, s[0].syncPoll())) {
            CountDownLatch reloaded = new CountDownLatch(1);
            syncB.follow(reloaded::countDown);
            // A generation written with no notification, as if it was sent while this instance was disconnected.
            try (Connection c = DriverManager.getConnection(server.url("shared_" + databases))) {
                c.createStatement().execute("INSERT INTO knowledge_generations (instance_id, change) VALUES ('bot-a', 'upload')");
            }
            assertThat(reloaded.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAClearErrorThatQuotesNeitherTheUrlNorThePassword() throws Exception {
        int closedPort = org.policydesk.TestSupport.freePort();
        String password = "pg-secret-password-7f3a9c";
        SharedStateSettings settings = new SharedStateSettings(
                Secret.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/policydesk?user=bot&password=" + password + "&connectTimeout=2"),
                "", Secret.of(password), "bot-a", Duration.ofSeconds(30));
        assertThatThrownBy(() -> PostgresDatabase.open(settings, 2))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("the shared database (POLICYBOT_DATABASE_URL) cannot be reached")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password).doesNotContain("jdbc:postgresql"));
    }
}
