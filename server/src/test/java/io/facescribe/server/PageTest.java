package io.facescribe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import io.facescribe.FaceScribe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver): upload the astronaut, see her box
 * and captions, draw another caption, ask a question, use it from the keyboard; a screenshot is left in
 * {@code server/target/page.png}. Outside CI it skips when Chromium is missing; in CI (CI=true) it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private FaceScribe faceScribe;
    private FaceScribeServer server;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "Chromium not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); skipping the page test");
        }
        assertThat(present).as("CI must install chromium and chromium-driver (.ci/run does)").isTrue();
        faceScribe = Fixtures.faceScribe();
        server = FaceScribeServer.start(ServerSettings.defaults().withPort(0));
        server.ready(faceScribe);
        profile = Files.createTempDirectory("facescribe-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1700", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (faceScribe != null) {
            faceScribe.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void uploadTheAstronautSeeHerDescribedAndAskAboutHer() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class); // the page redraws its results on each answer
        browser.get("http://127.0.0.1:" + server.port() + "/");
        assertThat(browser.getTitle()).isEqualTo("FaceScribe");

        browser.findElement(By.id("file")).sendKeys(Fixtures.astronautPath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#boxes rect")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".caption-text"), 3));

        WebElement box = browser.findElement(By.cssSelector("#boxes rect"));
        assertThat(Integer.parseInt(box.getAttribute("x"))).isBetween(165, 180);
        assertThat(Integer.parseInt(box.getAttribute("width"))).isBetween(90, 120);
        List<WebElement> captions = browser.findElements(By.cssSelector(".caption-text"));
        String first = captions.get(0).getText();
        assertThat(first).isNotBlank();
        assertThat(browser.findElement(By.id("photo")).getAttribute("alt")).startsWith("Photo. ").contains(first);
        assertThat(browser.findElements(By.cssSelector(".guard.ok"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".measure")).getText()).contains("female", "happy", "white");
        assertThat(browser.findElements(By.cssSelector(".face meter")).size()).isGreaterThanOrEqualTo(4 + 40);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("One face found.");

        // another one: new captions from a new seed
        browser.findElement(By.id("another")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".caption-text")).isEmpty()
                && !d.findElements(By.cssSelector(".caption-text")).get(0).getText().equals(first));

        // leave out the sensitive traits: the captions and the panel drop ethnicity
        browser.findElement(By.id("no-sensitive")).click();
        wait.until(d -> d.findElements(By.cssSelector(".measure")).size() == 1
                && !d.findElement(By.cssSelector(".measure")).getText().contains("Ethnicity"));
        for (WebElement c : browser.findElements(By.cssSelector(".caption-text"))) {
            assertThat(c.getText().toLowerCase()).doesNotContain("white", "attractive");
        }

        // the keyboard reaches every control, in order
        List<String> focused = new ArrayList<>();
        browser.findElement(By.tagName("h1")).click();
        for (int i = 0; i < 14; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused.add(browser.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(focused).containsSubsequence("file", "realizer", "no-sensitive", "long", "another", "question", "ask");

        // ask from the keyboard
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("How old is she?", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#answer .answer-text"), "years old"));

        // paste a few captions of one's own: the captions come back in that voice (lower-case fragments)
        browser.findElement(By.id("voice-summary")).click();
        browser.findElement(By.id("style-captions")).sendKeys("young woman. long brown hair. smiling\n"
                + "older man. short grey hair. glasses\nwoman. black hair, bangs. calm\nbald man. glasses. smiling\n"
                + "girl. long blond hair. smiling");
        browser.findElement(By.id("apply-style")).click();
        wait.until(d -> {
            List<WebElement> cs = d.findElements(By.cssSelector(".caption-text"));
            return cs.size() == 3 && cs.stream().map(WebElement::getText)
                    .allMatch(t -> t.contains(". ") && t.equals(t.toLowerCase()) && t.split("\\s+").length <= 9);
        });
        assertThat(browser.findElements(By.cssSelector(".guard.ok"))).hasSize(3);

        Path shot = Path.of("target", "page.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);

        // nothing the page did broke its Content-Security-Policy or failed in the console
        List<String> problems = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue() || e.getMessage().contains("Content Security Policy")) {
                problems.add(e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPhotoOfTwoPeopleGetsOneCaptionOfEveryoneBeforeTheFaces() throws IOException {
        // a real two-person photo: the astronaut twice, side by side
        java.awt.image.BufferedImage one = javax.imageio.ImageIO.read(Fixtures.astronautPath().toFile());
        java.awt.image.BufferedImage two = new java.awt.image.BufferedImage(one.getWidth() * 2, one.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = two.createGraphics();
        g.drawImage(one, 0, 0, null);
        g.drawImage(one, one.getWidth(), 0, null);
        g.dispose();
        Path file = profile.resolve("two people.png");
        javax.imageio.ImageIO.write(two, "png", file.toFile());

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://127.0.0.1:" + server.port() + "/");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "2 faces found."));
        List<WebElement> whole = browser.findElements(By.cssSelector("#photo-captions .caption-text"));
        assertThat(whole).hasSize(3);
        for (WebElement c : whole) {
            assertThat(c.getText()).startsWith("Two people: on the left ").contains("on the right");
        }
        assertThat(browser.findElements(By.cssSelector("#photo-captions .guard.ok"))).hasSize(3);
        List<WebElement> articles = browser.findElements(By.cssSelector("#faces article"));
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("The whole photo");
        assertThat(browser.findElement(By.id("photo")).getAttribute("alt")).isEqualTo("Photo. " + whole.get(0).getText());
    }
}
