package org.policydesk.app;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.Answerability;
import org.policydesk.answering.Answerer;
import org.policydesk.answering.CorpusIndex;
import org.policydesk.answering.EvidenceFinder;
import org.policydesk.answering.ExtractiveAnswerer;
import org.policydesk.answering.LlmAnswerer;
import org.policydesk.answering.PromptLibrary;
import org.policydesk.answering.QuestionProfile;
import org.policydesk.bot.BotCommands;
import org.policydesk.concurrent.SharedTask;
import org.policydesk.config.DiscordSettings;
import org.policydesk.config.Settings;
import org.policydesk.knowledge.ingestion.DocumentParser;
import org.policydesk.knowledge.ingestion.KnowledgeBase;
import org.policydesk.knowledge.ingestion.KnowledgeFolder;
import org.policydesk.knowledge.ingestion.PassageSplitter;
import org.policydesk.knowledge.ingestion.ReloadReport;
import org.policydesk.knowledge.store.KnowledgeStore;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.gaps.GapReports;
import org.policydesk.knowledge.store.sqlite.SqliteKnowledgeStore;
import org.policydesk.retrieval.CachingEmbeddingModel;
import org.policydesk.retrieval.HybridRetriever;
import org.policydesk.retrieval.PassageRetriever;
import org.policydesk.retrieval.SourceBalancedRetriever;
import org.policydesk.summaries.ExtractiveSummarizer;
import org.policydesk.summaries.LlmSummarizer;
import org.policydesk.summaries.Summarizer;
import org.policydesk.text.Thesaurus;
import org.policydesk.text.TokenizerVocabulary;
import org.policydesk.text.WordNetThesaurus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that builds the parts and wires them together. */
public final class PolicyDesk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PolicyDesk.class);

    public static final int EMBEDDING_DIMENSIONS = 384;
    static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    static final int MAX_PASSAGE_CHARS = 1200;
    static final int RETRIEVAL_CANDIDATES = 50;
    static final int EMBEDDING_CACHE_ENTRIES = 20_000;
    static final int ANSWER_PASSAGES = 6;
    /** Calibration of refusals: see Answerability and the README's section on answering. */
    static final double MIN_SIMILARITY = 0.35;
    static final double STRONG_SIMILARITY = 0.60;
    static final double MIN_COVERAGE = 0.25;

    private final Settings settings;
    private final KnowledgeStore store;
    private final KnowledgeBase knowledgeBase;
    private final PassageRetriever retriever;
    private final ExtractiveAnswerer extractiveAnswerer;
    private final Answerer answerer;
    private final Summarizer summarizer;
    private final SharedState shared;
    private final GapReports gapReports;
    private final BotCommands commands;

    private PolicyDesk(Settings settings, Supplier<EmbeddingModel> model, Thesaurus thesaurus) {
        this.settings = settings;
        // The store checks itself and loads its vector index while the embedding model loads: on a
        // large store start-up then takes the longer of the two, not their sum.
        SharedTask<OpenedStore> opening = SharedTask.start(() -> openStore(settings));
        EmbeddingModel embeddingModel;
        try {
            embeddingModel = model.get();
        } catch (RuntimeException | Error e) {
            try {
                opening.join().store().close();
            } catch (RuntimeException storeFailedToo) {
                e.addSuppressed(storeFailedToo);
            }
            throw e;
        }
        OpenedStore opened = opening.join();
        this.store = opened.store();
        SharedState sharing = null;
        try {
            KnowledgeFolder folder = new KnowledgeFolder(settings.knowledgeDir(), new DocumentParser(MAX_DOCUMENT_BYTES));
            this.knowledgeBase = new KnowledgeBase(folder, store, embeddingModel, new PassageSplitter(MAX_PASSAGE_CHARS));
            EmbeddingModel queries = new CachingEmbeddingModel(embeddingModel, EMBEDDING_CACHE_ENTRIES);
            HybridRetriever hybrid = new HybridRetriever(store, queries, RETRIEVAL_CANDIDATES);
            this.retriever = new SourceBalancedRetriever(hybrid, QuestionProfile::asksAcrossSources);
            EvidenceFinder evidence = new EvidenceFinder(store, opened.corpus(), hybrid, queries, thesaurus);
            Answerability answerability = new Answerability(MIN_SIMILARITY, STRONG_SIMILARITY, MIN_COVERAGE);
            int passages = Math.max(ANSWER_PASSAGES, settings.topK());
            this.extractiveAnswerer = new ExtractiveAnswerer(evidence, answerability, passages);
            ExtractiveSummarizer extractiveSummarizer = new ExtractiveSummarizer(store, evidence, answerability, queries);
            if (settings.languageModel().enabled()) {
                ChatModel chat = new SecretScrubbingChatModel(LanguageModels.create(settings.languageModel()),
                        List.of(settings.languageModel().apiKey(), settings.discord().token()));
                PromptLibrary prompts = PromptLibrary.load(settings.promptsDir());
                this.answerer = new LlmAnswerer(extractiveAnswerer, chat, prompts);
                this.summarizer = new LlmSummarizer(store, evidence, extractiveSummarizer, chat, prompts);
            } else {
                this.answerer = extractiveAnswerer;
                this.summarizer = extractiveSummarizer;
            }
            DiscordSettings bot = settings.discord();
            sharing = SharedState.open(settings, store.writable(), bot.maxConcurrent() + 4);
            this.shared = sharing;
            this.gapReports = new GapReports(shared.interactions(), embeddingModel, Clock.systemUTC());
            this.commands = new BotCommands(knowledgeBase, retriever, answerer, summarizer, shared.interactions(), shared.rateLimiter(),
                    bot.maxConcurrent(), bot.historyTurns(), settings.maxQuestionChars(), settings.topK(), answerMode(), gapReports,
                    shared.sync());
            // Another instance's change to the knowledge folder is read here as a refresh: nothing to do if
            // this instance's replica is already built from what the folder holds.
            shared.sync().follow(() -> {
                try {
                    knowledgeBase.refreshIfStale();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            if (sharing != null) {
                sharing.close();
            }
            store.close();
            throw e;
        }
    }

    /** The store and what answering learns from it, opened together. */
    private record OpenedStore(KnowledgeStore store, CorpusIndex corpus) {}

    private static OpenedStore openStore(Settings settings) {
        KnowledgeStore store = SqliteKnowledgeStore.open(settings.dbFile(), EMBEDDING_DIMENSIONS,
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        CorpusIndex corpus = new CorpusIndex(store, new TokenizerVocabulary());
        try {
            store.read(s -> s.passageCount());
            corpus.warm();
        } catch (StoreException e) {
            // Not fatal here: a store that needs rebuilding must still open, so that a reload can rebuild it.
            log.warn("The vector index did not load at start: {}", e.getMessage());
        }
        return new OpenedStore(store, corpus);
    }

    /** Opens the store and loads the embedding model; {@link #refreshIfStale} then brings the store up to date. */
    public static PolicyDesk start(Settings settings) {
        return new PolicyDesk(settings, MiniLmEmbeddingModel::new, WordNetThesaurus.loadingInBackground());
    }

    public static PolicyDesk start(Settings settings, EmbeddingModel embeddingModel, Thesaurus thesaurus) {
        return new PolicyDesk(settings, () -> embeddingModel, thesaurus);
    }

    /** Rebuilds or refreshes the store when the knowledge folder changed since the last reload. */
    public ReloadReport refreshIfStale() throws IOException {
        return knowledgeBase.refreshIfStale();
    }

    public Settings settings() {
        return settings;
    }

    public KnowledgeStore store() {
        return store;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public PassageRetriever retriever() {
        return retriever;
    }

    public Answerer answerer() {
        return answerer;
    }

    /** How answers are written: by quoting the sources, or by the language model when one is configured. */
    public AnswerMode answerMode() {
        return settings.languageModel().enabled() ? AnswerMode.LLM : AnswerMode.EXTRACTIVE;
    }

    public Summarizer summarizer() {
        return summarizer;
    }

    public ExtractiveAnswerer extractiveAnswerer() {
        return extractiveAnswerer;
    }

    /** Knowledge-gap reports from the questions asked here. */
    public GapReports gapReports() {
        return gapReports;
    }

    /** Tells the instances that share this one's database that its knowledge base changed (nothing when it runs alone). */
    public void announceChange(String change) {
        shared.sync().announce(change);
    }

    /** The bot's commands, for the console and Discord alike. */
    public BotCommands commands() {
        return commands;
    }

    @Override
    public void close() {
        shared.close();
        store.close();
    }
}
