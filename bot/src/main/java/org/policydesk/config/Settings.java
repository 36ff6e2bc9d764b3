package org.policydesk.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything that can be configured, read once from the environment (command-line options override
 * the paths). Every field has a default, so the bot runs with no configuration at all.
 *
 * @param knowledgeDir     POLICYBOT_KNOWLEDGE, the folder of documents (default {@code knowledge})
 * @param dbFile           POLICYBOT_DB, the SQLite store (default {@code data/policybot.db})
 * @param promptsDir       POLICYBOT_PROMPTS, the prompt templates (default {@code prompts})
 * @param topK             POLICYBOT_TOP_K, passages retrieved per question (default 5)
 * @param maxQuestionChars POLICYBOT_MAX_QUESTION_CHARS, longest accepted question (default 2000)
 * @param languageModel    POLICYBOT_LLM_*, the optional language model
 * @param discord          DISCORD_* and the limits of the bot
 * @param sharedState      POLICYBOT_DATABASE_* and POLICYBOT_INSTANCE_ID, the state several instances share
 */
public record Settings(Path knowledgeDir, Path dbFile, Path promptsDir, int topK, int maxQuestionChars,
        LanguageModelSettings languageModel, DiscordSettings discord, SharedStateSettings sharedState) {

    public static Settings fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        return new Settings(
                Path.of(read.string("POLICYBOT_KNOWLEDGE", "knowledge")),
                Path.of(read.string("POLICYBOT_DB", "data/policybot.db")),
                Path.of(read.string("POLICYBOT_PROMPTS", "prompts")),
                read.integer("POLICYBOT_TOP_K", 5, 1, 50),
                read.integer("POLICYBOT_MAX_QUESTION_CHARS", 2000, 50, 20_000),
                LanguageModelSettings.read(read),
                DiscordSettings.read(read),
                SharedStateSettings.read(read));
    }

    /** The defaults with the given paths, and no language model. */
    public static Settings of(Path knowledge, Path db) {
        return new Settings(knowledge, db, Path.of("prompts"), 5, 2000, LanguageModelSettings.none(), DiscordSettings.defaults(),
                SharedStateSettings.none());
    }

    public Settings withPaths(Path knowledge, Path db) {
        return new Settings(knowledge != null ? knowledge : knowledgeDir, db != null ? db : dbFile, promptsDir, topK,
                maxQuestionChars, languageModel, discord, sharedState);
    }

    public Settings withLanguageModel(LanguageModelSettings model, Path prompts) {
        return new Settings(knowledgeDir, dbFile, prompts, topK, maxQuestionChars, model, discord, sharedState);
    }

    public Settings withDiscord(DiscordSettings newDiscord) {
        return new Settings(knowledgeDir, dbFile, promptsDir, topK, maxQuestionChars, languageModel, newDiscord, sharedState);
    }

    public Settings withSharedState(SharedStateSettings shared) {
        return new Settings(knowledgeDir, dbFile, promptsDir, topK, maxQuestionChars, languageModel, discord, shared);
    }
}
