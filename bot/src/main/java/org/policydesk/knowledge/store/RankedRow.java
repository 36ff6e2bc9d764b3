package org.policydesk.knowledge.store;

/** A passage row with the score one ranking gave it (higher is better). */
public record RankedRow(long rowid, double score) {}
