package org.policydesk.gaps;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A gap report as text for people: a line of totals, then each section's groups with their counts. */
public final class GapReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private GapReportText() {}

    /** @param user how a user id is shown (a Discord mention, or the id as it is) */
    public static String render(GapReport report, Function<String, String> user) {
        StringBuilder out = new StringBuilder();
        out.append(report.since() == null ? "All recorded questions" : "Since " + DAY.format(report.since())).append(": ")
                .append(report.questions()).append(report.questions() == 1 ? " question" : " questions").append(", ")
                .append(report.notCoveredCount()).append(" not covered, ").append(report.dislikedCount()).append(" answered but voted 👎.\n");
        section(out, "Not covered by the sources (documents to add)", report.notCovered(), user);
        section(out, "Answered, but readers voted 👎", report.disliked(), user);
        section(out, "Most asked", report.mostAsked(), user);
        return out.toString().strip();
    }

    private static void section(StringBuilder out, String title, List<GapReport.Group> groups, Function<String, String> user) {
        out.append('\n').append(title).append(":\n");
        if (groups.isEmpty()) {
            out.append("• none\n");
        }
        for (GapReport.Group g : groups) {
            out.append("• ").append(g.count()).append("× “").append(g.question()).append("”");
            if (!g.alsoAsked().isEmpty()) {
                out.append(" — also: ").append(String.join("; ", g.alsoAsked().stream().map(q -> "“" + q + "”").toList()));
            }
            if (g.users() != null) {
                out.append(" — asked by ").append(String.join(", ", g.users().stream().map(user).toList()));
            }
            out.append('\n');
        }
    }
}
