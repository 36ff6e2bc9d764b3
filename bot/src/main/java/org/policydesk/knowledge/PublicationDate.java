package org.policydesk.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date kept at the precision the source gives: a day, a month, a season or a year.
 *
 * @param iso   the sortable machine form: "2016-05-04", "2018-10" or "2018"
 * @param label how a reader sees it: "4 May 2016", "October 2018", "autumn 2018", "2018"
 */
public record PublicationDate(String iso, String label) {

    private static final Pattern SEASON = Pattern.compile(
            "(?i)(?:(\\d{4})[-\\s]+(spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter)[-\\s]+(\\d{4}))");

    public static final PublicationDate UNKNOWN = new PublicationDate("", "undated");

    /** Parses the forms admins write in front matter; throws IllegalArgumentException otherwise. */
    public static PublicationDate parse(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return UNKNOWN;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(text);
                return new PublicationDate(text, date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear());
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new PublicationDate(text, monthName(month.getMonth()) + " " + month.getYear());
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: " + text);
        }
        if (text.matches("\\d{4}")) {
            return new PublicationDate(text, text);
        }
        Matcher season = SEASON.matcher(text);
        if (season.matches()) {
            String year = season.group(1) != null ? season.group(1) : season.group(4);
            String name = (season.group(2) != null ? season.group(2) : season.group(3)).toLowerCase(Locale.ROOT);
            return new PublicationDate(year, ("fall".equals(name) ? "autumn" : name) + " " + year);
        }
        throw new IllegalArgumentException(
                "published must look like 2016-05-04, 2016-05, 2016 or 2018-autumn, not '" + text + "'");
    }

    /** The year alone, or empty when undated. */
    public String year() {
        return iso.length() >= 4 ? iso.substring(0, 4) : "";
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
