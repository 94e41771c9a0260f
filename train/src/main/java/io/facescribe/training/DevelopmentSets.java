package io.facescribe.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Readers for the labelled sets in {@code ../shared/datasets} (UTKFace, FER2013). */
public final class DevelopmentSets {

    /** An image to analyse and its labels. */
    public record Item(Path file, int age, String gender, String ethnicity, String emotion) {
    }

    private static final String[] RACES = {"white", "black", "asian", "indian", "other"};

    private DevelopmentSets() {
    }

    /** UTKFace: {@code labels.csv} with file, age, gender (male/female or 0/1), race (name or 0..4). */
    public static List<Item> utkface(Path dir, int limit) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("labels.csv"));
        List<Item> items = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length < 4) {
                continue;
            }
            Path image = dir.resolve("images").resolve(f[0]);
            String gender = switch (f[2].strip().toLowerCase(Locale.ROOT)) {
                case "0", "male" -> "male";
                case "1", "female" -> "female";
                default -> null;
            };
            String race = f[3].strip().toLowerCase(Locale.ROOT);
            if (race.matches("\\d")) {
                race = RACES[Integer.parseInt(race)];
            } else if (race.startsWith("other")) {
                race = "other";
            }
            items.add(new Item(image, Integer.parseInt(f[1].strip()), gender, race, null));
        }
        return thin(items, limit);
    }

    /** FER2013 public test: one folder per emotion. */
    public static List<Item> fer(Path dir, int limit) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Stream<Path> classes = Files.list(dir)) {
            for (Path c : classes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(c)) {
                    String emotion = c.getFileName().toString().toLowerCase(Locale.ROOT);
                    files.filter(Files::isRegularFile).sorted()
                            .forEach(f -> items.add(new Item(f, -1, null, null, emotion)));
                }
            }
        }
        return thin(items, limit);
    }

    /**
     * FER2013 training images from {@code train.tar.gz}: every {@code step}-th image is unpacked (once) into
     * {@code cache} and listed with its emotion (the folder name inside the archive).
     */
    public static List<Item> ferTrain(Path tarball, Path cache, int step) throws IOException {
        List<Item> items = new ArrayList<>();
        Files.createDirectories(cache);
        int index = 0;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(tarball));
             var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                     new java.util.zip.GZIPInputStream(in))) {
            for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String[] parts = e.getName().split("/");
                if (!e.isFile() || parts.length < 3 || index++ % step != 0) {
                    continue;
                }
                String emotion = parts[parts.length - 2].toLowerCase(Locale.ROOT);
                Path file = cache.resolve(emotion + "__" + parts[parts.length - 1]);
                if (!Files.exists(file)) {
                    Files.write(file, tar.readAllBytes());
                }
                items.add(new Item(file, -1, null, null, emotion));
            }
        }
        return items;
    }

    /**
     * The UTKFace split: about one in five files is validation, by a hash of the file name (the split the
     * shipped calibration used before the demographic heads; kept so that figures stay comparable).
     */
    public static boolean validation(Item item) {
        String name = item.file().getFileName().toString();
        return Math.floorMod(name.hashCode() * 0x9E3779B1, 5) == 0;
    }

    /** Every k-th item so that at most {@code limit} remain (0 = all). */
    static List<Item> thin(List<Item> items, int limit) {
        if (limit <= 0 || items.size() <= limit) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        double step = items.size() / (double) limit;
        for (int i = 0; i < limit; i++) {
            out.add(items.get((int) (i * step)));
        }
        return out;
    }
}
