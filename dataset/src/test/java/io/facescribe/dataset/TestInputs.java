package io.facescribe.dataset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import io.facescribe.testing.TestData;

/** Input folders for build tests: real CelebA crops plus the bad inputs a real data set has. */
public final class TestInputs {

    private TestInputs() {
    }

    /** The first {@code n} CelebA images (sorted), or a skipped test when the data is missing. */
    public static List<Path> celeba(int n) throws IOException {
        Path images = TestData.path("celeba/images");
        try (Stream<Path> s = Files.list(images)) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(n).toList();
        }
    }

    /**
     * A folder with {@code n} CelebA crops (in a sub-folder with a unicode name), a truncated JPEG, a text
     * file named .jpg, an empty file and a grey PNG without a face: {@code n + 4} inputs.
     */
    public static Path mixedFolder(Path dir, int n) throws IOException {
        Path root = dir.resolve("faces");
        Path sub = Files.createDirectories(root.resolve("célèbres"));
        for (Path p : celeba(n)) {
            Files.copy(p, sub.resolve(p.getFileName()));
        }
        byte[] jpeg = Files.readAllBytes(celeba(1).get(0));
        Files.write(root.resolve("truncated.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 3));
        Files.writeString(root.resolve("notes.jpg"), "not an image at all", StandardCharsets.UTF_8);
        Files.write(root.resolve("empty.png"), new byte[0]);
        BufferedImage grey = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                int v = 90 + (x * 7 + y * 3) % 60;
                grey.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        ImageIO.write(grey, "png", root.resolve("wall.png").toFile());
        return root;
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
