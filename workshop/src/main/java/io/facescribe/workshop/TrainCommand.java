package io.facescribe.workshop;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true,
        subcommands = {TrainAttributesCommand.class, TrainDemographicsCommand.class, TrainFactsCommand.class, TrainClaimsCommand.class,
                TrainCaptionerCommand.class, TrainLooksCommand.class, StyleBackgroundCommand.class},
        description = {"Rebuilds a shipped head file from the development data.",
                "attributes: the 40 CelebA attribute heads (see train attributes --help).",
                "demographics: gender, age and ethnicity on utkface, emotion on fer2013 (see train demographics --help).",
                "captioner: the learned realizer from the face2text descriptions (see train captioner --help).",
                "looks: hair, eyes, lips, nose, brows, face shape and facial hair (see train looks --help).",
                "style-background: the word statistics styles are weighed against, from the face2text descriptions."})
public final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("error: say what to train: attributes, demographics, captioner, looks or style-background");
        return 2;
    }
}
