package org.policydesk.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policydesk.text.InvalidInputException;

/** Reads a JSON Lines case file, naming the line of any case it cannot read. */
public final class EvalCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCases() {}

    public static List<EvalCase> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a folder, not a case file");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                cases.add(JSON.readValue(line, EvalCase.class));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(file + " line " + (i + 1) + " is not a case: " + e.getOriginalMessage());
            }
        }
        return cases;
    }
}
