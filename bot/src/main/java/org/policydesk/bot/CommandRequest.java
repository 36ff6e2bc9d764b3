package org.policydesk.bot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command as a front end received it: which one, the text of each option given, and the files
 * attached (options not given are absent). Option names are the command's own; others are refused.
 */
public record CommandRequest(Command command, Map<String, String> options, Map<String, Upload> files) {

    public CommandRequest(Command command, Map<String, String> options) {
        this(command, options, Map.of());
    }

    public CommandRequest {
        for (String name : files.keySet()) {
            if (command.options().stream().noneMatch(o -> o.name().equals(name) && o.file())) {
                throw new IllegalArgumentException("/" + command.wireName() + " takes no file as " + name);
            }
        }
        files = Map.copyOf(files);
        Map<String, String> given = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            if (command.options().stream().noneMatch(o -> o.name().equals(name))) {
                throw new IllegalArgumentException("/" + command.wireName() + " has no option " + name);
            }
            if (value != null) {
                given.put(name, value);
            }
        });
        options = java.util.Collections.unmodifiableMap(given);
    }

    /** A command with options given as name, value, name, value… */
    public static CommandRequest of(Command command, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("options come in name, value pairs");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new CommandRequest(command, options);
    }

    /** The file attached as an option, or null when none was. */
    public Upload file(String name) {
        return files.get(name);
    }

    /** The value of an option, or null when it was not given. */
    public String option(String name) {
        return options.get(name);
    }
}
