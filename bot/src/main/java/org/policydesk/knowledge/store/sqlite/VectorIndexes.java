package org.policydesk.knowledge.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.Vectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory vector index of the newest generation, and of the one before it for snapshots
 * still reading it. A generation's index is loaded from its rows once, by whichever reader asks first.
 */
final class VectorIndexes {

    private static final Logger log = LoggerFactory.getLogger(VectorIndexes.class);

    private final Path file;
    private final int dimensions;
    private final Object loading = new Object();
    private volatile VectorIndex current;
    private volatile VectorIndex previous;

    VectorIndexes(Path file, int dimensions) {
        this.file = file;
        this.dimensions = dimensions;
    }

    /** The index of {@code generation}, loaded through {@code connection} (which reads that generation) if need be. */
    VectorIndex of(long generation, Connection connection) {
        VectorIndex index = current;
        if (index != null && index.generation() == generation) {
            return index;
        }
        VectorIndex older = previous;
        if (older != null && older.generation() == generation) {
            return older;
        }
        synchronized (loading) {
            index = current;
            if (index != null && index.generation() == generation) {
                return index;
            }
            VectorIndex loaded = load(connection, generation);
            if (index == null || index.generation() < generation) {
                previous = index;
                current = loaded;
            }
            return loaded;
        }
    }

    private VectorIndex load(Connection connection, long generation) {
        try (Statement st = connection.createStatement()) {
            int count;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM passages")) {
                count = rs.next() ? rs.getInt(1) : 0;
            }
            VectorIndex.Builder index = new VectorIndex.Builder(generation, dimensions, count);
            float[] vector = new float[dimensions];
            int damaged = 0;
            try (ResultSet rs = st.executeQuery("SELECT rowid, embedding, document_id FROM passages ORDER BY rowid")) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(2);
                    if (bytes == null || bytes.length != dimensions * Float.BYTES) {
                        // One damaged row must not stop the rest from serving; the next reload re-embeds its document.
                        index.damaged(rs.getString(3));
                        damaged++;
                        continue;
                    }
                    Vectors.readInto(bytes, vector, 0, dimensions);
                    index.add(rs.getLong(1), vector);
                }
            }
            if (damaged > 0 && damaged == count) {
                throw new StoreException("no stored embedding has the model's " + dimensions + " dimensions (another model built "
                        + file + "); move or delete that file, and the next command rebuilds it from the knowledge folder");
            }
            if (damaged > 0) {
                log.warn("{} stored embeddings in {} are damaged; their documents are left out until a reload re-embeds them",
                        damaged, file.getFileName());
            }
            return index.build();
        } catch (SQLException e) {
            throw new StoreException("loading embeddings failed: " + e.getMessage(), e);
        }
    }
}
