package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.TestSupport.CountingModel;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

/**
 * Adding and removing documents (what /upload and /remove do), on a real store and folder: a file is
 * checked before anything is written, and whatever fails leaves the folder and the knowledge base
 * as they were.
 */
class FolderChangesIT {

    @TempDir
    Path dir;

    Path knowledge;
    KnowledgeStore store;
    CountingModel model;
    KnowledgeBase kb;

    @BeforeEach
    void start() throws Exception {
        knowledge = TestSupport.copyOfKnowledge(dir);
        store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 2);
        model = new CountingModel();
        kb = new KnowledgeBase(new KnowledgeFolder(knowledge, new DocumentParser(200_000)), store, model, new PassageSplitter(1200));
        kb.reload();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private List<String> folder() throws Exception {
        try (Stream<Path> files = Files.list(knowledge)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] pdf(String... lines) throws Exception {
        return new PdfMaker().page(PdfMaker.column(72, 100, 11, 14, lines)).info("Arctic Outlook", "Cy Analyst", null).bytes();
    }

    @Test
    void anUploadIsStoredUnderASafeNameAndLoadedAndAReplacementChangesIt() throws Exception {
        ReloadReport added = kb.add("../Arctic Outlook.PDF", pdf("The Northern Sea Route carried 36 million tonnes of cargo."));
        assertThat(added.added()).containsExactly("arctic-outlook");
        assertThat(folder()).contains("arctic-outlook.pdf").noneMatch(f -> f.startsWith("."));
        assertThat(kb.catalog().documents()).hasSize(3);

        ReloadReport replaced = kb.add("arctic-outlook.pdf", pdf("The Northern Sea Route carried 40 million tonnes of cargo."));
        assertThat(replaced.changed()).containsExactly("arctic-outlook");
        assertThat(store.read(s -> s.passagesOf("arctic-outlook")).get(0).passage().text()).contains("40 million");
    }

    @Test
    void aFileThatIsRefusedChangesNothing() throws Exception {
        List<String> before = folder();
        int embedded = model.embedded.get();
        long generation = store.read(s -> s.generation());
        byte[] scanned = new PdfMaker().scannedPage().bytes();
        assertThatThrownBy(() -> kb.add("scan.pdf", scanned)).isInstanceOf(DocumentRejectedException.class).hasMessageContaining("no text layer");
        assertThatThrownBy(() -> kb.add("tool.exe", new byte[] {1, 2, 3})).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("unsupported file type");
        byte[] clash = "---\nid: ewi-2016\ntitle: Not the EWI piece\n---\n\nSome text.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> kb.add("other.md", clash)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("its id “ewi-2016” is that of ewi-2016-improving-japan-russia-ties.md");
        assertThat(folder()).isEqualTo(before);
        assertThat(model.embedded.get()).isEqualTo(embedded);
        assertThat(store.<Long>read(s -> s.generation())).isEqualTo(generation);
    }

    @Test
    void aReloadThatFailsHalfwayPutsTheFolderBackAndKeepsTheKnowledgeBase() throws Exception {
        List<String> before = folder();
        int passages = store.read(s -> s.passageCount());
        model.failOn = "Northern Sea Route";
        assertThatThrownBy(() -> kb.add("arctic.pdf", pdf("The Northern Sea Route carried 36 million tonnes of cargo.")))
                .hasMessageContaining("embedding failed on purpose");
        assertThat(folder()).isEqualTo(before);
        assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(passages);
        assertThat(kb.isStale()).as("folder and store agree").isFalse();
    }

    @Test
    void aDocumentIsRemovedWithItsMetadataFileButNeverTheLastOne() throws Exception {
        kb.add("arctic.pdf", pdf("The Northern Sea Route carried 36 million tonnes of cargo."));
        Files.writeString(knowledge.resolve("arctic.pdf.yaml"), "title: Arctic Shipping Outlook\n");
        kb.reload();
        ReloadReport removed = kb.remove("arctic");
        assertThat(removed.removed()).containsExactly("arctic");
        assertThat(removed.ignored()).as("the file set aside while reloading is no business of the report").isEmpty();
        assertThat(folder()).doesNotContain("arctic.pdf", "arctic.pdf.yaml").noneMatch(f -> f.startsWith("."));

        kb.remove("ewi-2016");
        List<String> before = folder();
        assertThatThrownBy(() -> kb.remove("benedyczak-2018")).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("only document");
        assertThat(folder()).isEqualTo(before);
        assertThat(kb.catalog().documents()).hasSize(1);
        assertThatThrownBy(() -> kb.remove("no-such")).isInstanceOf(DocumentRejectedException.class).hasMessageContaining("no document");
    }
}
