package io.facescribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.facescribe.describe.style.StyleLearner;
import io.facescribe.describe.style.StyleProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./facescribe style learn CAPTIONS -o NAME.style}. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learns a style profile from your own captions.", "They come as a text file with one caption per line, or",
                "JSONL with \"caption\" (and optionally \"image\"). Useful from about 5 captions, better with more."})
public final class StyleLearnCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAPTIONS", description = "captions file (.txt or .jsonl)")
    Path captions;

    @Option(names = {"-o", "--output"}, paramLabel = "NAME.style", required = true, description = "profile to write")
    Path output;

    @Override
    public Integer call() {
        List<String> texts;
        try {
            texts = read(captions);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + captions + ": " + e.getMessage());
            return 2;
        }
        if (texts.isEmpty()) {
            System.err.println("error: " + captions + " holds no captions (one per line, or JSONL with \"caption\")");
            return 2;
        }
        try {
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("source", captions.getFileName().toString());
            provenance.put("sha256", sha256(captions));
            provenance.put("date", LocalDate.now(ZoneOffset.UTC).toString());
            String v = StyleLearnCommand.class.getPackage().getImplementationVersion();
            provenance.put("facescribe", v == null ? "development build" : v);
            provenance.put("command", "./facescribe style learn");
            StyleLearner learner = StyleLearner.standard();
            StyleProfile profile = learner.learn(texts, provenance);
            profile.write(output);
            StyleProfile.Shape shape = profile.shape();
            System.out.println("wrote " + output + " from " + texts.size() + " captions"
                    + (texts.size() < 5 ? " (few: a style is more reliable from 5 captions or more)" : "")
                    + String.format(java.util.Locale.ROOT, ": %s, %.0f words on average%s, confidence %.2f",
                    shape.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), profile.length().words(),
                    shape.lowercase() > 0.5 ? ", lower case" : "", shape.confidence()));
            StyleLearner.Unread unread = learner.unread(texts);
            if (unread.unreadCaptions() > 0) {
                System.out.println("not read: " + unread.unreadCaptions() + " of " + texts.size()
                        + " captions, no trait found in them");
            }
            if (!unread.words().isEmpty()) {
                System.out.println("words not read (not in the style): " + String.join(", ", unread.words().stream()
                        .map(c -> c.count() > 1 ? c.text() + " (" + c.count() + ")" : c.text()).toList()));
            }
            return 0;
        } catch (IOException e) {
            System.err.println("error: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }

    /** One caption per line, or JSONL lines with a "caption" field (told apart line by line). */
    static List<String> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("{")) {
                JsonNode node = json.readTree(s);
                String c = node.path("caption").asText("").strip();
                if (c.isEmpty()) {
                    throw new IllegalArgumentException("line " + n + " is JSON without a \"caption\"");
                }
                out.add(c);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
