package io.facescribe.workshop;

import io.facescribe.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./facescribe-workshop}: the commands for working on FaceScribe itself, apart from the product's
 * {@code ./facescribe}. They read the labelled development data and, run in a source checkout, rebuild the shipped
 * files and the docs' figures there by default. A new workshop command is one more class in {@code subcommands}.
 */
@Command(name = "facescribe-workshop", mixinStandardHelpOptions = true,
        versionProvider = io.facescribe.cli.VersionProvider.class,
        description = {"The FaceScribe workshop: trains the shipped heads, measures accuracy and speed.",
                "Run in a source checkout, the shipped files and docs/ pages are the default outputs;",
                "elsewhere say where to write (--out)."},
        subcommands = {
                TrainCommand.class,
                AccuracyCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class WorkshopMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new WorkshopMain());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
