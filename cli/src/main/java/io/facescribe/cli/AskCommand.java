package io.facescribe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.json.Json;
import io.facescribe.qa.ImageAnswer;
import io.facescribe.qa.QaGenerator;
import io.facescribe.qa.QuestionAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question about the photo from what was measured.",
                "Every face is asked (anyone, everyone, how many, who, the one on the left, the oldest, ...); the answer",
                "says which face it means and how sure it is, or that it cannot tell.",
                "With --pairs, writes question-answer pairs per face."})
public final class AskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "an image file or folder")
    Path path;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUESTION", description = "e.g. \"How old is she?\"")
    String question;

    @Option(names = "--pairs", paramLabel = "N", description = "instead of a question: N question-answer pairs per face")
    Integer pairs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed of the pairs' questions")
    long seed;

    @Option(names = "--json", description = "one JSON object per image per line")
    boolean json;

    @Option(names = "--assume-face", description = "each image is already one face (aligned crops)")
    boolean assumeFace;

    @Override
    public Integer call() {
        if ((question == null) == (pairs == null)) {
            System.err.println("error: give a QUESTION or --pairs N");
            return 2;
        }
        QaGenerator generator = pairs == null ? null : new QaGenerator(new QuestionAnswerer(), Math.max(1, pairs));
        FaceScribeConfig config = ImageOptions.commandLineDefaults()
                .withAnalysis(new AnalysisOptions(FacePolicy.ALL, assumeFace, false, 0));
        int threads = Runtime.getRuntime().availableProcessors();
        if (generator != null) {
            return Batch.run(List.of(path), config, threads, FaceScribe::analyze, a -> a, a -> pairs(a, generator));
        }
        return Batch.run(List.of(path), config, threads, (fs, p) -> fs.ask(p, question), ImageAnswer::analysis,
                this::answer);
    }

    private String answer(ImageAnswer a) {
        if (json) {
            return a.toJson(Json.mapper()).toString();
        }
        return a.analysis().ok() ? a.analysis().image() + ": " + a.answer().text() : ErrorText.line(a.analysis());
    }

    private String pairs(ImageAnalysis a, QaGenerator generator) {
        ObjectNode node = Json.mapper().createObjectNode().put("image", a.image());
        var faces = node.putArray("faces");
        StringBuilder sb = new StringBuilder(a.ok() ? "" : ErrorText.line(a));
        for (int i = 0; i < a.faces().size(); i++) {
            var list = generator.pairs(a, a.faces().get(i), seed + i);
            faces.add(Json.mapper().valueToTree(list));
            for (var p : list) {
                sb.append(sb.length() > 0 ? System.lineSeparator() : "").append(a.image()).append(" #").append(i + 1)
                        .append(": Q: ").append(p.question()).append(" A: ").append(p.answer());
            }
        }
        return json ? node.toString() : sb.toString();
    }
}
