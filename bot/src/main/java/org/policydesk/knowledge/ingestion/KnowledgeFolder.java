package org.policydesk.knowledge.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.policydesk.knowledge.Document;
import org.policydesk.text.Shortened;

/**
 * The folder admins keep documents in: Markdown or plain-text files, each optionally with front
 * matter; PDFs and web pages, each optionally with a sidecar file of metadata ("report.pdf.yaml").
 */
public final class KnowledgeFolder {

    private final Path folder;
    private final DocumentParser parser;

    public KnowledgeFolder(Path folder, DocumentParser parser) {
        this.folder = folder;
        this.parser = parser;
    }

    public Path path() {
        return folder;
    }

    /**
     * Reads and parses every document file. Fails only when the folder itself cannot be read.
     * Documents may share an id here; the knowledge base decides which one serves.
     */
    public FolderScan scan() throws IOException {
        return scan(listing(), ignored());
    }

    /**
     * The scan of files as listed; one deleted since the listing is not there, so neither loaded nor
     * rejected. The signature is taken before any file is read: a file changed while the scan reads
     * the others makes the folder differ from it, so the next refresh reloads.
     */
    FolderScan scan(List<Path> files, List<RejectedDocument> ignored) throws IOException {
        String signature = signature(files);
        List<Document> documents = new ArrayList<>();
        List<RejectedDocument> rejected = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String sidecarFor = sidecarFor(name, names);
                if (sidecarFor != null) {
                    // Read with the document it describes.
                    continue;
                }
                String problem = problem(file, name, parser.maxBytes(name));
                if (problem != null) {
                    rejected.add(new RejectedDocument(name, problem));
                    continue;
                }
                byte[] sidecar = null;
                String sidecarName = DocumentParser.sidecarOf(name);
                if (names.contains(sidecarName) && DocumentParser.Format.of(name).filter(f -> f != DocumentParser.Format.TEXT).isPresent()) {
                    Path sidecarFile = folder.resolve(sidecarName);
                    String sidecarProblem = problem(sidecarFile, sidecarName, parser.maxBytes());
                    if (sidecarProblem != null && !sidecarProblem.startsWith(UNSUPPORTED)) {
                        rejected.add(new RejectedDocument(name, "its metadata file " + sidecarName + ": " + sidecarProblem));
                        continue;
                    }
                    sidecar = Files.readAllBytes(sidecarFile);
                }
                documents.add(parser.parse(name, Files.readAllBytes(file), sidecar));
            } catch (NoSuchFileException e) {
                // Deleted after the folder was listed: it is simply not there, so it is removed, not rejected.
                continue;
            } catch (DocumentRejectedException e) {
                rejected.add(new RejectedDocument(name, e.getMessage()));
            } catch (IOException e) {
                rejected.add(new RejectedDocument(name, "unreadable: " + e.getMessage()));
            }
        }
        return new FolderScan(documents, rejected, ignored, signature);
    }

    /** Longest file name an upload is stored under. */
    static final int MAX_NAME = 100;

    /**
     * A file name safe to store in the folder, from the one an upload came with: its last path
     * part, in lower-case ASCII letters, digits, '.', '_' and '-', neither hidden nor a sidecar's,
     * keeping its extension.
     *
     * @throws DocumentRejectedException when its type is not a document's
     */
    static String safeName(String requested) throws DocumentRejectedException {
        String last = requested == null ? "" : requested.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String lower = Normalizer.normalize(last, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip();
        java.util.Optional<String> extension = DocumentParser.Format.extensionOf(lower);
        if (extension.isEmpty() || lower.endsWith(DocumentParser.SIDECAR_SUFFIX)) {
            throw new DocumentRejectedException(UNSUPPORTED + " (“" + Shortened.toLength(last, 80)
                    + "”); documents are " + DocumentParser.Format.listing() + " files");
        }
        String base = DocumentParser.slug(lower.substring(0, lower.length() - extension.get().length()));
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() + extension.get().length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME - extension.get().length());
        }
        return base + extension.get();
    }

    /** The largest file of this name's type the folder takes. */
    long maxBytes(String name) {
        return parser.maxBytes(name);
    }

    /** Checks an upload as a reload would read it, before anything is written (the parser checks its size first). */
    Document check(String name, byte[] bytes) throws DocumentRejectedException {
        return parser.parse(name, bytes);
    }

    /** A change to the folder that can be undone until it is committed. */
    interface Change {
        void undo() throws IOException;

        void commit() throws IOException;
    }

    /** Writes a file whole: to a hidden file first (which a scan ignores), then moved over the name. */
    Change write(String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        byte[] previous = Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllBytes(target) : null;
        Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Change() {
            @Override
            public void undo() throws IOException {
                if (previous == null) {
                    Files.deleteIfExists(target);
                } else {
                    write(name, previous).commit();
                }
            }

            @Override
            public void commit() {
                // The file is in place.
            }
        };
    }

    /** Moves a document's file (and its metadata file, if any) aside, hidden, so that it can be put back. */
    Change remove(String name) throws IOException {
        List<Path[]> moved = new ArrayList<>();
        for (String file : List.of(name, DocumentParser.sidecarOf(name))) {
            Path path = folder.resolve(file);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                Path aside = folder.resolve(".removed-" + System.nanoTime() + "-" + file);
                Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
                moved.add(new Path[] {path, aside});
            }
        }
        return new Change() {
            @Override
            public void undo() throws IOException {
                for (Path[] m : moved) {
                    Files.move(m[1], m[0], StandardCopyOption.ATOMIC_MOVE);
                }
            }

            @Override
            public void commit() throws IOException {
                for (Path[] m : moved) {
                    Files.deleteIfExists(m[1]);
                }
            }
        };
    }

    /** A cheap fingerprint of the listing (names, sizes, modification times), without reading files. */
    public String signature() throws IOException {
        return signature(listing());
    }

    private List<Path> listing() throws IOException {
        return entries().stream().filter(p -> ignoredBecause(p) == null).toList();
    }

    /** The hidden files and subfolders of the folder, which are not loaded, each with why. */
    private List<RejectedDocument> ignored() throws IOException {
        List<RejectedDocument> ignored = new ArrayList<>();
        for (Path entry : entries()) {
            String why = ignoredBecause(entry);
            String name = entry.getFileName().toString();
            if (name.startsWith(".upload-") || name.startsWith(".removed-")) {
                // This folder's own files in passing: an upload being written, a removed document until the reload commits.
                continue;
            }
            if (why != null) {
                ignored.add(new RejectedDocument(entry.getFileName().toString(), why));
            }
        }
        return ignored;
    }

    private static String ignoredBecause(Path entry) {
        if (entry.getFileName().toString().startsWith(".")) {
            return "hidden files are not loaded";
        }
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return "subfolders are not read; put documents at the top of the knowledge folder";
        }
        return null;
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("the knowledge folder " + folder + " does not exist or is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static String problem(Path file, String name, long maxBytes) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isSymbolicLink(file)) {
            return "symbolic links are not followed; copy the document into the folder";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        if (hardLinks(file) > 1) {
            // Another name for the same file may sit anywhere on the disk ("ln /etc/passwd knowledge/x.md").
            return "it is a hard link, which may be a file from outside the folder; copy the document into the folder";
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            // Checked before reading: a file of gigabytes must not be read to be refused.
            return "file is too large (" + size + " bytes; the limit is " + maxBytes + ")";
        }
        if (DocumentParser.Format.of(name).isEmpty()) {
            return UNSUPPORTED + "; documents are " + DocumentParser.Format.listing() + " files (a PDF or web page may have its "
                    + "metadata in a file named after it with " + DocumentParser.SIDECAR_SUFFIX + " added)";
        }
        return null;
    }

    private static final String UNSUPPORTED = "unsupported file type";

    /** The PDF or web page a file of metadata belongs to ("report.pdf.yaml" to "report.pdf"), if that is in the folder. */
    private static String sidecarFor(String name, java.util.Set<String> names) {
        if (!name.endsWith(DocumentParser.SIDECAR_SUFFIX)) {
            return null;
        }
        String document = name.substring(0, name.length() - DocumentParser.SIDECAR_SUFFIX.length());
        boolean described = names.contains(document)
                && DocumentParser.Format.of(document).filter(f -> f != DocumentParser.Format.TEXT).isPresent();
        return described ? document : null;
    }

    /** How many names the file has, where the file system says; 1 where it cannot. */
    private static int hardLinks(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    static String signature(List<Path> files) throws IOException {
        MessageDigest digest = Sha256.digest();
        digest.update(DocumentParser.PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            String entry = file.getFileName() + "\0" + attributes.size() + "\0" + attributes.lastModifiedTime().toMillis() + "\n";
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
