package org.policydesk.answering;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of thing a question asks for, read from its wording, and whether a sentence has one. */
public enum AnswerType {
    COUNT("^(how (many|much|often|large|big)|what (percentage|share|proportion|number|amount|fraction))\\b|\\bhow many\\b",
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|"
                    + "first|second|third|fourth|fifth|sixth|once|twice|dozen|percent|half|quarter)\\b"),
    TIME("^when\\b|\\bwhat (year|date|month|time)\\b|\\bwhich (year|month)\\b|\\b(since|by|until) when\\b",
            "\\b(1[89]\\d\\d|20\\d\\d)\\b|\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "spring|summer|autumn|winter|year|month|week|decade)\\b"),
    PERSON("^who\\b|\\bwhom\\b|\\bwhose\\b|\\bwhich (author|person|people|official|minister|leader|companies|company|firms?)\\b",
            "[A-Z][a-z]+ [A-Z][a-z]+|\\b(President|Minister|Prime|chairman|company|companies|Mitsui|[A-Z][a-z]+'s)\\b"),
    PLACE("^where\\b|\\bin what (city|country|region|place)\\b|\\bwhich (city|country|region|port|island|islands|place|pipeline|forum)\\b",
            "\\b(in|at|on|to|from|near|through) (the )?[A-Z][\\p{L}-]+"),
    REASON("^why\\b|\\bfor what reason\\b|\\bwhat (is|was|are|were) the reasons?\\b|\\bhow come\\b",
            "\\b(because|since|due to|as a result|in order to|so that|would|allow|avoid|avoiding|benefit|beneficial|prevents?|"
                    + "unlike|thus|therefore)\\b"),
    OTHER(null, null);

    private final Pattern asks;
    private final Pattern holds;

    AnswerType(String asks, String holds) {
        this.asks = asks == null ? null : Pattern.compile(asks);
        this.holds = holds == null ? null : Pattern.compile(holds);
    }

    static AnswerType of(String question) {
        String lower = question.toLowerCase(Locale.ROOT).strip();
        for (AnswerType type : values()) {
            if (type.asks != null && type.asks.matcher(lower).find()) {
                return type;
            }
        }
        return OTHER;
    }

    /** Whether a sentence holds something of this type (a number, a date, a name, a place, a reason). */
    boolean isHeldBy(String sentence) {
        if (holds == null) {
            return false;
        }
        String probe = this == PERSON || this == PLACE ? sentence : sentence.toLowerCase(Locale.ROOT);
        return holds.matcher(probe).find();
    }
}
