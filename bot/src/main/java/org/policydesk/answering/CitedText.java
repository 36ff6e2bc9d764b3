package org.policydesk.answering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policydesk.knowledge.store.StoredPassage;

/** Builds answer text and its citations together, numbering passages in the order they are cited. */
public final class CitedText {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Citation> citations = new LinkedHashMap<>();

    /** The marker for a passage, "[n]", numbering it if it is new. */
    public String marker(StoredPassage passage) {
        Citation citation = citations.computeIfAbsent(passage.passage().id(), id -> Citation.of(citations.size() + 1, passage));
        return "[" + citation.n() + "]";
    }

    public CitedText append(String s) {
        text.append(s);
        return this;
    }

    public String text() {
        return text.toString().strip();
    }

    public List<Citation> citations() {
        return new ArrayList<>(citations.values());
    }
}
