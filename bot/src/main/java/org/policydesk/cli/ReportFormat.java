package org.policydesk.cli;

/** Output formats of the commands that print one report (summary, reload, eval): text for people, JSON for scripts. */
enum ReportFormat {
    text, json
}
