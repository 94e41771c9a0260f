package io.facescribe.cli;

import picocli.CommandLine.Command;

/** {@code ./facescribe style}: captioning styles learned from a person's own captions. */
@Command(name = "style", mixinStandardHelpOptions = true,
        subcommands = {StyleLearnCommand.class},
        description = {"Captioning styles: learn one from your own captions, then describe --style or",
                "build-dataset --style NAME.style."})
public final class StyleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
