package org.policydesk.bot;

import org.policydesk.answering.Citation;

/** A reply as plain text, for the console. */
public final class ReplyText {

    private ReplyText() {}

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(reply.title()).append(" ==\n");
        if (reply.kind() == Reply.Kind.SOURCES && !reply.sources().isEmpty()) {
            for (Citation c : reply.sources()) {
                out.append("[").append(c.n()).append("] ").append(c.reference()).append("\n    ").append(c.text()).append("\n");
            }
            return out.toString();
        }
        out.append(reply.body()).append("\n");
        if (!reply.note().isEmpty()) {
            out.append("(").append(reply.note()).append(")\n");
        }
        if (!reply.sources().isEmpty() && reply.kind() != Reply.Kind.SOURCES) {
            out.append("Sources:\n");
            for (Citation c : reply.sources()) {
                out.append("  [").append(c.n()).append("] ").append(c.reference()).append("\n");
            }
        }
        return out.toString();
    }
}
