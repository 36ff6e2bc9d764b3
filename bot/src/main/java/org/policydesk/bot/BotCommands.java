package org.policydesk.bot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Answerer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Question;
import org.policydesk.answering.Turn;
import org.policydesk.knowledge.Catalog;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.RejectedDocument;
import org.policydesk.knowledge.ingestion.ReloadReport;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.retrieval.PassageRetriever;
import org.policydesk.retrieval.ScoredPassage;
import org.policydesk.summaries.DocumentResolver;
import org.policydesk.summaries.Summarizer;
import org.policydesk.summaries.Summary;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.Shortened;
import org.policydesk.text.UserInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's commands, for any front end: plain input in, a {@link Reply} out. Knows nothing of
 * Discord. Front ends call {@link #admit} first (fast: permission, rate limit, capacity), so they
 * can acknowledge at once, then the command itself.
 */
public final class BotCommands {

    private static final Logger log = LoggerFactory.getLogger(BotCommands.class);
    static final int MAX_CHOICES = 25;

    public enum Name {
        ASK(true), SUMMARY(true), SOURCES(true), RELOAD(false), ABOUT(false), HELP(false), FEEDBACK(false), PASSAGES(false);

        private final boolean costly;

        Name(boolean costly) {
            this.costly = costly;
        }
    }

    /** The outcome of {@link #admit}: a refusal to show, or a permit to close when the command is done. */
    public static final class Admission implements AutoCloseable {
        private final Reply refusal;
        private final Semaphore held;

        private Admission(Reply refusal, Semaphore held) {
            this.refusal = refusal;
            this.held = held;
        }

        public boolean admitted() {
            return refusal == null;
        }

        public Reply refusal() {
            return refusal;
        }

        @Override
        public void close() {
            if (held != null) {
                held.release();
            }
        }
    }

    private final KnowledgeBase knowledgeBase;
    private final PassageRetriever retriever;
    private final Answerer answerer;
    private final Summarizer summarizer;
    private final InteractionLog interactions;
    private final RateLimiter rateLimiter;
    private final Semaphore capacity;
    private final int historyTurns;
    private final int maxInputChars;
    private final int topK;
    private final AnswerMode answerMode;

    public BotCommands(KnowledgeBase knowledgeBase, PassageRetriever retriever, Answerer answerer, Summarizer summarizer,
            InteractionLog interactions, RateLimiter rateLimiter, int maxConcurrent, int historyTurns, int maxInputChars,
            int topK, AnswerMode answerMode) {
        this.knowledgeBase = knowledgeBase;
        this.retriever = retriever;
        this.answerer = answerer;
        this.summarizer = summarizer;
        this.interactions = interactions;
        this.rateLimiter = rateLimiter;
        this.capacity = new Semaphore(maxConcurrent);
        this.historyTurns = historyTurns;
        this.maxInputChars = maxInputChars;
        this.topK = topK;
        this.answerMode = answerMode;
    }

    public Admission admit(Caller caller, Name command) {
        return admit(caller, command, null);
    }

    /**
     * Admits a command, counting it against the caller's rate limit when it is costly. Input that
     * will be refused as empty or too long costs nothing (its clear message is the reply); the
     * console's one local user is never rate-limited.
     *
     * @param input the question, query or topic the command carries, or null when it carries none
     */
    public Admission admit(Caller caller, Name command, String input) {
        if (command == Name.RELOAD && !caller.admin()) {
            return new Admission(Reply.text(Reply.Kind.DENIED, "Not allowed",
                    "Only admins (Manage Server, or the configured admin role) can reload the knowledge base.", true), null);
        }
        if (!command.costly || input != null && !acceptable(input)) {
            return new Admission(null, null);
        }
        if (!caller.local() && !rateLimiter.tryAcquire(caller.userId())) {
            long seconds = Math.max(1, rateLimiter.retryAfter(caller.userId()).toSeconds());
            return new Admission(Reply.text(Reply.Kind.BUSY, "Slow down",
                    "You have asked a lot in a short time. Try again in " + seconds + " s.", true), null);
        }
        if (!capacity.tryAcquire()) {
            return new Admission(Reply.text(Reply.Kind.BUSY, "Busy",
                    "The bot is answering as many questions as it can right now. Try again in a moment.", true), null);
        }
        return new Admission(null, capacity);
    }

    private boolean acceptable(String input) {
        try {
            UserInput.clean(input, "input", maxInputChars);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    public Reply ask(Caller caller, String rawQuestion) {
        return guarded("ask", () -> {
            String question = UserInput.clean(rawQuestion, "question", maxInputChars);
            Answer answer = answerer.answer(new Question(question, recentTurns(caller)));
            String id = recorded(caller, answer);
            return new Reply(answer.answered() ? Reply.Kind.ANSWER : Reply.Kind.NOT_COVERED, Shortened.toLength(question, 200),
                    answer.text(), answer.citations(), id, answer.note(), false);
        });
    }

    /** The conversation so far; a store that cannot be read for it only costs the context of follow-ups. */
    private List<Turn> recentTurns(Caller caller) {
        try {
            return interactions.recentTurns(caller.conversationId(), historyTurns);
        } catch (StoreException e) {
            log.warn("the conversation could not be read, so the question is answered on its own: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * The id of the recorded answer, or null when it could not be recorded (a read-only store, a full
     * disk): the answer is given all the same, only without feedback buttons.
     */
    private String recorded(Caller caller, Answer answer) {
        try {
            return interactions.record(caller, answer);
        } catch (StoreException e) {
            log.warn("an answer was given but could not be recorded: {}", e.getMessage());
            return null;
        }
    }

    public Reply summary(Caller caller, String document, String topic) {
        return guarded("summary", () -> {
            boolean byDocument = document != null && !document.isBlank();
            if (!byDocument && (topic == null || topic.isBlank())) {
                throw new InvalidInputException("Name a document or a topic to summarize.");
            }
            Summary s = byDocument ? summarizer.ofDocument(UserInput.clean(document, "document name", maxInputChars))
                    : summarizer.ofTopic(UserInput.clean(topic, "topic", maxInputChars));
            String title = byDocument ? "Summary: " + s.target() : "Summary of the sources on “" + Shortened.toLength(s.target(), 180) + "”";
            return new Reply(s.covered() ? Reply.Kind.SUMMARY : Reply.Kind.NOT_COVERED, title, s.text(), s.citations(),
                    null, s.note(), false);
        });
    }

    public Reply sources(Caller caller, String rawQuery) {
        return guarded("sources", () -> {
            String query = UserInput.clean(rawQuery, "query", maxInputChars);
            List<ScoredPassage> found = retriever.retrieve(query, topK);
            List<Citation> citations = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (ScoredPassage p : found) {
                Citation c = Citation.of(citations.size() + 1, p.source());
                citations.add(c);
                body.append("[").append(c.n()).append("] ").append(c.reference()).append("\n");
            }
            if (found.isEmpty()) {
                body.append("No passages match.");
            }
            return new Reply(Reply.Kind.SOURCES, "Passages for “" + Shortened.toLength(query, 200) + "”", body.toString().strip(),
                    citations, null, "", false);
        });
    }

    public Reply reload(Caller caller) {
        if (!caller.admin()) {
            return admit(caller, Name.RELOAD).refusal();
        }
        try {
            ReloadReport r = knowledgeBase.reload();
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
            log.info("reload by {}: {}", caller.userId(), body.toString().lines().findFirst().orElse(""));
            return Reply.text(Reply.Kind.RELOAD, "Knowledge base reloaded", body.toString(), false);
        } catch (IOException | RuntimeException e) {
            log.warn("reload by {} failed: {}", caller.userId(), e.getClass().getSimpleName());
            return Reply.text(Reply.Kind.FAILED, "Reload failed",
                    "The reload failed (" + safeMessage(e) + "). The previous knowledge base stays in service.", true);
        }
    }

    public Reply about() {
        return guarded("about", () -> {
            Catalog catalog = knowledgeBase.catalog();
            StringBuilder body = new StringBuilder("Answers questions about Japan–Russia relations from these documents, "
                    + "citing the passages it uses:\n");
            for (Catalog.Entry d : catalog.documents()) {
                var m = d.metadata();
                body.append("• ").append(m.title()).append(" — ")
                        .append(m.authors().isEmpty() ? "" : String.join(", ", m.authors()) + ", ")
                        .append(m.published().label()).append(" (").append(d.passages()).append(" passages)\n");
            }
            String lastReload = catalog.lastReload().map(BotCommands::localTime).orElse("never");
            int[] votes = interactions.voteCounts();
            body.append(String.format(Locale.ROOT, "%n%d passages in all. Last reload: %s. Answer mode: %s. Feedback: %d 👍, %d 👎.",
                    catalog.passages(), lastReload, answerMode.wireName(), votes[0], votes[1]));
            return Reply.text(Reply.Kind.ABOUT, "About PolicyDesk", body.toString(), false);
        });
    }

    public Reply help() {
        return Reply.text(Reply.Kind.HELP, "PolicyDesk commands", """
                /ask question — an answer with citations [n] to the passages it uses, or a plain "the sources don't cover this"
                /summary document — a cited summary of one document; /summary topic — what all documents say on a topic
                /sources query — the passages that match, to read the evidence yourself
                /about — the documents, the last reload, the answer mode
                /reload — re-read the knowledge folder (admins)
                Mention the bot or write to it directly to ask; it answers in a thread, where follow-ups keep the context.""",
                true);
    }

    /** A recorded instant as a reader reads a time: to the second, in this machine's zone. */
    static String localTime(String isoInstant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT)
                    .withZone(java.time.ZoneId.systemDefault()).format(java.time.Instant.parse(isoInstant));
        } catch (java.time.format.DateTimeParseException e) {
            return isoInstant;
        }
    }

    public Reply vote(Caller caller, String answerId, int vote) {
        return guarded("vote", () -> {
            if (vote != 1 && vote != -1) {
                throw new InvalidInputException("A vote is 👍 or 👎.");
            }
            if (!interactions.vote(answerId, caller.userId(), vote)) {
                throw new InvalidInputException("That answer is no longer on record.");
            }
            return Reply.text(Reply.Kind.FEEDBACK, "Thanks", "Your " + (vote > 0 ? "👍" : "👎") + " is recorded.", true);
        });
    }

    public Reply passages(Caller caller, String answerId) {
        return guarded("passages", () -> {
            List<Citation> cited = interactions.citations(answerId)
                    .orElseThrow(() -> new InvalidInputException("That answer is no longer on record."));
            StringBuilder body = new StringBuilder();
            for (Citation c : cited) {
                body.append("[").append(c.n()).append("] ").append(c.reference()).append("\n").append(c.text()).append("\n\n");
            }
            return new Reply(Reply.Kind.SOURCES, "The cited passages", cited.isEmpty() ? "This answer cites no passage."
                    : body.toString().strip(), cited, null, "", true);
        });
    }

    /** Document names for autocompletion: those whose id or title contains what was typed, at most 25. */
    public List<String> documentChoices(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> titles = knowledgeBase.catalog().documents().stream()
                .map(Catalog.Entry::metadata)
                .filter(m -> wanted.isEmpty() || m.id().contains(wanted) || m.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || DocumentResolver.resolve(typed, List.of(m)).isPresent())
                .map(m -> Shortened.toLength(m.title(), 100))
                .limit(MAX_CHOICES)
                .toList();
        return titles;
    }

    private interface Handler {
        Reply handle() throws IOException;
    }

    /** Bad input becomes a private, plain message; any other failure a short one, without internals. */
    private Reply guarded(String command, Handler handler) {
        try {
            return handler.handle();
        } catch (InvalidInputException e) {
            return Reply.text(Reply.Kind.INVALID, "Cannot do that", e.getMessage(), true);
        } catch (IOException | RuntimeException e) {
            log.error("{} failed: {}", command, e.getClass().getName());
            return Reply.text(Reply.Kind.FAILED, "Something went wrong",
                    "Something went wrong on our side; nothing was lost. Please try again.", true);
        }
    }

    private static String safeMessage(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : Shortened.toLength(message.lines().findFirst().orElse(""), 300);
    }

    private static void list(StringBuilder body, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            body.append("\n").append(what).append(": ").append(String.join(", ", ids));
        }
    }
}
