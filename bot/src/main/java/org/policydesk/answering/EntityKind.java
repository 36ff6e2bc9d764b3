package org.policydesk.answering;

/** What a name in the documents names, as far as the documents' own wording tells. */
public enum EntityKind { PERSON, ORGANISATION, PLACE, NAME }
