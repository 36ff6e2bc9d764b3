package org.policydesk.answering;

/** An earlier exchange in a conversation, giving a follow-up question its context. */
public record Turn(String question, String answer) {}
