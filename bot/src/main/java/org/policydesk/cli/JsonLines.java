package org.policydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.policydesk.text.InvalidInputException;
import org.policydesk.text.UserInput;

/**
 * The contract's batch mode: one input per line in, one JSON object per line out, in order; a bad
 * line gets {@code {"error": …}} and the run goes on.
 */
final class JsonLines {

    private JsonLines() {}

    static void run(InputStream in, PrintWriter out, String what, int maxChars, Function<String, Object> handle) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            try {
                out.println(Json.write(handle.apply(UserInput.clean(line, what, maxChars))));
            } catch (InvalidInputException e) {
                out.println(Json.error(e.getMessage()));
            }
            out.flush();
        }
    }
}
