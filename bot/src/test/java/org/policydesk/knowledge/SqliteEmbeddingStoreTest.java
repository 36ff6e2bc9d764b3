package org.policydesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.RankedRow;
import org.policydesk.knowledge.store.SqliteEmbeddingStore;

class SqliteEmbeddingStoreTest {

    @TempDir
    Path dir;

    @Test
    void searchReturnsSegmentsWithCitationMetadataAndAddAndRemoveWork() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("kb.db"), 384, 2)) {
            new KnowledgeBase(new KnowledgeFolder(TestSupport.knowledgeDir(), new DocumentParser(1_000_000)), store,
                    TestSupport.EMBEDDING_MODEL, new PassageSplitter(1200)).reload();
            SqliteEmbeddingStore embeddings = new SqliteEmbeddingStore(store);

            var query = TestSupport.EMBEDDING_MODEL.embed("Su-35 fighter jets on the islands").content();
            List<EmbeddingMatch<TextSegment>> matches = embeddings.search(
                    EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(3).build()).matches();
            assertThat(matches).hasSize(3);
            EmbeddingMatch<TextSegment> best = matches.get(0);
            assertThat(best.embedded().text()).contains("Su-35");
            assertThat(best.embeddingId()).isEqualTo("benedyczak-2018:p9");
            Metadata m = best.embedded().metadata();
            assertThat(m.getString(SqliteEmbeddingStore.DOCUMENT_ID)).isEqualTo("benedyczak-2018");
            assertThat(m.getInteger(SqliteEmbeddingStore.PARAGRAPH)).isEqualTo(9);
            assertThat(m.getString(SqliteEmbeddingStore.TITLE)).isEqualTo("Prospects for Russia-Japan Rapprochement");
            assertThat(best.score()).isBetween(matches.get(1).score(), 1.0);

            TextSegment note = TextSegment.from("Tuna quotas were renegotiated.", new Metadata()
                    .put(SqliteEmbeddingStore.DOCUMENT_ID, "ewi-2016").put(SqliteEmbeddingStore.PARAGRAPH, 99));
            String id = embeddings.add(TestSupport.EMBEDDING_MODEL.embed(note).content(), note);
            var tuna = TestSupport.EMBEDDING_MODEL.embed("tuna quotas").content();
            assertThat(embeddings.search(EmbeddingSearchRequest.builder().queryEmbedding(tuna).maxResults(1).build())
                    .matches().get(0).embeddingId()).isEqualTo(id);
            assertThat(store.<List<RankedRow>>read(s -> s.keywordSearch("\"tuna\"", 5))).hasSize(1);

            embeddings.removeAll(List.of(id));
            assertThat(store.<Integer>read(s -> s.passageCount())).isEqualTo(37);
            assertThat(store.<List<RankedRow>>read(s -> s.keywordSearch("\"tuna\"", 5))).isEmpty();

            assertThatThrownBy(() -> embeddings.add(query, TextSegment.from("orphan")))
                    .hasMessageContaining("passages belong to documents");
            assertThatThrownBy(() -> embeddings.add(query)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
