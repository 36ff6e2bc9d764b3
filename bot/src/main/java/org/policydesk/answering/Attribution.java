package org.policydesk.answering;

import java.util.List;
import org.policydesk.knowledge.DocumentMetadata;

/** How an answer names a source in running text: "Miller & Shimizu (4 May 2016)". */
public final class Attribution {

    private Attribution() {}

    public static String of(DocumentMetadata document) {
        List<String> surnames = document.authors().stream().map(Attribution::surname).toList();
        String who = switch (surnames.size()) {
            case 0 -> "“" + document.title() + "”";
            case 1 -> surnames.get(0);
            case 2 -> surnames.get(0) + " & " + surnames.get(1);
            default -> surnames.get(0) + " et al.";
        };
        return who + " (" + document.published().label() + ")";
    }

    private static String surname(String author) {
        String[] words = author.strip().split("\\s+");
        return words[words.length - 1];
    }
}
