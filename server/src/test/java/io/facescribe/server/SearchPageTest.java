package io.facescribe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.analysis.FaceBox;
import io.facescribe.search.AgeBelief;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.IndexedFace;
import io.facescribe.search.IndexedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code POST /v1/search} and the page's search box over a small index (the astronaut photo, held with hand-made
 * probabilities, so no network runs): hits with their box and why they matched, 400 on a bad request, thumbnails of
 * indexed images only, and the search box in a real headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dir;
    private FaceIndex index;
    private FaceScribeServer server;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("facescribe-search-");
        Path photo = dir.resolve("astronaut.png");
        Files.copy(Fixtures.astronautPath(), photo);
        index = FaceIndex.open(dir.resolve("index"));
        index.add(new IndexedImage(photo.toString(), "a", List.of(new IndexedFace(0, new FaceBox(170, 60, 110, 110),
                Map.of("gender.female", 0.97, "gender.male", 0.03, "emotion.happy", 0.99, "wearing_hat", 0.02),
                new AgeBelief(40, 4), List.of("A smiling woman in a spacesuit.")))));
        index.add(new IndexedImage(dir.resolve("gone.jpg").toString(), "b", List.of(new IndexedFace(0,
                new FaceBox(0, 0, 10, 10), Map.of("gender.female", 0.1, "gender.male", 0.9, "emotion.happy", 0.2),
                new AgeBelief(60, 4), List.of()))));
        index.commit();
        server = FaceScribeServer.start(ServerSettings.defaults().withPort(0));
        server.search(index);
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (index != null) {
            index.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void searchesOverHttp() throws Exception {
        HttpResponse<String> r = post("{\"query\": \"a smiling woman with a tattoo\", \"top\": 2}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("faces").asInt()).isEqualTo(2);
        assertThat(body.get("notes").toString()).contains("'tattoo' is not measured");
        JsonNode best = body.get("hits").get(0);
        assertThat(best.get("image").asText()).endsWith("astronaut.png");
        assertThat(best.get("matched").toString()).contains("emotion.happy", "gender.female");
        assertThat(best.get("box").get("x").asInt()).isEqualTo(170);
        assertThat(get(best.get("thumbnail").asText())).isEqualTo(200);
        JsonNode gone = body.get("hits").get(1);
        assertThat(gone.get("missing").asBoolean()).isTrue();
        assertThat(gone.has("thumbnail")).isFalse();

        for (String bad : List.of("not json", "{}", "{\"query\": \"  \"}", "[1]", "{\"query\": \"a man\", \"top\": 0}",
                "{\"query\": \"a man\", \"top\": \"ten\"}", "{\"query\": 3}")) {
            HttpResponse<String> refused = post(bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("code").asText()).isEqualTo("bad_request");
        }
        // only indexed images are served, never another file
        assertThat(get("/v1/search/image?path=" + URLEncoder.encode("/etc/passwd", StandardCharsets.UTF_8))).isEqualTo(404);
        assertThat(get("/v1/search/image?path=" + URLEncoder.encode(dir.resolve("gone.jpg").toString(),
                StandardCharsets.UTF_8))).isEqualTo(404);
        assertThat(get("/v1/search/image")).isEqualTo(400);
    }

    @Test
    void searchBoxShowsAGalleryOfHits() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "Chromium not found; skipping the search page test");
        }
        Path profile = Files.createTempDirectory("facescribe-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://127.0.0.1:" + server.port() + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-query")));
            browser.findElement(By.id("search-query")).sendKeys("a smiling woman without a hat");
            browser.findElement(By.id("search-go")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-hits .hit rect.box")));
            List<WebElement> hits = browser.findElements(By.cssSelector("#search-hits .hit"));
            assertThat(hits).hasSize(2);
            assertThat(hits.get(0).getText()).contains("astronaut.png", "matched:", "smiling", "woman", "no hat");
            assertThat(hits.get(1).getText()).contains("file missing");
            WebElement box = browser.findElement(By.cssSelector("#search-hits rect.box"));
            assertThat(box.getAttribute("x")).isEqualTo("170");
            assertThat(browser.findElement(By.id("search-status")).getText()).contains("2 best of 2 faces");
            Files.write(Path.of("target/search-page.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } finally {
            browser.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
