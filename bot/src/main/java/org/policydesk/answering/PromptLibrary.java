package org.policydesk.answering;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.policydesk.config.ConfigurationException;

/** The prompt templates of {@code prompts/}, read when the language model is set up. */
public record PromptLibrary(String answerSystem, PromptTemplate answerUser, String summarySystem,
        PromptTemplate summaryMap, PromptTemplate summaryReduce, PromptTemplate translate) {

    public static PromptLibrary load(Path folder) {
        return new PromptLibrary(read(folder, "answer-system.txt"), PromptTemplate.from(read(folder, "answer-user.txt")),
                read(folder, "summary-system.txt"), PromptTemplate.from(read(folder, "summary-map.txt")),
                PromptTemplate.from(read(folder, "summary-reduce.txt")), PromptTemplate.from(read(folder, "translate.txt")));
    }

    public static String render(PromptTemplate template, Map<String, Object> values) {
        return template.apply(values).text();
    }

    private static String read(Path folder, String name) {
        Path file = folder.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("the prompt template " + file + " cannot be read (set POLICYBOT_PROMPTS"
                    + " to the prompts folder): " + e.getClass().getSimpleName());
        }
    }
}
