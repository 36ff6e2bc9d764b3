package org.policydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.policydesk.config.ConfigurationException;
import org.policydesk.knowledge.store.StoreException;
import org.policydesk.text.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into the contract's one-line messages: exit 2 for bad input or configuration,
 * 1 for internal faults; a stack trace only when POLICYBOT_DEBUG is set.
 */
public final class CommandLineErrors implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    private final boolean debug;

    public CommandLineErrors(boolean debug) {
        this.debug = debug;
    }

    /** An I/O failure in words: Java's own message is often only the path ("error: /nonexistent.jsonl"). */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read" : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A command line picocli cannot parse: one line saying what is wrong and where help is, not the whole usage. */
    static int parameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + org.policydesk.text.TerminalText.of(e.getMessage()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int status;
        String message;
        if (e instanceof InvalidInputException || e instanceof ConfigurationException) {
            status = BAD_INPUT;
            message = e.getMessage();
        } else if (e instanceof IOException io) {
            status = BAD_INPUT;
            message = describe(io);
        } else if (e instanceof StoreException) {
            status = INTERNAL;
            message = e.getMessage();
        } else {
            status = INTERNAL;
            message = "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + ". Set POLICYBOT_DEBUG=1 for details.";
        }
        commandLine.getErr().println("error: " + org.policydesk.text.TerminalText.of(message));
        if (debug) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return status;
    }
}
