package org.policydesk.knowledge.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.PublicationDate;
import org.policydesk.knowledge.store.StoredDocument;
import org.policydesk.knowledge.store.StoredPassage;

/** How passages and documents are laid out in rows, both ways. */
final class PassageRows {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A passage joined with its document; add a WHERE or ORDER BY. */
    static final String PASSAGE_SELECT = """
            SELECT p.rowid AS p_rowid, p.id AS p_id, p.document_id AS p_document, p.ordinal AS p_ordinal,
                   p.paragraph AS p_paragraph, p.start_char AS p_start, p.end_char AS p_end, p.text AS p_text,
                   p.context AS p_context, p.page AS p_page, p.page_paragraph AS p_page_paragraph,
                   d.* FROM passages p JOIN documents d ON d.id = p.document_id""";

    private PassageRows() {}

    static StoredPassage passage(ResultSet rs) throws SQLException {
        Passage passage = new Passage(rs.getString("p_id"), rs.getString("p_document"), rs.getInt("p_ordinal"),
                rs.getInt("p_paragraph"), rs.getInt("p_start"), rs.getInt("p_end"), rs.getString("p_text"),
                rs.getString("p_context"), rs.getInt("p_page"), rs.getInt("p_page_paragraph"));
        return new StoredPassage(rs.getLong("p_rowid"), passage, metadata(rs));
    }

    static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(metadata(rs), rs.getString("content_hash"), rs.getInt("passage_count"));
    }

    private static DocumentMetadata metadata(ResultSet rs) throws SQLException {
        List<String> authors;
        try {
            authors = JSON.readValue(rs.getString("authors"), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            authors = List.of();
        }
        return new DocumentMetadata(rs.getString("id"), rs.getString("title"), authors, rs.getString("publisher"),
                rs.getString("outlet"), new PublicationDate(rs.getString("published"), rs.getString("published_label")),
                rs.getString("source_file"));
    }
}
