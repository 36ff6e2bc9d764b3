package org.policydesk.knowledge.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The name an uploaded file is stored under: never outside the folder, never hidden, always a document's type. */
class SafeNameTest {

    @Test
    void aNameIsItsLastPathPartInSafeCharactersWithItsExtension() throws Exception {
        assertThat(KnowledgeFolder.safeName("../../etc/passwd.md")).isEqualTo("passwd.md");
        assertThat(KnowledgeFolder.safeName("C:\\Users\\me\\Report (Final) 2024.PDF")).isEqualTo("report-final-2024.pdf");
        assertThat(KnowledgeFolder.safeName(".hidden.md")).isEqualTo("hidden.md");
        assertThat(KnowledgeFolder.safeName("Résumé de la politique.html")).isEqualTo("resume-de-la-politique.html");
        assertThat(KnowledgeFolder.safeName("日本.md")).isEqualTo("document.md");
        assertThat(KnowledgeFolder.safeName("x".repeat(300) + ".txt")).hasSize(KnowledgeFolder.MAX_NAME).endsWith(".txt");
    }

    @Test
    void aFileThatIsNoDocumentIsRefused() {
        for (String name : new String[] {"setup.exe", "notes.pdf.yaml", "report", "", null}) {
            assertThatThrownBy(() -> KnowledgeFolder.safeName(name)).as(String.valueOf(name))
                    .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("unsupported file type");
        }
    }
}
