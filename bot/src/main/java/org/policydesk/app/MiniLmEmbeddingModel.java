package org.policydesk.app;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantized), the model and tokenizer LangChain4j ships in its jar, run in an ONNX
 * Runtime session of one thread per call. LangChain4j's own class runs each call on every core,
 * and the runtime's worker threads then spin, waiting for the next call: on 2 cores that takes the
 * core the rest of an answer (keyword search, sentence scoring) needs, so a warm answer took about
 * 9 ms instead of about 6.5. Batches (ingestion) are still spread over the cores, one text per
 * thread, by LangChain4j's executor.
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {

    static final int DIMENSIONS = 384;

    private final OnnxBertBiEncoder model;

    public MiniLmEmbeddingModel() {
        super(null);
        try (InputStream onnx = resource("all-minilm-l6-v2-q.onnx");
                InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json");
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            this.model = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model did not load: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return model;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSIONS;
    }
}
