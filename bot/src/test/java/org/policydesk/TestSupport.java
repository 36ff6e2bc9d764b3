package org.policydesk;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.policydesk.config.Settings;

/** Shared fixtures: the real embedding model (loaded once per test JVM) and the repository's folders. */
public final class TestSupport {

    /** Loading the model takes about a second; it is stateless, so every test can share it. */
    public static final EmbeddingModel EMBEDDING_MODEL = new org.policydesk.app.MiniLmEmbeddingModel();
    public static final org.policydesk.text.Thesaurus THESAURUS = org.policydesk.text.WordNetThesaurus.loaded();

    private TestSupport() {}

    public static Path repoRoot() {
        return Path.of(System.getProperty("policydesk.repoRoot", "..")).toAbsolutePath().normalize();
    }

    /** A loopback port nothing listens on (free when asked; a test that binds it races no one it started). */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path knowledgeDir() {
        return repoRoot().resolve("knowledge");
    }

    /** The evaluation cases kept in the repository (copies of the shared sample, and held-out sets). */
    public static Path evalDir() {
        return repoRoot().resolve("eval");
    }

    /** The raw sources the knowledge folder was cleaned from, kept as test data. */
    public static Path rawSourcesDir() {
        return repoRoot().resolve("bot/src/test/resources/sources");
    }

    /** A copy of the project's knowledge folder that a test may change. */
    public static Path copyOfKnowledge(Path into) {
        try {
            Path target = Files.createDirectories(into.resolve("knowledge"));
            try (Stream<Path> files = Files.list(knowledgeDir())) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Settings settings(Path knowledge, Path db) {
        return Settings.of(knowledge, db);
    }

    /** Builds a desk on the real embedding model, with its knowledge base loaded. */
    public static org.policydesk.app.PolicyDesk desk(Settings settings) {
        org.policydesk.app.PolicyDesk desk = org.policydesk.app.PolicyDesk.start(settings, EMBEDDING_MODEL, THESAURUS);
        try {
            desk.refreshIfStale();
        } catch (IOException e) {
            desk.close();
            throw new UncheckedIOException(e);
        }
        return desk;
    }

    /**
     * A deterministic stand-in for the neural model, for tests of logic on hand-made text: each
     * content stem hashed to a dimension, so texts sharing stems are close and others orthogonal.
     */
    public static final class BagOfStems implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> {
                float[] v = new float[384];
                for (String stem : org.policydesk.text.Terms.indexStems(s.text())) {
                    // Three buckets a stem, so that two words rarely share them all: one shared bucket is no synonym.
                    for (String salt : List.of("", "#", "##")) {
                        v[Math.floorMod((stem + salt).hashCode(), 383)] += 1;
                    }
                }
                v[383] += 0.1f;
                return Embedding.from(v);
            }).toList());
        }

        @Override
        public int dimension() {
            return 384;
        }
    }

    /** The real model, counting the texts it embeds and failing on demand. */
    public static class CountingModel implements EmbeddingModel {
        public final AtomicInteger embedded = new AtomicInteger();
        public volatile String failOn;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (failOn != null && segments.stream().anyMatch(s -> s.text().contains(failOn))) {
                throw new IllegalStateException("embedding failed on purpose");
            }
            embedded.addAndGet(segments.size());
            return EMBEDDING_MODEL.embedAll(segments);
        }

        @Override
        public int dimension() {
            return 384;
        }
    }

    /** An /ask request, as every front end makes one. */
    public static org.policydesk.bot.CommandRequest asking(String question) {
        return org.policydesk.bot.CommandRequest.of(org.policydesk.bot.Command.ASK, "question", question);
    }
}
