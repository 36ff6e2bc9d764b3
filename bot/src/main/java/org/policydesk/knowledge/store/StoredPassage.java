package org.policydesk.knowledge.store;

import org.policydesk.knowledge.DocumentMetadata;
import org.policydesk.knowledge.Passage;

/** A passage as stored, with the metadata of its document, ready to be cited. */
public record StoredPassage(long rowid, Passage passage, DocumentMetadata document) {}
