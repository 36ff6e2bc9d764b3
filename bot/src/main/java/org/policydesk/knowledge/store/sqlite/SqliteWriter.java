package org.policydesk.knowledge.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.store.KnowledgeWriter;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.Vectors;

/** Writes on the store's one writer connection, inside the transaction the store began. */
final class SqliteWriter implements KnowledgeWriter {

    private final Connection connection;
    private final int dimensions;
    private boolean changed;

    SqliteWriter(Connection connection, int dimensions) {
        this.connection = connection;
        this.dimensions = dimensions;
    }

    /** Whether anything was written, so the generation is to advance. */
    boolean changed() {
        return changed;
    }

    @Override
    public void deleteDocument(String documentId) {
        update("DELETE FROM documents WHERE id = ?", documentId);
    }

    @Override
    public void moveDocument(String documentId, String sourceFile) {
        update("UPDATE documents SET source_file = ? WHERE id = ?", sourceFile, documentId);
    }

    @Override
    public void insertDocument(Document document, List<Passage> passages, List<float[]> embeddings,
            List<float[][]> sentenceEmbeddings) {
        if (passages.size() != embeddings.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + embeddings.size() + " embeddings");
        }
        DocumentMetadata m = document.metadata();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setString(1, m.id());
            st.setString(2, m.title());
            st.setString(3, PassageRows.JSON.writeValueAsString(m.authors()));
            st.setString(4, m.publisher());
            st.setString(5, m.outlet());
            st.setString(6, m.published().iso());
            st.setString(7, m.published().label());
            st.setString(8, m.sourceFile());
            st.setString(9, document.contentHash());
            st.setInt(10, passages.size());
            st.setString(11, Instant.now().toString());
            st.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("storing document " + m.id() + " failed: " + e.getMessage(), e);
        }
        insertPassages(passages, embeddings, sentenceEmbeddings);
    }

    private void insertPassages(List<Passage> passages, List<float[]> embeddings, List<float[][]> sentenceEmbeddings) {
        String sql = "INSERT INTO passages (id, document_id, ordinal, paragraph, start_char, end_char, text, context, embedding,"
                + " sentence_vectors, page, page_paragraph) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                float[] vector = embeddings.get(i);
                if (vector.length != dimensions) {
                    throw new IllegalArgumentException("embedding of " + p.id() + " has " + vector.length
                            + " dimensions, the store " + dimensions);
                }
                st.setString(1, p.id());
                st.setString(2, p.documentId());
                st.setInt(3, p.ordinal());
                st.setInt(4, p.paragraph());
                st.setInt(5, p.start());
                st.setInt(6, p.end());
                st.setString(7, p.text());
                st.setString(8, p.context());
                st.setBytes(9, Vectors.toBytes(Vectors.normalized(vector)));
                float[][] sentences = sentenceEmbeddings == null ? null : sentenceEmbeddings.get(i);
                st.setBytes(10, sentences == null ? null : Vectors.packInt8(sentences));
                st.setInt(11, p.page());
                st.setInt(12, p.pageParagraph());
                st.addBatch();
            }
            st.executeBatch();
            changed |= !passages.isEmpty();
        } catch (SQLException e) {
            throw new StoreException("storing passages failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void putWordVectors(Map<String, float[]> vectors) {
        try (PreparedStatement st = connection.prepareStatement("INSERT OR IGNORE INTO word_vectors (word, vector) VALUES (?, ?)")) {
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                st.setString(1, e.getKey());
                st.setBytes(2, Vectors.packInt8(new float[][] {Vectors.normalized(e.getValue())}));
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("storing word embeddings failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void putMeta(String key, String value) {
        try {
            StoreFile.putMeta(connection, key, value);
        } catch (SQLException e) {
            throw new StoreException("writing the store failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, StoredDocument> documents() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM documents")) {
            Map<String, StoredDocument> documents = new LinkedHashMap<>();
            while (rs.next()) {
                StoredDocument document = PassageRows.document(rs);
                documents.put(document.metadata().id(), document);
            }
            return documents;
        } catch (SQLException e) {
            throw new StoreException("reading documents failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, String... args) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            changed |= st.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("writing the store failed: " + e.getMessage(), e);
        }
    }
}
