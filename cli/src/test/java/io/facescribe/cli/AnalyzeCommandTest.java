package io.facescribe.cli;

import static io.facescribe.image.TestImages.adobePayload;
import static io.facescribe.image.TestImages.concat;
import static io.facescribe.image.TestImages.fixture;
import static io.facescribe.image.TestImages.ihdr;
import static io.facescribe.image.TestImages.insertJpegSegment;
import static io.facescribe.image.TestImages.jpeg;
import static io.facescribe.image.TestImages.pngChunk;
import static io.facescribe.image.TestImages.withExifOrientation;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.image.TestImages;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --json} over real photos and real bad inputs, in one batch, as a user runs it. */
class AnalyzeCommandTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void models() {
        TestModels.store();
    }

    record Run(int exit, List<JsonNode> lines, String stderr) {
        JsonNode line(String fileName) {
            return lines.stream().filter(l -> l.get("image").asText().endsWith(fileName)).findFirst().orElseThrow(
                    () -> new AssertionError("no line for " + fileName + " in " + lines));
        }
    }

    static Run run(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        return new Run(r.exit(), r.json(), r.stderr());
    }

    @Test
    void astronautIsOneHappyWomanOfPlausibleAge() throws Exception {
        Path astronaut = TestData.path("fixtures/photos/skimage_astronaut.png");
        Run r = run("analyze", "--json", astronaut.toString());
        assertThat(r.exit()).as(r.stderr() + r.lines()).isZero();
        JsonNode line = r.lines().get(0);
        assertThat(line.get("error").isNull()).isTrue();
        assertThat(line.get("width").asInt()).isEqualTo(512);
        JsonNode faces = line.get("faces");
        assertThat(faces).hasSize(1);
        JsonNode face = faces.get(0);
        assertThat(face.at("/gender/label").asText()).isEqualTo("female");
        assertThat(face.at("/emotion/dominant").asText()).isEqualTo("happy");
        assertThat(face.at("/age/years").asDouble()).isBetween(30.0, 55.0);
        assertThat(face.at("/ethnicity/label").asText()).isIn("white", "black", "asian", "indian", "other");
        assertThat(face.at("/emotion/probabilities").size()).isEqualTo(7);
        for (String key : List.of("box", "score", "pose", "traits", "quality", "keypoints")) {
            assertThat(face.has(key)).as(key).isTrue();
        }
        // the box holds the face: between the eyes of the person, around (230, 130) in this photo
        assertThat(face.at("/box/x").asInt()).isBetween(140, 230);
        assertThat(face.at("/box/y").asInt()).isBetween(40, 140);
    }

    @Test
    void badInputsAreReportedAndTheBatchGoesOn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        byte[] hopper = fixture("grace_hopper_512x512.jpg");
        Files.write(dir.resolve("a_empty.jpg"), new byte[0]);
        Files.write(dir.resolve("b_truncated.jpg"), Arrays.copyOf(hopper, hopper.length * 2 / 5));
        Files.writeString(dir.resolve("c_text.jpg"), "this is not a picture\n");
        Files.write(dir.resolve("d_bomb.png"), concat(TestImages.PNG_SIGNATURE, pngChunk("IHDR", ihdr(50_000, 50_000, 8, 2)),
                pngChunk("IDAT", new byte[64]), pngChunk("IEND", new byte[0])));
        BufferedImage face = ImageIO.read(new ByteArrayInputStream(hopper));
        Files.write(dir.resolve("e_cmyk.jpg"), cmyk(face));
        Files.write(dir.resolve("f_grey16.png"), grey16(face));
        Files.write(dir.resolve("g_rotated.jpg"), withExifOrientation(jpeg(rotate90(face), 0.9f), 6));
        Files.write(dir.resolve("h_noface.png"), TestImages.encode(TestImages.rgbImage(320, 240, 0x4080c0), "png"));
        Files.write(dir.resolve("i_hopper.jpg"), hopper);

        Run r = run("analyze", "--json", "--threads", "2", dir.toString());
        assertThat(r.exit()).as("exit status says an image failed").isEqualTo(1);
        assertThat(r.lines()).as(r.stderr()).hasSize(9);
        assertThat(r.line("a_empty.jpg").get("error").asText()).contains("empty");
        assertThat(r.line("b_truncated.jpg").get("error").asText()).containsIgnoringCase("truncated");
        assertThat(r.line("c_text.jpg").get("error").asText()).contains("not an image");
        assertThat(r.line("d_bomb.png").get("error").asText()).contains("megapixels");
        assertThat(r.line("a_empty.jpg").get("errorCode").asText()).isEqualTo("unreadable");
        assertThat(r.line("b_truncated.jpg").get("errorCode").asText()).isEqualTo("corrupt");
        assertThat(r.line("c_text.jpg").get("errorCode").asText()).isEqualTo("unsupported_format");
        assertThat(r.line("d_bomb.png").get("errorCode").asText()).isEqualTo("too_large");
        assertThat(r.line("i_hopper.jpg").get("errorCode").isNull()).isTrue();
        for (String ok : List.of("e_cmyk.jpg", "f_grey16.png", "g_rotated.jpg", "i_hopper.jpg")) {
            JsonNode line = r.line(ok);
            assertThat(line.get("error").isNull()).as(ok + ": " + line.get("error")).isTrue();
            assertThat(line.get("faces")).as(ok).hasSize(1);
            assertThat(Math.abs(line.at("/faces/0/pose/roll").asDouble())).as(ok + " upright").isLessThan(15);
        }
        assertThat(r.line("f_grey16.png").at("/faces/0/quality/blackAndWhite").asBoolean()).isTrue();
        assertThat(r.line("i_hopper.jpg").at("/faces/0/quality/blackAndWhite").asBoolean()).isFalse();
        assertThat(r.line("g_rotated.jpg").get("width").asInt()).isEqualTo(512);
        assertThat(r.line("h_noface.png").get("faces")).isEmpty();
        assertThat(r.line("h_noface.png").get("error").isNull()).isTrue();
        // input order is kept whatever the thread count
        List<String> names = r.lines().stream().map(l -> Path.of(l.get("image").asText()).getFileName().toString()).toList();
        assertThat(names).isSorted();

        // people read the command line's options in its messages, where the library names its settings
        CliRun human = CliRun.of("analyze", dir.resolve("d_bomb.png").toString());
        assertThat(human.stdout()).contains("d_bomb.png: error: image is 50000x50000")
                .contains("raise --max-pixels").doesNotContain("ImageLimits");
    }

    @Test
    void groupPhotoGivesEightFacesAndPolicyKeepsTheLargest() throws Exception {
        Path group = TestData.path("fixtures/detection/016_8.jpg");
        Run all = run("analyze", "--json", group.toString());
        assertThat(all.lines().get(0).get("faces")).hasSize(8);
        Run largest = run("analyze", "--json", "--faces", "largest", group.toString());
        JsonNode kept = largest.lines().get(0).get("faces");
        assertThat(kept).hasSize(1);
        int maxArea = 0;
        for (JsonNode f : all.lines().get(0).get("faces")) {
            maxArea = Math.max(maxArea, f.at("/box/width").asInt() * f.at("/box/height").asInt());
        }
        assertThat(kept.get(0).at("/box/width").asInt() * kept.get(0).at("/box/height").asInt()).isEqualTo(maxArea);
        Run three = run("analyze", "--json", "--faces", "3", group.toString());
        assertThat(three.lines().get(0).get("faces")).hasSize(3);
    }

    @Test
    void hugePhonePhotoIsAnalysedInOriginalCoordinates() throws Exception {
        Path huge = TestData.path("fixtures/detection/001_A.jpg");
        Run r = run("analyze", "--json", huge.toString());
        JsonNode line = r.lines().get(0);
        assertThat(line.get("error").isNull()).isTrue();
        assertThat(line.get("width").asInt() * line.get("height").asInt()).isGreaterThan(30_000_000);
        assertThat(line.get("faces")).hasSize(1);
        // annotated nose point of this photo: (2109, 2261)
        JsonNode box = line.at("/faces/0/box");
        assertThat(box.get("x").asInt()).isLessThan(2109);
        assertThat(box.get("x").asInt() + box.get("width").asInt()).isGreaterThan(2109);
        assertThat(box.get("y").asInt()).isLessThan(2261);
        assertThat(box.get("y").asInt() + box.get("height").asInt()).isGreaterThan(2261);
    }

    @Test
    void assumeFaceTreatsATinyCropAsOneFace() throws Exception {
        Path fer = TestData.path("fer2013/publictest/happy");
        Path first;
        try (var files = Files.list(fer)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Run r = run("analyze", "--json", "--assume-face", first.toString());
        JsonNode line = r.lines().get(0);
        assertThat(line.get("faces")).hasSize(1);
        assertThat(line.at("/faces/0/box/width").asInt()).isEqualTo(48);
    }

    @Test
    void usageErrorsAreClear() throws Exception {
        Run r = run("analyze", "--faces", "none", "x.jpg");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("--faces takes all, largest or a positive number");
    }

    private static byte[] cmyk(BufferedImage rgb) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rgb.getWidth(), rgb.getHeight(), 4, null);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                // Adobe inverted CMYK with no black ink: stored values equal R, G, B
                raster.setPixel(x, y, new int[] {p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff, 255});
            }
        }
        return insertJpegSegment(jpeg(raster, 0.92f), 0xEE, adobePayload(0));
    }

    private static byte[] grey16(BufferedImage rgb) {
        BufferedImage g = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = g.getRaster();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                int grey = (int) Math.round(0.299 * (p >> 16 & 0xff) + 0.587 * (p >> 8 & 0xff) + 0.114 * (p & 0xff));
                r.setSample(x, y, 0, grey * 257);
            }
        }
        return TestImages.encode(g, "png");
    }

    /** The pixels as a camera held sideways stores them: turned 90° anticlockwise; orientation 6 turns them back. */
    private static BufferedImage rotate90(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getHeight(), src.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                out.setRGB(y, src.getWidth() - 1 - x, src.getRGB(x, y));
            }
        }
        return out;
    }
}
