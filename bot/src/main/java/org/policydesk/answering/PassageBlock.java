package org.policydesk.answering;

import java.util.List;
import org.policydesk.knowledge.store.StoredPassage;

/**
 * Numbered passages for a prompt, quoted as data: markup that could close the passage block or pose
 * as a new instruction section is defused, so a document cannot speak with the prompt's voice.
 */
public final class PassageBlock {

    private PassageBlock() {}

    static String of(List<StoredPassage> passages) {
        return of(passages, 1);
    }

    /** The passages numbered from {@code first}, so several blocks can share one numbering. */
    public static String of(List<StoredPassage> passages, int first) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            StoredPassage p = passages.get(i);
            out.append("<passage n=\"").append(first + i).append("\" source=\"").append(inert(p.document().title()))
                    .append(" (").append(p.document().published().label()).append("), paragraph ")
                    .append(p.passage().paragraph()).append("\">\n")
                    .append(inert(p.passage().text())).append("\n</passage>\n");
        }
        return out.toString().strip();
    }

    /** Text that cannot open or close a tag of the prompt, nor name one of its template variables. */
    public static String inert(String text) {
        return text.replace("<", "‹").replace(">", "›").replace("\"", "”").replace("{{", "{ {").replace("}}", "} }");
    }
}
