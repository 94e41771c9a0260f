package io.facescribe.cli;

import io.facescribe.batch.ImageFiles;
import io.facescribe.batch.OrderedParallel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.FaceScribeConfig;
import io.facescribe.analysis.AnalysisOptions;
import io.facescribe.analysis.FacePolicy;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.model.ModelStoreException;
import io.facescribe.qa.Answer;
import io.facescribe.qa.QaGenerator;
import io.facescribe.qa.QuestionAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question about the photo from what was measured.",
                "The answer is about the largest face, with its confidence, or says it can't tell.",
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        if ((question == null) == (pairs == null)) {
            System.err.println("error: give a QUESTION or --pairs N");
            return 2;
        }
        QuestionAnswerer answerer = new QuestionAnswerer();
        QaGenerator generator = pairs == null ? null : new QaGenerator(answerer, Math.max(1, pairs));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        FaceScribeConfig config = FaceScribeConfig.defaults()
                .withAnalysis(new AnalysisOptions(FacePolicy.ALL, assumeFace, false, 0));
        try (FaceScribe fs = FaceScribe.create(config)) {
            OrderedParallel.run(ImageFiles.expand(List.of(path)).iterator(), Runtime.getRuntime().availableProcessors(),
                    fs::analyze, a -> {
                        total.incrementAndGet();
                        if (!a.ok()) {
                            failed.incrementAndGet();
                        }
                        out.println(generator == null ? answer(a, answerer) : pairs(a, generator));
                    });
        } catch (ModelStoreException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (total.get() == 0) {
            System.err.println("error: no images found in " + path);
            return 1;
        }
        return failed.get() > 0 ? 1 : 0;
    }

    private String answer(ImageAnalysis a, QuestionAnswerer answerer) {
        Answer answer = answerer.ask(a, question);
        if (json) {
            ObjectNode node = JSON.createObjectNode().put("image", a.image());
            node.set("answer", JSON.valueToTree(answer));
            return node.toString();
        }
        if (!a.ok()) {
            return a.image() + ": error: " + a.error();
        }
        return a.image() + ": " + answer.text();
    }

    private String pairs(ImageAnalysis a, QaGenerator generator) {
        ObjectNode node = JSON.createObjectNode().put("image", a.image());
        var faces = node.putArray("faces");
        StringBuilder sb = new StringBuilder(a.ok() ? "" : a.image() + ": error: " + a.error());
        for (int i = 0; i < a.faces().size(); i++) {
            var list = generator.pairs(a, a.faces().get(i), seed + i);
            faces.add(JSON.valueToTree(list));
            for (var p : list) {
                sb.append(sb.length() > 0 ? System.lineSeparator() : "").append(a.image()).append(" #").append(i + 1)
                        .append(": Q: ").append(p.question()).append(" A: ").append(p.answer());
            }
        }
        return json ? node.toString() : sb.toString();
    }
}
