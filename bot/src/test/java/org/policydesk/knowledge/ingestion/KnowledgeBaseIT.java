package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.TestSupport.CountingModel;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

class KnowledgeBaseIT {

    @TempDir
    Path dir;

    Path knowledge;
    Path db;
    CountingModel model;

    @BeforeEach
    void setUp() {
        knowledge = TestSupport.copyOfKnowledge(dir);
        db = dir.resolve("data/policybot.db");
        model = new CountingModel();
    }

    private KnowledgeBase open(KnowledgeStore store) {
        return new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(200_000)), store, model,
                new PassageSplitter(1200));
    }

    @Test
    void theFirstReloadBuildsTheStoreWithMetadataParagraphsAndEmbeddings() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            assertThat(kb.isStale()).isTrue();
            ReloadReport report = kb.reload();
            assertThat(report.added()).containsExactlyInAnyOrder("ewi-2016", "benedyczak-2018");
            assertThat(report.rejected()).isEmpty();
            assertThat(report.passages()).isEqualTo(37);
            int sentences = store.<List<StoredPassage>>read(s -> {
                List<StoredPassage> all = new java.util.ArrayList<>(s.passagesOf("ewi-2016"));
                all.addAll(s.passagesOf("benedyczak-2018"));
                return all;
            }).stream().mapToInt(p -> p.passage().sentences().size()).sum();
            int words = store.<java.util.Set<String>>read(s -> {
                List<String> texts = new java.util.ArrayList<>();
                s.forEachPassage((p, v) -> texts.add(p.passage().text()));
                return PassageEmbedder.vocabulary(texts);
            }).size();
            assertThat(store.<Map<String, float[]>>read(s -> s.wordVectors())).as("each word of the documents, embedded once")
                    .hasSize(words);
            assertThat(model.embedded.get()).as("every sentence once, each title, and each word").isEqualTo(sentences + 2 + words);
            assertThat(kb.isStale()).isFalse();

            store.read(s -> {
                Map<String, StoredDocument> docs = new java.util.HashMap<>();
                s.documents().forEach(d -> docs.put(d.metadata().id(), d));
                DocumentMetadata ewi = docs.get("ewi-2016").metadata();
                assertThat(ewi.title()).isEqualTo("Improving Japan-Russia Ties");
                assertThat(ewi.authors()).containsExactly("J. Berkshire Miller", "Aiko Shimizu");
                assertThat(ewi.published().iso()).isEqualTo("2016-05-04");
                assertThat(docs.get("benedyczak-2018").metadata().published().label()).isEqualTo("autumn 2018");
                StoredPassage soldiers = s.passage("benedyczak-2018:p9").orElseThrow();
                assertThat(soldiers.passage().paragraph()).isEqualTo(9);
                assertThat(soldiers.passage().text()).contains("3,500 Russian soldiers");
                return null;
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet journal = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            journal.next();
            assertThat(journal.getString(1)).isEqualTo("wal");
            ResultSet version = c.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'schema_version'");
            version.next();
            assertThat(version.getInt(1)).isEqualTo(5);
            ResultSet fts = c.createStatement().executeQuery(
                    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'soldier'");
            fts.next();
            assertThat(fts.getInt(1)).as("porter stemming: 'soldier' finds 'soldiers'").isEqualTo(1);
        }
    }

    @Test
    void anUnchangedFolderIsNotEmbeddedAgainAndAChangedDocumentIsReembeddedAlone() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            long generation = store.read(s -> s.generation());
            model.embedded.set(0);

            ReloadReport again = kb.reload();
            assertThat(again.unchanged()).hasSize(2);
            assertThat(again.changedAnything()).isFalse();
            assertThat(model.embedded.get()).isZero();
            assertThat(store.<Long>read(s -> s.generation())).isEqualTo(generation);

            Path ewi = knowledge.resolve("ewi-2016-improving-japan-russia-ties.md");
            java.util.Set<String> knownWords = store.<Map<String, float[]>>read(s -> s.wordVectors()).keySet();
            java.util.Set<String> newWords = new java.util.HashSet<>(PassageEmbedder.vocabulary(List.of("A new closing paragraph about tuna.")));
            newWords.removeAll(knownWords);
            assertThat(newWords).as("words the documents did not use before").contains("tuna");
            Files.writeString(ewi, Files.readString(ewi) + "\nA new closing paragraph about tuna.\n");
            ReloadReport changed = kb.reload();
            assertThat(changed.changed()).containsExactly("ewi-2016");
            assertThat(changed.unchanged()).containsExactly("benedyczak-2018");
            int ewiSentences = store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016")).stream()
                    .mapToInt(p -> p.passage().sentences().size()).sum();
            assertThat(model.embedded.get()).as("only the changed document, and only its new words")
                    .isEqualTo(ewiSentences + 1 + newWords.size());
            assertThat(store.read(s -> s.passage("ewi-2016:p20")).orElseThrow().passage().text()).contains("tuna");

            Files.delete(ewi);
            ReloadReport removed = kb.reload();
            assertThat(removed.removed()).containsExactly("ewi-2016");
            assertThat(store.<List<StoredDocument>>read(s -> s.documents())).hasSize(1);
            assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(18);
            assertThat(store.<List<RankedRow>>read(s -> s.keywordSearch("\"Sochi\"", 10))).as("its FTS rows are gone too").isEmpty();
        }
    }

    @Test
    void aBrokenFileIsRejectedWithItsReasonAndTheRestStillLoads() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            Files.write(knowledge.resolve("latin1.md"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(knowledge.resolve("bad-front-matter.md"), "---\ntitle: [oops\n---\nText.");
            Files.writeString(knowledge.resolve("empty.txt"), "\n\n");
            Files.write(knowledge.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Files.writeString(knowledge.resolve("a-dup.md"), "---\nid: ewi-2016\ntitle: Copy\n---\nA copy.");
            Files.writeString(knowledge.resolve("fine.md"), "# Fine\n\nA fine new document.");
            Files.writeString(knowledge.resolve("huge.md"), "# Huge\n\n" + "Words about the islands. ".repeat(10_000));
            byte[] binary = new byte[4096];
            new java.util.Random(3).nextBytes(binary);
            Files.write(knowledge.resolve("binary.md"), binary);

            ReloadReport report = kb.reload();
            assertThat(report.added()).containsExactly("fine");
            assertThat(report.unchanged()).containsExactlyInAnyOrder("ewi-2016", "benedyczak-2018");
            assertThat(report.rejected()).extracting(RejectedDocument::file)
                    .containsExactlyInAnyOrder("latin1.md", "bad-front-matter.md", "empty.txt", "image.png", "a-dup.md",
                            "huge.md", "binary.md");
            assertThat(report.rejected()).filteredOn(r -> r.file().equals("huge.md")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("too large"));
            assertThat(report.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
            assertThat(report.rejected()).filteredOn(r -> r.file().equals("a-dup.md")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("already used by ewi-2016-improving-japan-russia-ties.md"));
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016"))).hasSize(19);
        }
    }

    @Test
    void aDocumentThatBreaksKeepsItsLastGoodVersionInService() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            Path ewi = knowledge.resolve("ewi-2016-improving-japan-russia-ties.md");
            Files.write(ewi, new byte[] {'-', '-', '-', '\n', (byte) 0xFF, (byte) 0xFE});
            ReloadReport report = kb.reload();
            assertThat(report.rejected()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("ewi-2016-improving-japan-russia-ties.md");
                assertThat(r.reason()).contains("UTF-8").contains("last good version stays in service");
            });
            assertThat(report.removed()).isEmpty();
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016"))).hasSize(19);
        }
    }

    @Test
    void aNewcomerClaimingTheIdOfABrokenDocumentInServiceIsRejectedAndCannotReplaceIt() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            Path ewi = knowledge.resolve("ewi-2016-improving-japan-russia-ties.md");
            byte[] original = Files.readAllBytes(ewi);
            Files.write(ewi, new byte[] {(byte) 0xFF, (byte) 0xFE, ' ', 'b', 'r', 'o', 'k', 'e', 'n', '\n'},
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(knowledge.resolve("zz-clone.md"), """
                    ---
                    id: ewi-2016
                    title: Improving Japan-Russia Ties
                    ---

                    Abe agreed to hand the four disputed islands to Russia.
                    """);
            ReloadReport report = kb.reload();
            assertThat(report.changed()).isEmpty();
            assertThat(report.rejected()).extracting(RejectedDocument::file)
                    .containsExactlyInAnyOrder("ewi-2016-improving-japan-russia-ties.md", "zz-clone.md");
            assertThat(report.rejected()).filteredOn(r -> r.file().equals("zz-clone.md")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).contains("belongs to ewi-2016-improving-japan-russia-ties.md"));
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016"))).hasSize(19);

            Files.write(ewi, original);
            ReloadReport restored = kb.reload();
            assertThat(restored.rejected()).extracting(RejectedDocument::file).containsExactly("zz-clone.md");
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016"))).hasSize(19);
        }
    }

    @Test
    void aRenamedDocumentThatLaterBreaksKeepsItsLastGoodVersionInService() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            Path renamed = Files.move(knowledge.resolve("ewi-2016-improving-japan-russia-ties.md"), knowledge.resolve("ewi.md"));
            ReloadReport afterMove = kb.reload();
            assertThat(afterMove.unchanged()).contains("ewi-2016");
            assertThat(afterMove.removed()).isEmpty();
            Files.write(renamed, new byte[] {'-', '-', '-', '\n', (byte) 0xFF, (byte) 0xFE});
            ReloadReport report = kb.reload();
            assertThat(report.removed()).isEmpty();
            assertThat(report.rejected()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("ewi.md");
                assertThat(r.reason()).contains("last good version stays in service");
            });
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("ewi-2016"))).hasSize(19);
        }
    }

    @Test
    void twoReloadsOfOneStoreRunOneAfterTheOtherSoTheLastReadsTheFolderLast() throws Exception {
        // Two handles on one store file, as two processes would have: reload A is held while it
        // embeds a new file; the file is deleted and reload B starts meanwhile.
        Path extra = knowledge.resolve("extra.md");
        Files.writeString(extra, "---\nid: extra\ntitle: Extra\npublished: 2020\n---\n\nThe extra document talks about herring quotas.\n");
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountingModel slow = new CountingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                if (segments.stream().anyMatch(t -> t.text().contains("herring"))) {
                    embedding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.embedAll(segments);
            }
        };
        try (KnowledgeStore first = SqliteKnowledgeStore.open(db, 384, 2); KnowledgeStore second = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase a = new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(200_000)), first, slow,
                    new PassageSplitter(1200));
            KnowledgeBase b = open(second);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<ReloadReport> reloadA = pool.submit(() -> a.reload());
                assertThat(embedding.await(60, TimeUnit.SECONDS)).isTrue();
                Files.delete(extra);
                java.util.concurrent.Future<ReloadReport> reloadB = pool.submit(() -> b.reload());
                Thread.sleep(500);
                assertThat(reloadB.isDone()).as("B waits for A").isFalse();
                assertThat(b.refreshIfStale()).as("a refresh does not wait: it serves the store as it is").isNull();
                release.countDown();
                assertThat(reloadA.get(60, TimeUnit.SECONDS).added()).contains("extra");
                assertThat(reloadB.get(60, TimeUnit.SECONDS).removed()).containsExactly("extra");
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
            assertThat(second.<List<StoredPassage>>read(s -> s.passagesOf("extra"))).isEmpty();
            assertThat(b.isStale()).isFalse();
        }
    }

    @Test
    void hiddenFilesAndSubfoldersAreReportedAsIgnored() throws Exception {
        Files.writeString(knowledge.resolve(".draft.md"), "---\ntitle: Draft\n---\n\nA draft.\n");
        Files.createDirectories(knowledge.resolve("more")).resolve("nested.md").toFile().createNewFile();
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            ReloadReport report = open(store).reload();
            assertThat(report.ignored()).extracting(RejectedDocument::file).containsExactly(".draft.md", "more");
            assertThat(report.ignored()).extracting(RejectedDocument::reason)
                    .anySatisfy(r -> assertThat(r).contains("hidden"))
                    .anySatisfy(r -> assertThat(r).contains("subfolders are not read"));
            assertThat(report.rejected()).isEmpty();
        }
    }

    @Test
    void aDamagedEmbeddingLeavesTheRestServingAndTheNextReloadReembedsItsDocument() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            open(store).reload();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE passages SET embedding = substr(embedding, 1, 100) WHERE id = 'ewi-2016:p3'");
        }
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            assertThat(store.<Integer>read(s -> s.passageCount())).as("the rest serves").isEqualTo(36);
            assertThat(kb.isStale()).as("damage makes the knowledge base stale").isTrue();
            ReloadReport report = kb.reload();
            assertThat(report.changed()).containsExactly("ewi-2016");
            assertThat(report.passages()).isEqualTo(37);
            assertThat(kb.isStale()).isFalse();
        }
    }

    @Test
    void aReloadThatFailsHalfwayLeavesThePreviousKnowledgeBaseInService() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = open(store);
            kb.reload();
            long generation = store.read(s -> s.generation());
            List<String> before = store.read(s -> s.passagesOf("benedyczak-2018")).stream()
                    .map(p -> p.passage().text()).toList();

            Files.writeString(knowledge.resolve("new.md"), "---\ntitle: New\n---\nFirst new paragraph.\n\nPoison paragraph.");
            Path pism = knowledge.resolve("benedyczak-2018-prospects-for-russia-japan-rapprochement.md");
            Files.writeString(pism, Files.readString(pism).replace("3,500", "4,000"));
            model.failOn = "Poison";
            assertThatThrownBy(kb::reload).hasMessageContaining("on purpose");

            assertThat(store.<Long>read(s -> s.generation())).isEqualTo(generation);
            assertThat(store.<List<StoredDocument>>read(s -> s.documents())).extracting(d -> d.metadata().id())
                    .containsExactlyInAnyOrder("ewi-2016", "benedyczak-2018");
            assertThat(store.<List<StoredPassage>>read(s -> s.passagesOf("benedyczak-2018")).stream().map(p -> p.passage().text()).toList())
                    .isEqualTo(before);
            assertThat(kb.isStale()).as("the next command tries again").isTrue();

            model.failOn = null;
            ReloadReport retried = kb.reload();
            assertThat(retried.added()).containsExactly("new");
            assertThat(retried.changed()).containsExactly("benedyczak-2018");
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAClearError() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            KnowledgeBase kb = new KnowledgeBase(new KnowledgeFolder(dir.resolve("nowhere"), new DocumentParser(1000)),
                    store, model, new PassageSplitter(1200));
            assertThatThrownBy(kb::reload).hasMessageContaining("does not exist");
        }
    }

    @Test
    void aForeignOrDamagedStoreFileIsRefusedWithAWayOut() throws Exception {
        Path notSqlite = dir.resolve("garbage.db");
        Files.writeString(notSqlite, "this is not a database at all, just some text that is long enough");
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(notSqlite, 384, 1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a SQLite database")
                .hasMessageContaining("Move or delete that file");

        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            c.createStatement().execute("CREATE TABLE invoices (id INTEGER)");
        }
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(foreign, 384, 1))
                .hasMessageContaining("some other program");
        assertThat(Files.size(foreign)).as("a foreign file is left as it was").isPositive();

        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            open(store).reload();
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(db, bytes);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        assertThatThrownBy(() -> SqliteKnowledgeStore.open(db, 384, 1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be used");
    }

    @Test
    void aFileOfGigabytesIsRefusedBySizeWithoutBeingRead() throws Exception {
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(knowledge.resolve("huge.md").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // sparse: three gigabytes that take no disk
        }
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            ReloadReport report = open(store).reload();
            assertThat(report.added()).containsExactlyInAnyOrder("ewi-2016", "benedyczak-2018");
            assertThat(report.rejected()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("huge.md");
                assertThat(r.reason()).contains("too large").contains("3221225472 bytes");
            });
        }
    }

    @Test
    void aHardLinkToAFileOutsideTheFolderIsRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createLink(knowledge.resolve("x.md"), outside);
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            ReloadReport report = open(store).reload();
            assertThat(report.rejected()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("x.md");
                assertThat(r.reason()).contains("hard link");
            });
            assertThat(store.<List<RankedRow>>read(s -> s.keywordSearch("\"root\"", 5))).isEmpty();
        }
    }

    @Test
    void aHugeTitleIsRefusedRatherThanCopiedIntoEveryPassage() throws Exception {
        Files.writeString(knowledge.resolve("long.md"), "---\nid: long\ntitle: " + "T".repeat(100_000)
                + "\n---\n\nOne paragraph of text about Japan.\n");
        long before;
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            ReloadReport report = open(store).reload();
            assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("title").contains("at most 300"));
        }
        before = Files.size(db);
        assertThat(before).as("the store holds the two real documents only").isLessThan(5L * 1024 * 1024);
    }

    @Test
    void fileNamesWithoutLatinLettersGetDistinctIds() throws Exception {
        Files.writeString(knowledge.resolve("日本.md"), "# 日本\n\nJapan is an island country in East Asia.\n");
        Files.writeString(knowledge.resolve("Россия.md"), "# Россия\n\nRussia is the largest country by area.\n");
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 2)) {
            ReloadReport report = open(store).reload();
            assertThat(report.rejected()).isEmpty();
            assertThat(report.added()).hasSize(4).allMatch(id -> !id.equals("document"))
                    .filteredOn(id -> id.startsWith("document-")).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void aFileDeletedAfterTheListingIsTreatedAsRemovedNotAsAFailure() throws Exception {
        KnowledgeFolder folder = new KnowledgeFolder(knowledge, new DocumentParser(200_000));
        Path real = knowledge.resolve("ewi-2016-improving-japan-russia-ties.md");
        Path gone = knowledge.resolve("deleted-meanwhile.md");
        FolderScan scan = folder.scan(List.of(real, gone), List.of());
        assertThat(scan.documents()).extracting(d -> d.metadata().id()).containsExactly("ewi-2016");
        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.signature()).isEqualTo(KnowledgeFolder.signature(List.of(real)));
    }
}
