package org.policydesk;

import org.policydesk.cli.CommandLineErrors;
import org.policydesk.cli.PolicyBotCommand;
import picocli.CommandLine;

/** Entry point of {@code policybot.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new PolicyBotCommand(System.getenv()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new CommandLineErrors(System.getenv("POLICYBOT_DEBUG") != null));
        return commandLine.execute(args);
    }
}
