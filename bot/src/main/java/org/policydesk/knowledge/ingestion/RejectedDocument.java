package org.policydesk.knowledge.ingestion;

/** A file in the knowledge folder that could not be loaded, and why, in words an admin can act on. */
public record RejectedDocument(String file, String reason) {}
