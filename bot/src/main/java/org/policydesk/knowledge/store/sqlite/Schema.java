package org.policydesk.knowledge.store.sqlite;

import java.util.List;

/** The store's schema as a list of migrations; the version recorded in the store is how many have run. */
final class Schema {

    /** Marks a SQLite file as ours ("PDsk"), so a foreign database is told apart from an old store. */
    static final int APPLICATION_ID = 0x5044736b;

    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    """
                    CREATE TABLE documents (
                        id TEXT PRIMARY KEY,
                        title TEXT NOT NULL,
                        authors TEXT NOT NULL,
                        publisher TEXT NOT NULL,
                        outlet TEXT NOT NULL,
                        published TEXT NOT NULL,
                        published_label TEXT NOT NULL,
                        source_file TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        passage_count INTEGER NOT NULL,
                        ingested_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE passages (
                        rowid INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        paragraph INTEGER NOT NULL,
                        start_char INTEGER NOT NULL,
                        end_char INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        context TEXT NOT NULL,
                        embedding BLOB NOT NULL)""",
                    "CREATE INDEX passages_by_document ON passages(document_id, ordinal)",
                    """
                    CREATE VIRTUAL TABLE passages_fts USING fts5(
                        text, context, content='passages', content_rowid='rowid',
                        tokenize='porter unicode61 remove_diacritics 2')""",
                    "CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row')",
                    """
                    CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
                        INSERT INTO passages_fts(rowid, text, context) VALUES (new.rowid, new.text, new.context);
                    END""",
                    """
                    CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
                        INSERT INTO passages_fts(passages_fts, rowid, text, context) VALUES ('delete', old.rowid, old.text, old.context);
                    END"""),
            // Once the conversation log's tables; the log (SqliteInteractionLog) now creates its own. Kept, empty,
            // because a store records how many migrations it has run.
            List.of(),
            // Each passage's sentence embeddings (int8), so answering needs no model call but the question's.
            List.of("ALTER TABLE passages ADD COLUMN sentence_vectors BLOB"),
            // The embedding of each word of the documents (int8), to relate a question's other words to them.
            List.of("CREATE TABLE word_vectors (word TEXT PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID"),
            // The page a passage's paragraph starts on, and its number there, for paged documents (PDFs).
            List.of("ALTER TABLE passages ADD COLUMN page INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE passages ADD COLUMN page_paragraph INTEGER NOT NULL DEFAULT 0"));

    static final int VERSION = MIGRATIONS.size();

    private Schema() {}
}
