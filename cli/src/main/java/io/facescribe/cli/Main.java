package io.facescribe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./facescribe}: the command line. */
@Command(name = "facescribe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Finds faces in photos, measures them and describes them.",
        subcommands = {DescribeCommand.class, AnalyzeCommand.class, AskCommand.class, BuildDatasetCommand.class, ModelsCommand.class,
                AccuracyCommand.class, TrainCommand.class, BenchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
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
        CommandLine cl = new CommandLine(new Main());
        try {
            Class<?> eval = Class.forName("io.facescribe.cli.EvalCommand");
            cl.addSubcommand(eval.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            // eval is optional while the metrics command is not built
        }
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"FaceScribe " + (v == null ? "development" : v)};
        }
    }
}
