package org.policydesk.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.DocumentParser;
import org.policydesk.knowledge.KnowledgeBase;
import org.policydesk.knowledge.KnowledgeFolder;
import org.policydesk.knowledge.PassageSplitter;

/** Opening the SQLite store: what each problem is called, and that only damage is called damage. */
class KnowledgeStoreIT {

    @TempDir
    Path dir;

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
                        KnowledgeStore.open(db, 384, 1).close();
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
        try (KnowledgeStore store = KnowledgeStore.open(db, 384, 1)) {
            new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(200_000)), store, TestSupport.EMBEDDING_MODEL,
                    new PassageSplitter(1200)).reload();
        }
        try (var leftovers = Files.list(dir)) {
            leftovers.filter(p -> p.getFileName().toString().startsWith("kb.db-")).forEach(p -> p.toFile().delete());
        }
        try (KnowledgeStore store = KnowledgeStore.openReadOnly(db, 384, 2)) {
            assertThat(store.writable()).isFalse();
            assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(37);
            assertThatThrownBy(() -> store.write(w -> null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only").hasMessageNotContaining("Move or delete");
        }
        assertThat(Files.exists(dir.resolve("kb.db-wal"))).as("no -wal left to block a later writer").isFalse();
        assertThat(Files.exists(dir.resolve("kb.db-shm"))).isFalse();
        try (KnowledgeStore store = KnowledgeStore.open(db, 384, 1)) {
            assertThat(store.writable()).isTrue();
        }
    }

    @Test
    void problemsThatAreNotDamageAreNamedWithoutAdviceToDeleteTheStore() throws Exception {
        assertThatThrownBy(() -> KnowledgeStore.open(dir.resolve("odd?name.db"), 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("'?'").hasMessageNotContaining("Move or delete");
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> KnowledgeStore.open(file.resolve("kb.db"), 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be created").hasMessageNotContaining("Move or delete");
        Path damaged = dir.resolve("damaged.db");
        KnowledgeStore.open(damaged, 384, 1).close();
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);
        assertThatThrownBy(() -> KnowledgeStore.open(damaged, 384, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged").hasMessageContaining("Move or delete");
    }
}
