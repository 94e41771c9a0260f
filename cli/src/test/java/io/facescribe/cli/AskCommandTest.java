package io.facescribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ask} on the fixture photos. */
class AskCommandTest {

    @BeforeAll
    static void models() {
        TestModels.store();
    }

    static CommandLine cli() {
        CommandLine cl = Main.commandLine();
        if (!cl.getSubcommands().containsKey("ask")) {
            cl.addSubcommand(new AskCommand());
        }
        return cl;
    }

    static String ask(Path image, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "ask";
            all[1] = image.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            assertThat(cli().execute(all)).isZero();
        } finally {
            System.setOut(old);
        }
        String line = out.toString(StandardCharsets.UTF_8).strip();
        return line.substring(line.indexOf(": ") + 2);
    }

    @Test
    void astronaut() {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        assertThat(ask(astronaut, "Is she smiling?")).startsWith("Yes");
        assertThat(ask(astronaut, "Is this a man or a woman?")).contains("woman");
        assertThat(ask(astronaut, "How old is she?")).matches("She looks about \\d+ years old.*");
        assertThat(ask(astronaut, "How many faces are in the photo?")).isEqualTo("There is one face in this photo.");
        // glasses and hats are measured (CelebA attribute heads); freckles are not
        assertThat(ask(astronaut, "Is she wearing glasses?")).startsWith("No, she is not wearing glasses");
        assertThat(ask(astronaut, "Is she wearing a hat?")).startsWith("No, she is not wearing a hat");
        assertThat(ask(astronaut, "Does she have freckles?")).isEqualTo("I can't tell from this photo.");
        // her irises are brown; Grace Hopper's are behind glasses
        assertThat(ask(astronaut, "What colour are her eyes?")).startsWith("Her eyes are dark");
        Path hopper = TestData.path("fixtures/photos/facedetect_grace_hopper_512x512.jpg");
        assertThat(ask(hopper, "What colour are her eyes?")).isEqualTo("I can't tell from this photo.");
    }

    @Test
    void groupPhotoAndPairs() {
        Path messi = TestData.path("fixtures/photos/opencv_messi5.jpg");
        assertThat(ask(messi, "Is this a man or a woman?")).contains("man");
        Path sample = TestData.path("fixtures/photos/vladmandic_faceapi_sample4.jpg");
        assertThat(ask(sample, "How many faces?")).startsWith("There are ");
        String pairs = ask(sample, "--pairs", "8");
        assertThat(pairs).contains("Q: ").contains(" A: ");
    }
}
