package io.facescribe.captioner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 40 CelebA labels of images 010001-020000 ({@code celeba/attributes_10001_20000_no_images.csv}; the images
 * are not here): image file name to attribute name (CelebA spelling) to present.
 */
public final class CelebaLabels {

    private CelebaLabels() {
    }

    public static Path file(Path data) {
        return data.resolve("celeba").resolve("attributes_10001_20000_no_images.csv");
    }

    public static Map<String, Map<String, Boolean>> read(Path file) throws IOException {
        Map<String, Map<String, Boolean>> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String[] header = in.readLine().split(",");
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                if (f.length != header.length) {
                    continue;
                }
                Map<String, Boolean> row = new LinkedHashMap<>();
                for (int i = 1; i < f.length; i++) {
                    row.put(header[i], f[i].strip().equals("1"));
                }
                out.put(f[0].strip(), row);
            }
        }
        return out;
    }

    /** The trait concept a CelebA attribute is stated as, or null when captions state it otherwise (Male, Young). */
    public static String concept(String attribute) {
        return switch (attribute) {
            case "Male", "Young" -> null;
            case "Smiling" -> "emotion.happy";
            case "Mouth_Slightly_Open" -> "mouth.slightly_open";
            case "Blurry" -> "photo.blurry";
            default -> attribute.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
