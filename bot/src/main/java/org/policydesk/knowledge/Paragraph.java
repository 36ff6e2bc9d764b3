package org.policydesk.knowledge;

/** A paragraph of a document's cleaned body: its 1-based number and its character span in the body. */
public record Paragraph(int number, int start, int end, String text) {}
