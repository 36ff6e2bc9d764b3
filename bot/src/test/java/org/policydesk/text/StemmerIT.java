package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;

class StemmerIT {

    @TempDir
    Path dir;

    @Test
    void javaStemsAreTheStemsTheFts5IndexHolds() throws Exception {
        try (KnowledgeStore store = SqliteKnowledgeStore.open(dir.resolve("kb.db"), 384, 1)) {
            new KnowledgeBase(new KnowledgeFolder(TestSupport.knowledgeDir(), new DocumentParser(1_000_000)), store,
                    TestSupport.EMBEDDING_MODEL, new PassageSplitter(1200)).reload();
            Set<String> stems = new TreeSet<>();
            for (String id : List.of("ewi-2016", "benedyczak-2018")) {
                for (StoredPassage p : store.<List<StoredPassage>>read(s -> s.passagesOf(id))) {
                    stems.addAll(Terms.allStems(p.passage().text()));
                }
            }
            Map<String, Integer> df = store.read(s -> s.documentFrequencies(stems));
            List<String> unknown = new ArrayList<>();
            df.forEach((stem, count) -> {
                if (count == 0) {
                    unknown.add(stem);
                }
            });
            assertThat(stems).hasSizeGreaterThan(500);
            assertThat(unknown).as("stems the index does not know").isEmpty();
        }
    }

    @Test
    void relatedFormsShareAStem() {
        assertThat(Stemmer.stem("extraction")).isEqualTo(Stemmer.stem("extracting"));
        assertThat(Stemmer.stem("sanctions")).isEqualTo(Stemmer.stem("sanctioned"));
        assertThat(Terms.indexStems("What about the Su-35 jets?")).containsExactly("su", "35", "jet");
    }
}
