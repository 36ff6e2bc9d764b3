package org.policydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policydesk.TestSupport;
import org.policydesk.knowledge.store.Vectors;

/** The one-thread session gives the same vectors as LangChain4j's own class for the same model. */
class MiniLmEmbeddingModelIT {

    @Test
    void embedsAsLangChain4jsOwnModelDoes() {
        EmbeddingModel ours = TestSupport.EMBEDDING_MODEL;
        EmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<TextSegment> texts = List.of(TextSegment.from("How many soldiers are on Iturup?"),
                TextSegment.from("There is a base with about 3,500 Russian soldiers and Su-35 fighter jets stationed there."),
                TextSegment.from("first"));
        var a = ours.embedAll(texts).content();
        var b = theirs.embedAll(texts).content();
        assertThat(ours.dimension()).isEqualTo(384);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(a.get(i).vector()).hasSize(384);
            assertThat(Vectors.dot(Vectors.normalized(a.get(i).vector()), Vectors.normalized(b.get(i).vector())))
                    .as(texts.get(i).text()).isGreaterThan(0.9999);
        }
        assertThat(Vectors.dot(Vectors.normalized(a.get(0).vector()), Vectors.normalized(a.get(2).vector())))
                .as("different texts, different vectors").isLessThan(0.9);
    }
}
