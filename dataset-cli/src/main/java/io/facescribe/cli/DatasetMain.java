package io.facescribe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of the spark-submit jar ({@code mvn -Pspark-submit}): the runtime commands a cluster job needs,
 * without the workshop (train, accuracy, bench, eval), whose modules that jar leaves out.
 */
@Command(name = "facescribe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Captions face data sets on a Spark cluster (the spark-submit jar of FaceScribe).",
        subcommands = {BuildDatasetCommand.class, ModelsCommand.class, CommandLine.HelpCommand.class})
public final class DatasetMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(new CommandLine(new DatasetMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
