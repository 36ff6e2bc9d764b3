package org.policydesk.bot;

import java.util.List;
import org.policydesk.answering.Citation;

/**
 * What a command returns, for any front end to render: Discord draws it as an embed with buttons,
 * the console prints it as text.
 *
 * @param sources    the passages the body cites, by their {@code [n]}
 * @param answerId   set on answers, so feedback and "show passages" can refer to them
 * @param note       something the reader should know (a fallback, a cut), or empty
 * @param privately  shown only to the caller (refusals of permission, limits, acknowledgements)
 */
public record Reply(Kind kind, String title, String body, List<Citation> sources, String answerId, String note,
        boolean privately) {

    public enum Kind { ANSWER, NOT_COVERED, SUMMARY, SOURCES, RELOAD, ABOUT, HELP, REPORT, FEEDBACK, INVALID, DENIED, BUSY, FAILED }

    public Reply {
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    static Reply text(Kind kind, String title, String body, boolean privately) {
        return new Reply(kind, title, body, List.of(), null, "", privately);
    }
}
