package org.policydesk.config;

import java.time.Duration;
import java.util.Locale;

/**
 * Which language model writes answers, if any.
 *
 * @param provider NONE (extractive answers only), OPENAI (any OpenAI-compatible server) or OLLAMA
 * @param timeout  for one request, connecting and reading; a slower model ends in the extractive answer
 */
public record LanguageModelSettings(Provider provider, String baseUrl, String model, Secret apiKey, Duration timeout) {

    public enum Provider { NONE, OPENAI, OLLAMA }

    static LanguageModelSettings read(EnvReader env) {
        String name = env.string("POLICYBOT_LLM_PROVIDER", "none").toUpperCase(Locale.ROOT).replace("-", "");
        Provider provider = switch (name) {
            case "NONE", "OFF", "" -> Provider.NONE;
            case "OPENAI", "OPENAICOMPATIBLE" -> Provider.OPENAI;
            case "OLLAMA" -> Provider.OLLAMA;
            default -> throw new ConfigurationException("POLICYBOT_LLM_PROVIDER must be none, openai or ollama, not '"
                    + env.string("POLICYBOT_LLM_PROVIDER", "") + "'");
        };
        String defaultUrl = provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
        String defaultModel = provider == Provider.OLLAMA ? "llama3.1" : "gpt-4o-mini";
        String key = env.string("POLICYBOT_LLM_API_KEY", env.string("OPENAI_API_KEY", ""));
        return new LanguageModelSettings(provider, env.string("POLICYBOT_LLM_BASE_URL", defaultUrl),
                env.string("POLICYBOT_LLM_MODEL", defaultModel), Secret.of(key),
                Duration.ofSeconds(env.integer("POLICYBOT_LLM_TIMEOUT_SECONDS", 20, 1, 300)));
    }

    public static LanguageModelSettings none() {
        return new LanguageModelSettings(Provider.NONE, "", "", Secret.none(), Duration.ofSeconds(20));
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }
}
