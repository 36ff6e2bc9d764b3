package org.policydesk.knowledge.ingestion;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.policydesk.knowledge.Catalog;
import org.policydesk.knowledge.Document;
import org.policydesk.knowledge.Passage;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.knowledge.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store in step with the knowledge folder. A reload parses and embeds outside any
 * transaction, then swaps the changed documents in one write transaction, so readers see the old
 * knowledge base until the new one is complete, and a failure leaves the old one in service.
 */
public final class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
    private static final String SIGNATURE = "folder_signature";

    private final KnowledgeFolder folder;
    private final KnowledgeStore store;
    private final PassageEmbedder embedder;
    private final PassageSplitter splitter;
    private final ReentrantLock reloading = new ReentrantLock();

    public KnowledgeBase(KnowledgeFolder folder, KnowledgeStore store, EmbeddingModel embeddingModel, PassageSplitter splitter) {
        this.folder = folder;
        this.store = store;
        this.embedder = new PassageEmbedder(embeddingModel);
        this.splitter = splitter;
    }

    /** The documents held and the time of the last reload, from one snapshot. */
    public Catalog catalog() {
        return store.read(s -> new Catalog(s.documents().stream()
                .map(d -> new Catalog.Entry(d.metadata(), d.passageCount())).toList(), s.meta("last_reload")));
    }

    public KnowledgeStore store() {
        return store;
    }

    /** True when the folder changed since the last reload, or the store was never built. */
    public boolean isStale() throws IOException {
        String current = folder.signature();
        return !store.read(s -> s.meta(SIGNATURE).filter(current::equals).isPresent() && s.damagedDocuments().isEmpty());
    }

    /**
     * Reloads only when the folder changed since the last reload. A folder that has gone missing
     * does not stop a built knowledge base from serving: it is said once, and the store serves on.
     */
    public ReloadReport refreshIfStale() throws IOException {
        return refreshIfStale(ReloadProgress.SILENT);
    }

    /** As {@link #refreshIfStale()}, telling {@code progress} what a reload it runs is doing. */
    public ReloadReport refreshIfStale(ReloadProgress progress) throws IOException {
        if (!java.nio.file.Files.isDirectory(folder.path()) && store.read(s -> s.passageCount()) > 0) {
            return servedAsIs("The knowledge folder " + folder.path() + " is missing.");
        }
        if (!isStale()) {
            return null;
        }
        if (!store.writable()) {
            return servedAsIs("The knowledge folder changed, but the store " + store.file() + " is read-only.");
        }
        if (!reloading.tryLock()) {
            // A reload here is running or waiting its turn, and will bring the store up to date: serve it meanwhile.
            return null;
        }
        try {
            // So will one in another process.
            Optional<ReloadLock> lock = ReloadLock.tryAcquire(store.file());
            if (lock.isEmpty()) {
                return null;
            }
            try (ReloadLock held = lock.get()) {
                return isStale() ? reloadLocked(false, progress) : null;
            } catch (EmptyFolderException e) {
                if (store.read(s -> s.passageCount()) == 0) {
                    throw e;
                }
                return servedAsIs(e.getMessage());
            }
        } finally {
            reloading.unlock();
        }
    }

    /** Why refreshes served the store as it is, each said once in the log, not at every command. */
    private final Set<String> saidWhy = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ReloadReport servedAsIs(String why) {
        if (saidWhy.add(why)) {
            log.warn("{} Serving the knowledge base last loaded.", why);
        }
        return null;
    }

    /** Re-ingests the folder; one reload of the store runs at a time, in this process and across processes. */
    public ReloadReport reload() throws IOException {
        return reload(false);
    }

    /**
     * @param allowEmpty whether a folder with no documents at all may empty the knowledge base; without it, such a
     *                   folder (a wrong --knowledge, a mount not there yet) is refused and the store stays as it is
     */
    public ReloadReport reload(boolean allowEmpty) throws IOException {
        return reload(allowEmpty, ReloadProgress.SILENT);
    }

    /** @param progress told what the reload is doing as it goes */
    public ReloadReport reload(boolean allowEmpty, ReloadProgress progress) throws IOException {
        reloading.lock();
        try (ReloadLock held = ReloadLock.acquire(store.file())) {
            return reloadLocked(allowEmpty, progress);
        } finally {
            reloading.unlock();
        }
    }

    /**
     * The most bytes a file of this name may have, to be checked before it is fetched.
     *
     * @throws DocumentRejectedException when the name is not a document's
     */
    public long uploadLimit(String requestedName) throws DocumentRejectedException {
        return folder.maxBytes(KnowledgeFolder.safeName(requestedName));
    }

    /**
     * Adds a document file (or replaces the one of that name) and reloads. The file is checked
     * before anything is written: its name made safe, its type, its size, its content (it must
     * parse), and its id (one another file holds is refused). It is written whole (to a hidden
     * file, then moved into place), and if the reload does not take it, the folder is put back as
     * it was and the knowledge base reloaded from it.
     *
     * @return the reload's report
     * @throws DocumentRejectedException with the reason, when the file is refused; nothing was changed
     */
    public ReloadReport add(String requestedName, byte[] bytes) throws IOException, DocumentRejectedException {
        String name = KnowledgeFolder.safeName(requestedName);
        Document document = folder.check(name, bytes);
        reloading.lock();
        try (ReloadLock held = ReloadLock.acquire(store.file())) {
            requireWritable();
            for (StoredDocument stored : store.read(s -> s.documents())) {
                if (stored.metadata().id().equals(document.id()) && !stored.metadata().sourceFile().equals(name)) {
                    throw new DocumentRejectedException("its id “" + document.id() + "” is that of " + stored.metadata().sourceFile()
                            + "; remove that document first, or upload the file as " + stored.metadata().sourceFile() + " to replace it");
                }
            }
            KnowledgeFolder.Change change = folder.write(name, bytes);
            ReloadReport report;
            try {
                report = reloadLocked(false, ReloadProgress.SILENT);
            } catch (IOException | RuntimeException e) {
                change.undo();
                throw e;
            }
            java.util.Optional<RejectedDocument> refused = report.rejected().stream().filter(r -> r.file().equals(name)).findFirst();
            if (refused.isPresent()) {
                change.undo();
                reloadLocked(true, ReloadProgress.SILENT);
                throw new DocumentRejectedException(refused.get().reason());
            }
            change.commit();
            return report;
        } finally {
            reloading.unlock();
        }
    }

    /**
     * Takes a document out of the folder (its file and any metadata file beside it) and reloads;
     * if the reload fails, the files are put back.
     *
     * @throws DocumentRejectedException when no document has that id
     */
    public ReloadReport remove(String documentId) throws IOException, DocumentRejectedException {
        reloading.lock();
        try (ReloadLock held = ReloadLock.acquire(store.file())) {
            requireWritable();
            StoredDocument document = store.read(s -> s.documents()).stream().filter(d -> d.metadata().id().equals(documentId))
                    .findFirst().orElseThrow(() -> new DocumentRejectedException("no document has the id “" + documentId + "”"));
            KnowledgeFolder.Change change = folder.remove(document.metadata().sourceFile());
            ReloadReport report;
            try {
                report = reloadLocked(false, ReloadProgress.SILENT);
            } catch (EmptyFolderException e) {
                change.undo();
                throw new DocumentRejectedException("it is the only document: the knowledge base would be empty");
            } catch (IOException | RuntimeException e) {
                change.undo();
                throw e;
            }
            change.commit();
            return report;
        } finally {
            reloading.unlock();
        }
    }

    private void requireWritable() {
        if (!store.writable()) {
            throw new StoreException("the store " + store.file() + " is read-only (this process cannot write the file); "
                    + "make it writable to reload or change the knowledge base");
        }
    }

    /** A knowledge folder that holds no documents, and a reload that was not told this is meant. */
    public static final class EmptyFolderException extends IOException {
        EmptyFolderException(String message) {
            super(message);
        }
    }

    private ReloadReport reloadLocked(boolean allowEmpty, ReloadProgress progress) throws IOException {
        requireWritable();
        long started = System.nanoTime();
        FolderScan scan = folder.scan();
        if (!allowEmpty && scan.documents().isEmpty() && scan.rejected().isEmpty()) {
            throw new EmptyFolderException("the knowledge folder " + folder.path() + " holds no documents (.md, .markdown or .txt "
                    + "files); check --knowledge (POLICYBOT_KNOWLEDGE). To empty the knowledge base on purpose, run "
                    + "`reload --allow-empty`.");
        }
        Map<String, StoredDocument> stored = new HashMap<>();
        store.read(s -> s.documents()).forEach(d -> stored.put(d.metadata().id(), d));

        // A file that loaded before and is broken now keeps its last good version in service.
        Set<String> keptIds = new HashSet<>();
        List<RejectedDocument> rejected = new ArrayList<>();
        for (RejectedDocument r : scan.rejected()) {
            String kept = stored.values().stream()
                    .filter(d -> d.metadata().sourceFile().equals(r.file()))
                    .map(d -> d.metadata().id()).findFirst().orElse(null);
            if (kept != null) {
                keptIds.add(kept);
                rejected.add(new RejectedDocument(r.file(), r.reason() + " (its last good version stays in service)"));
            } else {
                rejected.add(r);
            }
        }

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Document> toWrite = new ArrayList<>();
        Map<String, String> moved = new HashMap<>();
        Set<String> damaged = store.read(s -> s.damagedDocuments());
        Set<String> present = new HashSet<>(keptIds);
        Set<String> filesInFolder = new HashSet<>();
        scan.documents().forEach(d -> filesInFolder.add(d.metadata().sourceFile()));
        scan.rejected().forEach(r -> filesInFolder.add(r.file()));
        for (Document document : withoutDuplicateIds(scan.documents(), stored, rejected)) {
            StoredDocument before = stored.get(document.id());
            String file = document.metadata().sourceFile();
            if (before != null && !before.metadata().sourceFile().equals(file) && filesInFolder.contains(before.metadata().sourceFile())) {
                // A document's id belongs to the file that holds it while that file is there, loadable or not:
                // a newcomer claiming it is refused, so it can never replace the document in service.
                rejected.add(new RejectedDocument(file, "its id '" + document.id() + "' belongs to "
                        + before.metadata().sourceFile()));
                continue;
            }
            present.add(document.id());
            if (before == null) {
                added.add(document.id());
                toWrite.add(document);
            } else if (!before.contentHash().equals(document.contentHash()) || damaged.contains(document.id())) {
                // Changed, or a stored embedding of it is damaged: embedded again either way.
                changed.add(document.id());
                toWrite.add(document);
            } else {
                unchanged.add(document.id());
                if (!before.metadata().sourceFile().equals(file)) {
                    // Renamed: the document now lives in its new file, so a later break there keeps it in service.
                    moved.put(document.id(), file);
                }
            }
        }
        List<String> removed = stored.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();

        Map<String, List<Passage>> passagesById = new HashMap<>();
        Map<String, PassageEmbedder.Embedded> embeddingsById = new HashMap<>();
        List<String> newTexts = new ArrayList<>();
        for (Document document : toWrite) {
            passagesById.put(document.id(), splitter.split(document));
        }
        int total = passagesById.values().stream().mapToInt(List::size).sum();
        int done = 0;
        for (Document document : toWrite) {
            List<Passage> passages = passagesById.get(document.id());
            progress.update("embedding passages", done, total);
            embeddingsById.put(document.id(), embedder.embed(document.metadata(), passages));
            done += passages.size();
            passages.forEach(p -> newTexts.add(p.text()));
        }
        if (total > 0) {
            progress.update("embedding passages", total, total);
        }
        progress.update("embedding words", 0, 0);
        Map<String, float[]> wordVectors = embedder.embedWords(store.read(s -> {
            Set<String> words = PassageEmbedder.vocabulary(newTexts);
            if (!s.hasWordVectors()) {
                // A store from before word embeddings were kept: embed the words of what it holds too.
                s.forEachPassage((p, v) -> words.addAll(PassageEmbedder.vocabulary(List.of(p.passage().text()))));
            }
            return s.wordsWithoutVectors(words);
        }));

        progress.update("writing the store", 0, 0);
        store.write(writer -> {
            for (String id : removed) {
                writer.deleteDocument(id);
            }
            for (Document document : toWrite) {
                writer.deleteDocument(document.id());
                PassageEmbedder.Embedded embedded = embeddingsById.get(document.id());
                writer.insertDocument(document, passagesById.get(document.id()), embedded.passageVectors(),
                        embedded.sentenceVectors());
            }
            moved.forEach(writer::moveDocument);
            writer.putWordVectors(wordVectors);
            writer.putMeta(SIGNATURE, scan.signature());
            writer.putMeta("last_reload", java.time.Instant.now().toString());
            return null;
        });
        progress.update("committed", 0, 0);
        long[] totals = store.read(s -> new long[] {s.documents().size(), s.passageCount(), s.generation()});
        ReloadReport report = new ReloadReport(List.copyOf(added), List.copyOf(changed), removed, List.copyOf(unchanged),
                List.copyOf(rejected), scan.ignored(), (int) totals[0], (int) totals[1], totals[2], Math.round((System.nanoTime() - started) / 1e6) / 1e3);
        log.info("reload: {} added, {} changed, {} removed, {} unchanged, {} rejected; {} passages in {} s",
                added.size(), changed.size(), removed.size(), unchanged.size(), rejected.size(), totals[1],
                String.format(java.util.Locale.ROOT, "%.2f", report.seconds()));
        return report;
    }

    /**
     * One document per id: the file already in service keeps its id, otherwise the first file by
     * name; the others are rejected, so a new file can never displace a document silently.
     */
    private static List<Document> withoutDuplicateIds(List<Document> documents, Map<String, StoredDocument> stored,
            List<RejectedDocument> rejected) {
        Map<String, Document> chosen = new java.util.LinkedHashMap<>();
        for (Document document : documents) {
            Document other = chosen.get(document.id());
            if (other == null) {
                chosen.put(document.id(), document);
                continue;
            }
            StoredDocument before = stored.get(document.id());
            boolean newcomerServes = before != null && before.metadata().sourceFile().equals(document.metadata().sourceFile());
            Document loser = newcomerServes ? other : document;
            Document winner = newcomerServes ? document : other;
            chosen.put(document.id(), winner);
            rejected.add(new RejectedDocument(loser.metadata().sourceFile(),
                    "its id '" + document.id() + "' is already used by " + winner.metadata().sourceFile()));
        }
        return List.copyOf(chosen.values());
    }

}
