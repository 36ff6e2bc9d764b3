package org.policydesk.bot;

import java.io.IOException;
import java.util.List;
import org.policydesk.knowledge.Catalog;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.ingestion.DocumentRejectedException;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.RejectedDocument;
import org.policydesk.knowledge.ingestion.ReloadReport;
import org.policydesk.instances.KnowledgeSync;
import org.policydesk.summaries.DocumentResolver;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.Shortened;
import org.policydesk.text.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' commands that change the knowledge base: reload, upload and remove. Each answers
 * with the reload's report; a refusal says why and that nothing changed, a failure that the
 * previous knowledge base and folder stay as they were. A change that took is announced to the
 * other instances, which reload their own replicas.
 */
final class KnowledgeCommands {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeCommands.class);

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeSync sync;
    private final int maxInputChars;

    KnowledgeCommands(KnowledgeBase knowledgeBase, KnowledgeSync sync, int maxInputChars) {
        this.knowledgeBase = knowledgeBase;
        this.sync = sync;
        this.maxInputChars = maxInputChars;
    }

    /** A change to the knowledge base, with the title of its report. */
    private interface Change {
        Titled apply() throws IOException, DocumentRejectedException;
    }

    private record Titled(String title, ReloadReport report) {}

    Reply reload(Caller caller) {
        return changing(caller, "reload", "The reload failed", () -> new Titled("Knowledge base reloaded", knowledgeBase.reload()));
    }

    /**
     * Adds the attached document: its name and claimed size are checked before it is fetched (with
     * the limit of its type), its content before anything is written.
     */
    Reply upload(Caller caller, Upload file) {
        if (file == null) {
            return Reply.text(Reply.Kind.INVALID, "Cannot do that", "Attach the document to add: a .pdf, .html, .md or .txt file.", true);
        }
        String name = Shortened.toLength(file.fileName(), 120);
        return changing(caller, "upload", "The upload failed", () -> {
            long limit = knowledgeBase.uploadLimit(file.fileName());
            if (file.size() > limit) {
                throw new DocumentRejectedException("file is too large (" + file.size() + " bytes; the limit is " + limit + ")");
            }
            return new Titled("Document added: " + name, knowledgeBase.add(file.fileName(), file.fetch().bytes(limit)));
        });
    }

    Reply remove(Caller caller, String documentName) {
        String named;
        List<DocumentMetadata> documents = knowledgeBase.catalog().documents().stream().map(Catalog.Entry::metadata).toList();
        DocumentMetadata document;
        try {
            named = UserInput.clean(documentName, "document name", maxInputChars);
            document = DocumentResolver.resolve(named, documents).orElseThrow(() -> new InvalidInputException("No document matches “"
                    + Shortened.toLength(named, 120) + "”. The documents are: " + DocumentResolver.listing(documents) + "."));
        } catch (InvalidInputException e) {
            return Reply.text(Reply.Kind.INVALID, "Cannot do that", e.getMessage(), true);
        }
        return changing(caller, "remove", "Removing failed", () -> new Titled("Document removed: " + Shortened.toLength(document.title(), 180),
                knowledgeBase.remove(document.id())));
    }

    private Reply changing(Caller caller, String command, String failed, Change change) {
        try {
            Titled done = change.apply();
            String body = body(done.report());
            log.info("{} by {}: {}", command, caller.userId(), body.lines().findFirst().orElse(""));
            sync.announce(command + ": " + body.lines().findFirst().orElse(""));
            return Reply.text(Reply.Kind.RELOAD, done.title(), body, false);
        } catch (DocumentRejectedException e) {
            return Reply.text(Reply.Kind.INVALID, "Nothing changed", "Nothing changed: " + Shortened.toLength(e.getMessage(), 500)
                    + ". The knowledge base and its folder are as they were.", true);
        } catch (IOException | RuntimeException e) {
            log.warn("{} by {} failed: {}", command, caller.userId(), e.getClass().getSimpleName());
            return Reply.text(Reply.Kind.FAILED, failed, failed + " (" + safeMessage(e)
                    + "). The previous knowledge base stays in service, and its folder is as it was.", true);
        }
    }

    /** The report as admins read it: the counts, then what was added, changed, removed, rejected and ignored. */
    private static String body(ReloadReport r) {
        StringBuilder body = new StringBuilder(r.counts() + ".");
        list(body, "Added", r.added());
        list(body, "Changed", r.changed());
        list(body, "Removed", r.removed());
        for (RejectedDocument rejected : r.rejected()) {
            body.append("\nRejected ").append(rejected.file()).append(": ").append(rejected.reason());
        }
        for (RejectedDocument ignored : r.ignored()) {
            body.append("\nIgnored ").append(ignored.file()).append(": ").append(ignored.reason());
        }
        return body.toString();
    }

    private static void list(StringBuilder body, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            body.append("\n").append(what).append(": ").append(String.join(", ", ids));
        }
    }

    static String safeMessage(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : Shortened.toLength(message.lines().findFirst().orElse(""), 300);
    }
}
