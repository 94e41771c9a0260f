package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetCardTest {

    private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\(charts/([^)]+)\\)");

    @TempDir
    Path temp;

    @Test
    void writesACardWhoseChartsAllExistDecodeAndAreLinked() throws IOException {
        Path dir = temp.resolve("card ü 😀");
        CardStats stats = DatasetCard.write(CardStatsTest.knownSet().iterator(), dir, "Known | set");
        assertThat(stats.images().images()).isEqualTo(8);

        String md = Files.readString(dir.resolve("card.md"), StandardCharsets.UTF_8);
        Set<String> linked = links(md);
        Set<String> files = chartFiles(dir);
        assertThat(linked).isEqualTo(files);
        assertThat(files).contains("status.png", "reasons.png", "faces-per-image.png", "flags.png", "face-sizes.png",
                "gender.png", "ethnicity.png", "age-bands.png", "emotions.png", "attributes.png",
                "attributes-by-gender.png", "attributes-by-ethnicity.png", "attributes-by-age.png",
                "attractive-makeup.png", "top-pairs.png", "caption-lengths.png", "top-words.png", "labels.png");
        for (String file : files) {
            assertDrawn(dir.resolve("charts").resolve(file));
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        assertThat(md).startsWith("# Known \\| set\n");
        assertThat(md).contains("docs/accuracy.md", "model estimate", "perceived");
        assertThat(md).contains("8 images were read: 4 kept (50.0%), 3 filtered out (37.5%) and 1 failed (12.5%)");
        assertThat(md).contains("| no face | filtered | 1 | 12.5% |");
        assertThat(md).contains("| cannot decode \\<image\\>: truncated JPEG | failed | 1 | 12.5% |");
        assertThat(md).contains("| blurry | 2 | 50.0% |");
        AttributeShares all = stats.attributes();
        assertThat(md).contains("| Attractive | " + all.count("Attractive") + " | " + Md.pct(all.share("Attractive")) + " |");
        assertThat(md).contains("| vocabulary (distinct words) | " + stats.captions().vocabulary() + " |");
        assertThat(md).contains("Attractive × Heavy_Makeup");
        assertThat(md).contains("## Labels against measurements");
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                assertThat(line).as("table rows are single lines ending in a pipe").endsWith("|");
            }
        }
    }

    @Test
    void rewritesInPlaceAndLeavesNoLabelsSectionWithoutLabels() throws IOException {
        Path dir = temp.resolve("again");
        DatasetCard.write(CardStatsTest.knownSet().iterator(), dir, "first");
        List<ObjectNode> unlabelled = CardStatsTest.knownSet();
        unlabelled.forEach(r -> r.remove("labels"));
        DatasetCard.write(unlabelled.iterator(), dir, "second");
        String md = Files.readString(dir.resolve("card.md"));
        assertThat(md).startsWith("# second").doesNotContain("charts/labels.png");
    }

    @Test
    void anEmptySetStillGivesACompleteCard() throws IOException {
        Path dir = temp.resolve("empty");
        CardStats stats = DatasetCard.write(List.<ObjectNode>of().iterator(), dir, "Nothing");
        assertThat(stats.images().images()).isZero();
        String md = Files.readString(dir.resolve("card.md"));
        assertThat(links(md)).isEqualTo(chartFiles(dir)).hasSizeGreaterThanOrEqualTo(17);
        for (String file : chartFiles(dir)) {
            assertDrawn(dir.resolve("charts").resolve(file));
        }
        assertThat(md).contains("0 images were read");
    }

    @Test
    void readsARecordsFileLineByLine() throws IOException {
        Path jsonl = temp.resolve("records ü.jsonl");
        StringBuilder lines = new StringBuilder();
        for (ObjectNode r : CardStatsTest.knownSet()) {
            lines.append(TestRecords.MAPPER.writeValueAsString(r)).append('\n');
        }
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
        CardStats fromFile = DatasetCard.write(jsonl, temp.resolve("from-file"), "file");
        CardStats fromMemory = CardStatsTest.statsOf(CardStatsTest.knownSet());
        assertThat(fromFile.images()).isEqualTo(fromMemory.images());
        assertThat(fromFile.captions()).isEqualTo(fromMemory.captions());
        assertThat(fromFile.attributes()).isEqualTo(fromMemory.attributes());
    }

    static Set<String> links(String md) {
        Set<String> linked = new HashSet<>();
        Matcher m = IMAGE_LINK.matcher(md);
        while (m.find()) {
            assertThat(linked.add(m.group(1))).as("each chart linked once: " + m.group(1)).isTrue();
        }
        return linked;
    }

    static Set<String> chartFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            return new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The PNG decodes, is a sensible size and is not blank. */
    static void assertDrawn(Path png) throws IOException {
        assertThat(png.getFileName().toString()).endsWith(".png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png.toString()).isNotNull();
        assertThat(image.getWidth()).as(png + " width").isBetween(600, 4000);
        assertThat(image.getHeight()).as(png + " height").isBetween(400, 4000);
        List<Integer> colours = new ArrayList<>();
        for (int y = 0; y < image.getHeight() && colours.size() < 3; y += 7) {
            for (int x = 0; x < image.getWidth() && colours.size() < 3; x += 7) {
                int rgb = image.getRGB(x, y);
                if (!colours.contains(rgb)) {
                    colours.add(rgb);
                }
            }
        }
        assertThat(colours).as(png + " is not a blank image").hasSizeGreaterThanOrEqualTo(3);
    }
}
