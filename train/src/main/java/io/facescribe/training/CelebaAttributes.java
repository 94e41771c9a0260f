package io.facescribe.training;

import io.facescribe.attributes.AttributeNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The CelebA development data: {@code attributes.csv} (the 40 attributes as 1 / -1), {@code splits.csv}
 * (train / validation) and the aligned crops in {@code images/}. Only labelled images that are present are
 * listed, in id order.
 */
public record CelebaAttributes(Path dir, List<Item> items) {

    /** One labelled image: file, split and the 40 labels in {@link AttributeNames#ALL} order. */
    public record Item(String id, Path file, String split, boolean[] labels) {
        public boolean train() {
            return split.equals("train");
        }

        public boolean validation() {
            return split.equals("validation");
        }
    }

    public static CelebaAttributes read(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("attributes.csv"), StandardCharsets.UTF_8);
            String[] header = lines.get(0).trim().split(",");
            if (header.length != 41) {
                throw new IllegalArgumentException(dir.resolve("attributes.csv") + ": expected image_id and 40 attributes");
            }
            int[] column = new int[40];
            for (int i = 1; i < header.length; i++) {
                column[AttributeNames.indexOf(header[i].trim())] = i;
            }
            Map<String, String> splits = new HashMap<>();
            List<String> splitLines = Files.readAllLines(dir.resolve("splits.csv"), StandardCharsets.UTF_8);
            for (String line : splitLines.subList(1, splitLines.size())) {
                String[] p = line.trim().split(",");
                if (p.length == 2) {
                    splits.put(p[0], p[1]);
                }
            }
            List<Item> items = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.trim().split(",");
                if (p.length != 41) {
                    continue;
                }
                Path file = dir.resolve("images").resolve(p[0]);
                String split = splits.get(p[0]);
                if (split == null || !Files.isRegularFile(file)) {
                    continue;
                }
                boolean[] labels = new boolean[40];
                for (int a = 0; a < 40; a++) {
                    labels[a] = p[column[a]].trim().equals("1");
                }
                items.add(new Item(p[0], file, split, labels));
            }
            return new CelebaAttributes(dir, List.copyOf(items));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CelebA data in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 over the label and split files and every listed image's name and bytes. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(dir.resolve("attributes.csv")));
            md.update(Files.readAllBytes(dir.resolve("splits.csv")));
            byte[] buf = new byte[1 << 16];
            for (Item item : items) {
                md.update(item.id().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(item.file())) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
