package org.policydesk.bot;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.policydesk.answering.Answer;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Answerer;
import org.policydesk.answering.Citation;
import org.policydesk.answering.Question;
import org.policydesk.answering.Turn;
import org.policydesk.gaps.GapReport;
import org.policydesk.gaps.GapReportText;
import org.policydesk.gaps.GapReports;
import org.policydesk.instances.KnowledgeSync;
import org.policydesk.knowledge.Catalog;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
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
 * The bot's commands, for any front end: a {@link CommandRequest} in, a {@link Reply} out. Knows
 * nothing of Discord. A command runs only through {@link #admit} (fast: permission, rate limit,
 * capacity), so a front end can acknowledge at once and run it after, and none can skip the checks.
 */
public final class BotCommands {

    private static final Logger log = LoggerFactory.getLogger(BotCommands.class);
    static final int MAX_CHOICES = 25;

    /** The outcome of {@link #admit}: a refusal to show, or the admitted command to run once. */
    public final class Admission implements AutoCloseable {
        private final Caller caller;
        private final CommandRequest request;
        private final Reply refusal;
        private final AtomicReference<Semaphore> held;
        private final AtomicBoolean ran = new AtomicBoolean();

        private Admission(Caller caller, CommandRequest request, Reply refusal, Semaphore held) {
            this.caller = caller;
            this.request = request;
            this.refusal = refusal;
            this.held = new AtomicReference<>(held);
        }

        public boolean admitted() {
            return refusal == null;
        }

        public Reply refusal() {
            return refusal;
        }

        /** Runs the admitted command, once, and frees its slot; a refused one gives its refusal. */
        public Reply run() {
            if (refusal != null) {
                return refusal;
            }
            if (!ran.compareAndSet(false, true)) {
                throw new IllegalStateException("an admitted command runs once");
            }
            try {
                return dispatch(caller, request);
            } finally {
                close();
            }
        }

        /** Frees the slot of a command that will not run after all (its acknowledgement failed, say). */
        @Override
        public void close() {
            Semaphore semaphore = held.getAndSet(null);
            if (semaphore != null) {
                semaphore.release();
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
    private final GapReports gaps;
    private final KnowledgeCommands knowledge;

    public BotCommands(KnowledgeBase knowledgeBase, PassageRetriever retriever, Answerer answerer, Summarizer summarizer,
            InteractionLog interactions, RateLimiter rateLimiter, int maxConcurrent, int historyTurns, int maxInputChars,
            int topK, AnswerMode answerMode, GapReports gaps, KnowledgeSync sync) {
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
        this.gaps = gaps;
        this.knowledge = new KnowledgeCommands(knowledgeBase, sync, maxInputChars);
    }

    /**
     * Admits a command: refuses it if the caller may not run it, and counts a costly one against
     * the caller's rate limit and the concurrent slots. A request that will be refused for its input
     * (an option empty or too long, none given) costs nothing: its clear message is the reply. The
     * console's one local user is never rate-limited.
     */
    public Admission admit(Caller caller, CommandRequest request) {
        Command command = request.command();
        if (command.adminOnly() && !caller.admin()) {
            return new Admission(caller, request, Reply.text(Reply.Kind.DENIED, "Not allowed",
                    "Only admins (Manage Server, or the configured admin role) can use /" + command.wireName() + ".", true), null);
        }
        if (!command.costly() || willBeRefused(request)) {
            return new Admission(caller, request, null, null);
        }
        if (!caller.local() && !rateLimiter.tryAcquire(caller.userId())) {
            long seconds = Math.max(1, rateLimiter.retryAfter(caller.userId()).toSeconds());
            return new Admission(caller, request, Reply.text(Reply.Kind.BUSY, "Slow down",
                    "You have asked a lot in a short time. Try again in " + seconds + " s.", true), null);
        }
        if (!capacity.tryAcquire()) {
            return new Admission(caller, request, Reply.text(Reply.Kind.BUSY, "Busy",
                    "The bot is answering as many questions as it can right now. Try again in a moment.", true), null);
        }
        return new Admission(caller, request, null, capacity);
    }

    /** Admits a command and runs it at once: for front ends with nothing to acknowledge first. */
    public Reply execute(Caller caller, CommandRequest request) {
        try (Admission admission = admit(caller, request)) {
            return admission.run();
        }
    }

    private boolean willBeRefused(CommandRequest request) {
        List<Command.Option> options = request.command().options();
        if (options.isEmpty()) {
            return false;
        }
        if (request.options().isEmpty() || options.stream().anyMatch(o -> o.required() && request.option(o.name()) == null)) {
            return true;
        }
        return request.options().values().stream().anyMatch(value -> !acceptable(value));
    }

    private Reply dispatch(Caller caller, CommandRequest request) {
        return switch (request.command()) {
            case ASK -> ask(caller, request.option("question"));
            case SUMMARY -> summary(request.option("document"), request.option("topic"));
            case SOURCES -> sources(request.option("query"));
            case ABOUT -> about();
            case RELOAD -> knowledge.reload(caller);
            case HELP -> help();
            case REPORT -> report(request.option("since"), request.option("users"));
            case UPLOAD -> knowledge.upload(caller, request.file("file"));
            case REMOVE -> knowledge.remove(caller, request.option("document"));
            case FEEDBACK -> vote(caller, request.option("answer"), request.option("vote"));
            case PASSAGES -> passages(request.option("answer"));
        };
    }

    private boolean acceptable(String input) {
        try {
            UserInput.clean(input, "input", maxInputChars);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private Reply ask(Caller caller, String rawQuestion) {
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

    private Reply summary(String document, String topic) {
        return guarded("summary", () -> {
            boolean byDocument = document != null && !document.isBlank();
            if (!byDocument && (topic == null || topic.isBlank())) {
                throw new InvalidInputException("/summary needs a document or a topic to summarize.");
            }
            Summary s = byDocument ? summarizer.ofDocument(UserInput.clean(document, "document name", maxInputChars))
                    : summarizer.ofTopic(UserInput.clean(topic, "topic", maxInputChars));
            String title = byDocument ? "Summary: " + s.target() : "Summary of the sources on “" + Shortened.toLength(s.target(), 180) + "”";
            return new Reply(s.covered() ? Reply.Kind.SUMMARY : Reply.Kind.NOT_COVERED, title, s.text(), s.citations(),
                    null, s.note(), false);
        });
    }

    private Reply sources(String rawQuery) {
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

    private Reply about() {
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
            body.append(String.format(Locale.ROOT, "%n%d passages in all. Last reload: %s. Answer mode: %s. Answers given: %d. Feedback: %d 👍, %d 👎.",
                    catalog.passages(), lastReload, answerMode.wireName(), interactions.answerCount(), votes[0], votes[1]));
            return Reply.text(Reply.Kind.ABOUT, "About PolicyDesk", body.toString(), false);
        });
    }

    private Reply report(String period, String users) {
        return guarded("report", () -> {
            Instant since;
            try {
                since = gaps.since(period);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
            boolean withUsers = users != null && users.strip().toLowerCase(Locale.ROOT).matches("y|yes|true|1|on");
            GapReport report = gaps.report(since, withUsers);
            return Reply.text(Reply.Kind.REPORT, "Knowledge gaps", GapReportText.render(report, id -> id), true);
        });
    }

    private static Reply help() {
        StringBuilder body = new StringBuilder();
        for (Command command : Command.listed()) {
            body.append("/").append(command.wireName());
            String options = String.join(" | ", command.options().stream().map(Command.Option::name).toList());
            body.append(options.isEmpty() ? "" : " " + options).append(" — ").append(command.help()).append("\n");
        }
        body.append("Mention the bot or write to it directly to ask; it answers in a thread, where follow-ups keep the context.");
        return Reply.text(Reply.Kind.HELP, "PolicyDesk commands", body.toString(), true);
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

    private Reply vote(Caller caller, String answerId, String choice) {
        return guarded("vote", () -> {
            int vote = switch (choice) {
                case "up" -> 1;
                case "down" -> -1;
                default -> throw new InvalidInputException("A vote is 👍 or 👎.");
            };
            if (!interactions.vote(answerId, caller.userId(), vote)) {
                throw new InvalidInputException("That answer is no longer on record.");
            }
            return Reply.text(Reply.Kind.FEEDBACK, "Thanks", "Your " + (vote > 0 ? "👍" : "👎") + " is recorded.", true);
        });
    }

    private Reply passages(String answerId) {
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
}
