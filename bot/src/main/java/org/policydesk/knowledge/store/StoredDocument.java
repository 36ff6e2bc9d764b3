package org.policydesk.knowledge.store;

import org.policydesk.knowledge.DocumentMetadata;

/** A document row: its metadata, the hash it was ingested from, and how many passages it has. */
public record StoredDocument(DocumentMetadata metadata, String contentHash, int passageCount) {}
