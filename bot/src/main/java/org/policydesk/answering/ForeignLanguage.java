package org.policydesk.answering;

import java.util.List;
import java.util.Optional;
import org.policydesk.text.Language;

/**
 * The extractive answerer reads English only: it matches a question's words against the documents'.
 * A question in another language gets that said, in its language where a translation is at hand,
 * instead of a false "the sources don't cover this".
 */
final class ForeignLanguage {

    static final String ENGLISH = "Without a language model I can only answer questions in English. Please ask in English"
            + " (the documents are in English), or ask the admins to configure a language model.";

    private ForeignLanguage() {}

    static Optional<Answer> refusal(String question) {
        Language language = Language.detect(question);
        if (!language.isForeign()) {
            return Optional.empty();
        }
        String text = language.cannotAnswerWithoutModel().map(local -> local + "\n" + ENGLISH).orElse(ENGLISH);
        return Optional.of(new Answer(question, false, text, AnswerMode.EXTRACTIVE, List.of(), "", 0));
    }
}
