package org.policydesk.cli;

/** Output formats of the command line: text for people, JSON for scripts, JSON Lines for batches. */
enum Format {
    text, json, jsonl
}
