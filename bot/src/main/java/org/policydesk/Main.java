package org.policydesk;

import org.policydesk.cli.PolicyBotCommand;

/** Entry point of {@code policybot.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        return PolicyBotCommand.commandLine(System.getenv(), System.in, System.out, System.err).execute(args);
    }
}
