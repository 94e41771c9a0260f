package io.facescribe.captioner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.describe.guard.CaptionGuard;

/**
 * The Face2Text descriptions read and aligned once, split by image ({@link DescriptionSplit}), with the CelebA
 * labels of the images that have them.
 *
 * @param train       aligned training descriptions
 * @param validation  aligned validation descriptions
 * @param labels      CelebA labels by image (only the described images that have them)
 * @param fingerprint SHA-256 over the descriptions file and the labels file
 */
public record CaptionerData(List<CaptionerTrainer.Example> train, List<CaptionerTrainer.Example> validation,
                            Map<String, Map<String, Boolean>> labels, String fingerprint,
                            Map<String, String> texts) {

    public static CaptionerData load(Path data, CaptionGuard guard) throws IOException {
        Path captions = Face2Text.file(data);
        if (!Files.isRegularFile(captions)) {
            throw new IOException(captions + " not found; pass --data or set FACESCRIBE_DATA");
        }
        Path labelFile = CelebaLabels.file(data);
        Map<String, Map<String, Boolean>> all = Files.isRegularFile(labelFile) ? CelebaLabels.read(labelFile) : Map.of();
        List<Face2Text.Description> descriptions = Face2Text.read(captions);
        DescriptionAligner aligner = new DescriptionAligner(guard);
        List<CaptionerTrainer.Example> train = new ArrayList<>();
        List<CaptionerTrainer.Example> validation = new ArrayList<>();
        Map<String, Map<String, Boolean>> labels = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        int i = 0;
        for (Face2Text.Description d : descriptions) {
            Map<String, Boolean> l = all.get(d.image());
            if (l != null) {
                labels.put(d.image(), l);
            }
            String id = d.image() + "#" + (i++);
            texts.put(id, d.text());
            CaptionerTrainer.Example e = new CaptionerTrainer.Example(d.image(), aligner.align(d.text()), l, id);
            (DescriptionSplit.validation(d.image()) ? validation : train).add(e);
        }
        return new CaptionerData(List.copyOf(train), List.copyOf(validation), labels,
                fingerprint(List.of(captions, labelFile)), texts);
    }

    public String text(CaptionerTrainer.Example e) {
        return texts.get(e.id());
    }

    static String fingerprint(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return "sha256 " + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
