package org.policydesk.knowledge.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.store.KnowledgeSnapshot;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.VectorSearch;
import org.policydesk.knowledge.store.Vectors;

/**
 * The SQLite store: what each problem opening it is called (only damage is called damage), and that a
 * snapshot serves only the thread and the read it belongs to.
 */
class SqliteKnowledgeStoreIT {

    @TempDir
    Path dir;

    /** Reloads the documents of a knowledge folder into a store. */
    private static void load(Path knowledge, KnowledgeStore store) throws java.io.IOException {
        new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(200_000)), store, TestSupport.EMBEDDING_MODEL,
                new PassageSplitter(1200)).reload();
    }

    @Test
    void manyOpenersOfOneNewStoreAtOnceAllSucceed() throws Exception {
        // Two processes starting together on a fresh machine: both create the schema, neither may fail.
        for (int round = 0; round < 10; round++) {
            Path db = dir.resolve("new-" + round + ".db");
            int openers = 8;
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        SqliteKnowledgeStore.open(db, 384, 1).close();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                t.start();
                threads.add(t);
            }
            start.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).as("round " + round).isEmpty();
        }
    }

    @Test
    void aStoreThatCannotBeWrittenServesAsItIsAndCreatesNothingBesideIt() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        Path db = dir.resolve("kb.db");
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            load(knowledge, store);
        }
        try (var leftovers = Files.list(dir)) {
            leftovers.filter(p -> p.getFileName().toString().startsWith("kb.db-")).forEach(p -> p.toFile().delete());
        }
        try (KnowledgeStore store = SqliteKnowledgeStore.openReadOnly(db, 384, 2)) {
            assertThat(store.writable()).isFalse();
            assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(37);
            assertThatThrownBy(() -> store.write(w -> null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only").hasMessageNotContaining("Move or delete");
        }
        assertThat(Files.exists(dir.resolve("kb.db-wal"))).as("no -wal left to block a later writer").isFalse();
        assertThat(Files.exists(dir.resolve("kb.db-shm"))).isFalse();
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            assertThat(store.writable()).isTrue();
        }
    }

    @Test
    void problemsThatAreNotDamageAreNamedWithoutAdviceToDeleteTheStore() throws Exception {
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(dir.resolve("odd?name.db"), 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("'?'").hasMessageNotContaining("Move or delete");
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(file.resolve("kb.db"), 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be created").hasMessageNotContaining("Move or delete");
        Path damaged = dir.resolve("damaged.db");
        SqliteKnowledgeStore.open(damaged, 384, 1).close();
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(damaged, 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged").hasMessageContaining("Move or delete");
    }

    @Test
    void aSnapshotServesOnlyItsOwnThreadAndReadButItsVectorSearchMayBeShared() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        try (KnowledgeStore store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 2)) {
            load(knowledge, store);
            float[] query = Vectors.normalized(TestSupport.EMBEDDING_MODEL.embed("Kuril Islands dispute").content().vector());
            KnowledgeSnapshot[] kept = new KnowledgeSnapshot[1];
            int nearestElsewhere = store.read(snapshot -> {
                kept[0] = snapshot;
                VectorSearch vectors = snapshot.vectors();
                CompletableFuture<Integer> sameConnection = CompletableFuture.supplyAsync(() -> snapshot.passageTexts(1).size());
                assertThatThrownBy(() -> sameConnection.get()).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("another thread");
                return CompletableFuture.supplyAsync(() -> vectors.nearest(query, 5).size()).join();
            });
            assertThat(nearestElsewhere).isEqualTo(5);
            assertThatThrownBy(() -> kept[0].documents()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("after its read ended");
        }
    }

    @Test
    void aStoreFromBeforePagesIsMigratedAndItsPassagesHaveNoPage() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        Path db = dir.resolve("kb.db");
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            load(knowledge, store);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE passages DROP COLUMN page");
            st.execute("ALTER TABLE passages DROP COLUMN page_paragraph");
            st.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'");
        }
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(37);
            assertThat(store.read(s -> s.passage("ewi-2016:p2")).orElseThrow().passage().location()).isEqualTo("¶2");
        }
    }

    @Test
    void aPassageIsFoundByItsPositionInItsDocument() throws Exception {
        Path knowledge = TestSupport.copyOfKnowledge(dir);
        try (KnowledgeStore store = SqliteKnowledgeStore.open(dir.resolve("positions.db"), 384, 1)) {
            load(knowledge, store);
            List<org.policydesk.knowledge.store.StoredPassage> all = store.read(s -> s.passagesOf("benedyczak-2018"));
            org.policydesk.knowledge.store.StoredPassage third = all.get(2);
            java.util.Optional<org.policydesk.knowledge.store.StoredPassage> found =
                    store.read(s -> s.passageAt("benedyczak-2018", third.passage().ordinal()));
            assertThat(found.orElseThrow().passage().id()).isEqualTo(third.passage().id());
            java.util.Optional<org.policydesk.knowledge.store.StoredPassage> pastTheLast =
                    store.read(s -> s.passageAt("benedyczak-2018", all.size()));
            assertThat(pastTheLast).isEmpty();
            java.util.Optional<org.policydesk.knowledge.store.StoredPassage> elsewhere = store.read(s -> s.passageAt("no-such-document", 0));
            assertThat(elsewhere).isEmpty();
        }
    }
}
