package org.policydesk.answering;

/** Answers a question from the knowledge base, with citations, or says the sources do not cover it. */
public interface Answerer {

    Answer answer(Question question);
}
