package org.policydesk.knowledge.store;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.Passage;

/**
 * The passages of a {@link KnowledgeStore} seen as a LangChain4j {@link EmbeddingStore}. Each
 * segment's metadata carries its citation keys, so whatever LangChain4j does with a match (fusion,
 * re-ranking) the passage can still be cited.
 *
 * <p>Passages belong to documents: {@code addAll} takes segments whose metadata names an existing
 * {@link #DOCUMENT_ID} and {@link #PARAGRAPH}. Ingestion of whole documents goes through
 * {@link org.policydesk.knowledge.KnowledgeBase}.
 */
public final class SqliteEmbeddingStore implements EmbeddingStore<TextSegment> {

    public static final String DOCUMENT_ID = "document_id";
    public static final String TITLE = "title";
    public static final String PUBLISHED = "published";
    public static final String PARAGRAPH = "paragraph";
    public static final String PASSAGE_ID = "passage_id";
    public static final String ORDINAL = "ordinal";

    private final KnowledgeStore store;

    public SqliteEmbeddingStore(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        if (request.filter() != null) {
            throw new UnsupportedOperationException("metadata filters are not supported by this store");
        }
        float[] query = Vectors.normalized(request.queryEmbedding().vector());
        return store.read(snapshot -> {
            List<RankedRow> nearest = snapshot.nearest(query, request.maxResults());
            Map<Long, StoredPassage> passages = snapshot.passages(nearest.stream().map(RankedRow::rowid).toList());
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
            for (RankedRow row : nearest) {
                // LangChain4j scores are relevance in [0, 1]: cosine mapped as (cos + 1) / 2.
                double relevance = (row.score() + 1) / 2;
                if (relevance < request.minScore()) {
                    continue;
                }
                StoredPassage p = passages.get(row.rowid());
                matches.add(new EmbeddingMatch<>(relevance, p.passage().id(), null, segment(p)));
            }
            return new EmbeddingSearchResult<>(matches);
        });
    }

    static TextSegment segment(StoredPassage p) {
        Metadata metadata = new Metadata()
                .put(DOCUMENT_ID, p.document().id())
                .put(TITLE, p.document().title())
                .put(PUBLISHED, p.document().published().iso())
                .put(PARAGRAPH, p.passage().paragraph())
                .put(PASSAGE_ID, p.passage().id())
                .put(ORDINAL, p.passage().ordinal());
        return TextSegment.from(p.passage().text(), metadata);
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        if (ids.size() != embeddings.size() || segments == null || segments.size() != ids.size()) {
            throw new IllegalArgumentException("ids, embeddings and segments must be lists of the same length");
        }
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Metadata m = segments.get(i).metadata();
            String documentId = m.getString(DOCUMENT_ID);
            Integer paragraph = m.getInteger(PARAGRAPH);
            if (documentId == null || paragraph == null) {
                throw new IllegalArgumentException("segment " + ids.get(i) + " needs '" + DOCUMENT_ID + "' and '"
                        + PARAGRAPH + "' metadata: passages belong to documents");
            }
            Integer ordinal = m.getInteger(ORDINAL);
            String text = segments.get(i).text();
            passages.add(new Passage(ids.get(i), documentId, ordinal == null ? paragraph - 1 : ordinal, paragraph,
                    0, text.length(), text, ""));
            vectors.add(embeddings.get(i).vector());
        }
        store.write(writer -> {
            writer.insertPassages(passages, vectors, null);
            return null;
        });
    }

    @Override
    public String add(Embedding embedding) {
        throw orphan();
    }

    @Override
    public void add(String id, Embedding embedding) {
        throw orphan();
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = generateIds(1).get(0);
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        throw orphan();
    }

    @Override
    public void removeAll(Collection<String> ids) {
        store.write(writer -> {
            writer.deletePassages(ids);
            return null;
        });
    }

    @Override
    public void removeAll() {
        store.write(writer -> {
            writer.deleteAllDocuments();
            return null;
        });
    }

    private static UnsupportedOperationException orphan() {
        return new UnsupportedOperationException("a passage needs its text and document: use add(embedding, segment)");
    }
}
