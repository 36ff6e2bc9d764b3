package org.policydesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

/** The conversation log keeps its own tables in the store's file, beside the knowledge base's. */
class InteractionLogIT {

    @TempDir
    Path dir;

    @Test
    void theLogCreatesItsTablesInANewStoreAndRecordsAnswersAndVotes() throws Exception {
        Path db = dir.resolve("kb.db");
        try (KnowledgeStore store = SqliteKnowledgeStore.open(db, 384, 1)) {
            assertThat(tables(db)).as("the knowledge store makes none of the log's tables").doesNotContain("answers", "feedback");
            try (InteractionLog log = new SqliteInteractionLog(db, true)) {
                String id = log.record(new Caller("u1", "user", false, "c1"),
                        new Answer("What is the Abe Plan?", true, "Investments [1]", AnswerMode.EXTRACTIVE, List.of(), "", 1));
                assertThat(log.vote(id, "u1", 1)).isTrue();
                assertThat(log.voteCounts()).containsExactly(1, 0);
                assertThat(log.recentTurns("c1", 3)).singleElement().satisfies(t -> assertThat(t.question()).isEqualTo("What is the Abe Plan?"));
            }
            try (InteractionLog again = new SqliteInteractionLog(db, true)) {
                assertThat(again.voteCounts()).as("opened again, nothing is lost").containsExactly(1, 0);
            }
        }
    }

    @Test
    void aReadOnlyStoreThatNoLogWroteToHasNoVotesAndNoHistory() throws Exception {
        Path db = dir.resolve("kb.db");
        SqliteKnowledgeStore.open(db, 384, 1).close();
        try (InteractionLog log = new SqliteInteractionLog(db, false)) {
            assertThat(log.voteCounts()).containsExactly(0, 0);
            assertThat(log.recentTurns("c1", 3)).isEmpty();
        }
        assertThat(tables(db)).doesNotContain("answers");
    }

    private static List<String> tables(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
