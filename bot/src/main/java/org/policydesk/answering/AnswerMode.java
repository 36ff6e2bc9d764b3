package org.policydesk.answering;

/** How an answer was written: by quoting the sources, or by a language model checked against them. */
public enum AnswerMode {
    EXTRACTIVE, LLM;

    /** The contract's name for the mode. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
