package org.policydesk.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything that can be configured, read once from the environment (command-line options override
 * the paths). Every field has a default, so the bot runs with no configuration at all.
 *
 * @param knowledgeDir     POLICYBOT_KNOWLEDGE, the folder of documents (default {@code knowledge})
 * @param dbFile           POLICYBOT_DB, the SQLite store (default {@code data/policybot.db})
 * @param topK             POLICYBOT_TOP_K, passages retrieved per question (default 5)
 * @param maxQuestionChars POLICYBOT_MAX_QUESTION_CHARS, longest accepted question (default 2000)
 */
public record Settings(Path knowledgeDir, Path dbFile, int topK, int maxQuestionChars) {

    public static Settings fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        return new Settings(
                Path.of(read.string("POLICYBOT_KNOWLEDGE", "knowledge")),
                Path.of(read.string("POLICYBOT_DB", "data/policybot.db")),
                read.integer("POLICYBOT_TOP_K", 5, 1, 50),
                read.integer("POLICYBOT_MAX_QUESTION_CHARS", 2000, 50, 20_000));
    }

    public Settings withPaths(Path knowledge, Path db) {
        return new Settings(knowledge != null ? knowledge : knowledgeDir, db != null ? db : dbFile, topK, maxQuestionChars);
    }
}
