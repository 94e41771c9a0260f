package io.facescribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.facescribe.analysis.ImageAnalysis;
import io.facescribe.describe.Caption;
import io.facescribe.describe.DescribeOptions;
import io.facescribe.describe.Describer;
import io.facescribe.describe.ImageDescription;
import io.facescribe.json.Json;
import io.facescribe.testing.TestData;
import io.facescribe.testing.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Photos of two to eight people from the detection fixtures (the file name's digit is the face count): whole-photo
 * captions and questions about every face. Skipped without the data.
 */
class GroupPhotoTest {

    private static final List<String> PHOTOS = List.of("010_2.jpg", "011_3.jpg", "012_4.jpg", "016_8.jpg");
    private static final List<String> COUNTS = List.of("", "", "Two people", "Three people", "Four people",
            "Five people", "Six people", "Seven people", "Eight people");

    private static FaceScribe fs;
    private static final Map<String, ImageAnalysis> ANALYSES = new TreeMap<>();

    @BeforeAll
    static void analyse() {
        TestData.dir();
        fs = FaceScribe.create(FaceScribeConfig.defaults().withStore(TestModels.store()));
        for (String name : PHOTOS) {
            ANALYSES.put(name, fs.analyze(TestData.path("fixtures/detection/" + name)));
        }
    }

    @AfterAll
    static void close() {
        if (fs != null) {
            fs.close();
        }
    }

    private static ImageAnalysis photo(String name) {
        ImageAnalysis a = ANALYSES.get(name);
        assertThat(a.ok()).as(name).isTrue();
        return a;
    }

    @Test
    void wholePhotoCaptionCountsAndPlacesEveryFace() {
        for (String name : PHOTOS) {
            ImageAnalysis a = photo(name);
            int n = a.faces().size();
            assertThat(n).as(name + " faces").isEqualTo(Character.getNumericValue(name.charAt(4)));
            for (long seed = 0; seed < 20; seed++) {
                ImageDescription d = fs.describe(a, DescribeOptions.defaults().withCaptions(2).withSeed(seed));
                assertThat(d.photo()).as(name).hasSize(2);
                for (Caption c : d.photo()) {
                    assertThat(c.text()).as(name).startsWith(COUNTS.get(n));
                    assertThat(c.guard().ok()).as(c.text() + " " + c.guard()).isTrue();
                    if (n == 2) {
                        assertThat(c.text()).contains("on the left").contains("on the right");
                    } else if (n == 3) {
                        assertThat(c.text()).contains("in the middle");
                    } else {
                        assertThat(c.text()).contains("from left to right");
                    }
                    // every face is a person noun phrase of its own
                    assertThat(c.text().split("\\b(a|an) ")).as(c.text()).hasSizeGreaterThanOrEqualTo(n + 1);
                }
                assertThat(d.photo().get(0).text()).isNotEqualTo(d.photo().get(1).text());
            }
        }
    }

    @Test
    void wholePhotoGoesInTheJsonAndFollowsReadingOrder() {
        ImageAnalysis a = photo("010_2.jpg");
        ImageDescription d = fs.describe(a, DescribeOptions.defaults());
        JsonNode json = d.toJson(Json.mapper());
        assertThat(json.path("photo").path("captions").get(0).path("text").asText()).isEqualTo(d.photoCaption());
        List<Integer> order = Describer.readingOrder(a);
        assertThat(a.faces().get(order.get(0)).box().x()).isLessThan(a.faces().get(order.get(1)).box().x());
        ImageDescription one = fs.describe(fs.analyze(TestData.path("fixtures/photos/skimage_astronaut.png")),
                DescribeOptions.defaults());
        assertThat(one.photo()).isEmpty();
        assertThat(one.toJson(Json.mapper()).has("photo")).isFalse();
    }
}
