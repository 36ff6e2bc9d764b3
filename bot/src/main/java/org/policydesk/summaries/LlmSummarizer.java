package org.policydesk.summaries;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import org.policydesk.answering.AnswerMode;
import org.policydesk.answering.CitationValidator;
import org.policydesk.answering.EvidenceFinder;
import org.policydesk.answering.ModelFailure;
import org.policydesk.answering.PassageBlock;
import org.policydesk.answering.PromptLibrary;
import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.store.KnowledgeReader;
import org.policydesk.knowledge.store.StoredPassage;
import org.policydesk.retrieval.ScoredPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries written by a language model, map-reduce: notes are taken from each group of passages
 * (numbered once across all groups), then combined into one summary whose citations are validated
 * as an answer's are. A failure, or a summary without a valid citation, ends in the extractive one.
 */
public final class LlmSummarizer implements Summarizer {

    private static final Logger log = LoggerFactory.getLogger(LlmSummarizer.class);
    static final int PASSAGES_PER_NOTE = 8;
    private static final int TOPIC_PASSAGES = 12;

    private final KnowledgeReader store;
    private final EvidenceFinder finder;
    private final ExtractiveSummarizer extractive;
    private final ChatModel model;
    private final PromptLibrary prompts;

    public LlmSummarizer(KnowledgeReader store, EvidenceFinder finder, ExtractiveSummarizer extractive, ChatModel model,
            PromptLibrary prompts) {
        this.store = store;
        this.finder = finder;
        this.extractive = extractive;
        this.model = model;
        this.prompts = prompts;
    }

    @Override
    public Summary ofDocument(String titleOrId) {
        DocumentMetadata document = extractive.resolve(titleOrId);
        List<StoredPassage> passages = store.read(s -> s.passagesOf(document.id()));
        return summarize("“" + document.title() + "” (" + document.published().label() + ")", passages,
                extractive.ofDocument(titleOrId));
    }

    @Override
    public Summary ofTopic(String topic) {
        Summary quoted = extractive.ofTopic(topic);
        if (!quoted.covered()) {
            return quoted;
        }
        List<StoredPassage> passages = finder.find(topic, TOPIC_PASSAGES).passages().stream()
                .map(ScoredPassage::source).toList();
        return summarize(topic, passages, quoted);
    }

    private Summary summarize(String target, List<StoredPassage> passages, Summary quoted) {
        try {
            StringBuilder notes = new StringBuilder();
            for (int from = 0; from < passages.size(); from += PASSAGES_PER_NOTE) {
                List<StoredPassage> group = passages.subList(from, Math.min(passages.size(), from + PASSAGES_PER_NOTE));
                String map = PromptLibrary.render(prompts.summaryMap(), Map.of(
                        "passages", PassageBlock.of(group, from + 1), "target", PassageBlock.inert(target)));
                notes.append(chat(map)).append("\n");
            }
            String reduce = PromptLibrary.render(prompts.summaryReduce(), Map.of(
                    "notes", PassageBlock.inert(notes.toString().strip()), "target", PassageBlock.inert(target)));
            CitationValidator.Result checked = CitationValidator.validate(chat(reduce), passages);
            if (!checked.cites()) {
                return quoted.withNote("The language model's summary cited none of the passages, so this summary quotes them directly.");
            }
            return new Summary(quoted.target(), true, checked.text(), AnswerMode.LLM, checked.citations(), "");
        } catch (RuntimeException e) {
            String why = ModelFailure.describe(e);
            log.warn("language model summary failed: {}", why);
            return quoted.withNote("The language model was not used: " + why + ". This summary quotes the sources directly.");
        }
    }

    private String chat(String user) {
        String reply = model.chat(SystemMessage.from(prompts.summarySystem()), UserMessage.from(user)).aiMessage().text();
        if (reply == null || reply.isBlank()) {
            throw new IllegalStateException("empty reply");
        }
        return reply;
    }
}
