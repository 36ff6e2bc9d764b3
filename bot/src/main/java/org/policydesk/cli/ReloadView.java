package org.policydesk.cli;

import java.util.List;
import java.util.Locale;
import org.policydesk.knowledge.ingestion.RejectedDocument;
import org.policydesk.knowledge.ingestion.ReloadReport;
import org.policydesk.text.TerminalText;

/** How {@code reload} prints its report. */
final class ReloadView {

    private ReloadView() {}

    static String toText(ReloadReport r) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Reloaded: %s (%.2f s).%n", r.counts(), r.seconds()));
        list(out, "added", r.added());
        list(out, "changed", r.changed());
        list(out, "removed", r.removed());
        for (RejectedDocument rejected : r.rejected()) {
            out.append("rejected: ").append(TerminalText.quoted(rejected.file())).append(": ")
                    .append(TerminalText.of(rejected.reason()).replace('\n', ' ')).append('\n');
        }
        for (RejectedDocument ignored : r.ignored()) {
            out.append("ignored: ").append(TerminalText.quoted(ignored.file())).append(": ")
                    .append(TerminalText.of(ignored.reason())).append('\n');
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.append(what).append(": ").append(String.join(", ", ids)).append('\n');
        }
    }
}
