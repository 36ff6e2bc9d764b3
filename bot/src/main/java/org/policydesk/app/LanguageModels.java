package org.policydesk.app;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.policydesk.config.LanguageModelSettings;

/** Builds the configured chat model: no retries (a fallback answer beats a slow one), no request logging. */
final class LanguageModels {

    private LanguageModels() {}

    static ChatModel create(LanguageModelSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    // Servers without authentication still expect the header.
                    .apiKey(settings.apiKey().isPresent() ? settings.apiKey().reveal() : "no-key")
                    .modelName(settings.model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case NONE -> throw new IllegalStateException("no language model is configured");
        };
    }
}
