package io.facescribe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./facescribe}: the command line. */
@Command(name = "facescribe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds faces in photos, measures them and describes them.",
        subcommands = {DescribeCommand.class, AnalyzeCommand.class, AskCommand.class, BuildDatasetCommand.class,
                EvalCommand.class, ModelsCommand.class, ServeCommand.class, StyleCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Training, accuracy reports and benchmarks: see facescribe-workshop --help"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
