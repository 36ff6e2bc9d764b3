package org.policydesk.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MistypedQuestionWordTest {

    private static final Set<String> DOCUMENT_WORDS = Set.of("wen", "abe", "japan");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wat is a2ad                      | what is a2ad
            whn did japan join the sanctions | when did japan join the sanctions
            hw many soldiers are there       | how many soldiers are there
            Waht did Putin propose?          | what did Putin propose?
            wich islands are disputed        | which islands are disputed
            wats the point of the 2+2 talks  | whats the point of the 2+2 talks
            > wy did japan refuse            | > why did japan refuse
            y cant russia hand them over     | why cant russia hand them over
            Y did Obama warn Abe?            | why did Obama warn Abe?
            """)
    void aQuestionWordTypedALetterShortOrSwappedIsReadAsIt(String typed, String read) {
        assertEquals(read, MistypedQuestionWord.respelled(typed, DOCUMENT_WORDS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ho chi minh city                 | 'ho' is 'how' or 'who' a letter short
            hwo met putin                    | 'how' or 'who' swapped
            now what did japan do            | a function word
            wen did the talks stop           | a word the documents use
            abe met putin                    | no question word is near it
            wat                              | nothing follows it
            what did japan do                | already a question word
            y axis of the chart              | no verb asks after 'y'
            """)
    void otherOpeningsStayAsTyped(String typed, String why) {
        assertEquals(typed, MistypedQuestionWord.respelled(typed, DOCUMENT_WORDS), why);
    }
}
