package org.claimgraph.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium, driven through the system's chromedriver (never a downloaded
 * one). Skips, saying why, when /usr/bin/chromium or /usr/bin/chromedriver is missing. Screenshots
 * go to target/screenshots, or to the folder named by -Dclaimgraph.screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static Sample sample;
    /** The eleven examples/multi reports, for the events pages. */
    static MultiSample events;
    static WebDriver driver;
    static ChromeDriverService service;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("BrowserTest SKIPPED: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
        shots = Path.of(System.getProperty("claimgraph.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        sample = new Sample(dir.resolve("db"));
        events = new MultiSample(dir.resolve("events-db"));
        // Selenium Manager would try to download a driver; an explicit driver and binary keep it offline.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"), "--window-size=1280,1000",
                "--lang=en-US");
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (sample != null) {
            sample.close();
        }
        if (events != null) {
            events.close();
        }
    }

    static void open(String path) {
        driver.get(sample.base() + path);
    }

    /** The whole page in one picture: the window grows to the page's height for the shot, then shrinks back. */
    static void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1280, Math.min(6000, Math.max(1000, height.intValue() + 40))));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    static void screenshot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The text of every highlighted piece of the linked passage, joined: fact spans cut it into pieces. */
    static String markedText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.doctext .target')).map(e => e.textContent).join('')");
    }

    static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a script ran: an alert is open");
    }

    @Test
    void documentsListLeadsToTheHighlightedDocument() throws IOException {
        open("/documents");
        screenshot("documents.png");
        driver.findElement(By.linkText("What do experts on jihadism say about the attack on Crocus City Hall?")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("doctext")));
        List<WebElement> actors = driver.findElements(By.cssSelector(".doctext .hl-actor"));
        assertFalse(actors.isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".doctext .hl-event")).size() > 0);
        assertTrue(driver.findElements(By.cssSelector(".doctext .hl-assertion")).size() > 0);
        List<WebElement> removed = driver.findElements(By.cssSelector(".doctext .removed"));
        assertEquals("Failed to fetch data from the URL.", removed.get(removed.size() - 1).getText());
        assertTrue(actors.get(0).getAttribute("title").startsWith("actor: "));
        screenshot("document.png");
    }

    @Test
    void actorEvidenceLinksToTheHighlightedSentence() throws IOException {
        open("/actors/iskp");
        assertTrue(driver.findElement(By.cssSelector(".hierarchy")).getText().contains("Islamic State"));
        screenshot("actor.png");
        driver.findElement(By.cssSelector("a.evidence")).click();
        await().until(d -> d.getCurrentUrl().contains("#span-"));
        WebElement target = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".doctext .target")));
        String marked = markedText();
        assertTrue(marked.startsWith("Danish jihadism expert Tore Hamming suspects") || marked.startsWith("Tore Hamming suspects"), marked);
        assertTrue(target.isDisplayed());
        screenshot("evidence.png");
    }

    @Test
    void searchShowsFacetsAndSentencesThatLinkIntoTheText() throws IOException {
        open("/search?q=responsibility");
        assertTrue(driver.findElement(By.cssSelector(".facets")).getText().contains("Islamic State"));
        screenshot("search.png");
        driver.findElement(By.cssSelector(".snippets a")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".doctext .target")));
        assertTrue(markedText().contains("responsibility"), markedText());
    }

    @Test
    void pastedArticleIsIngestedListedAndShownAsText() throws IOException {
        open("/ingest");
        screenshot("ingest.png");
        String title = "Night raid <script>alert(1)</script>";
        String text = "Gunmen stormed a checkpoint near Nazran.\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\nNo group claimed it.";
        WebElement form = driver.findElement(By.id("paste-form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("outlet")).sendKeys("Test Wire");
        form.findElement(By.name("text")).sendKeys(text);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            await().until(d -> d.getCurrentUrl().contains("/documents/"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("form did not lead to the document: " + driver.getCurrentUrl() + "\n"
                    + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())), e);
        }
        assertNoAlert();
        WebElement body = driver.findElement(By.id("doctext"));
        assertTrue(body.getText().contains("<script>alert(1)</script>"), body.getText());
        assertTrue(body.getText().contains("<img src=x onerror=alert(1)>"));
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('.doctext script, .doctext img, main h1 script').length"));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        screenshot("xss-as-text.png");
        open("/documents");
        assertNoAlert();
        assertTrue(driver.findElement(By.id("documents")).getText().contains(title));
    }

    @Test
    void eventsLeadToTheHypothesisBoardAndEvidenceToItsSentence() throws IOException {
        driver.get(events.base() + "/events");
        assertEquals(3, driver.findElements(By.cssSelector("#event-list a.event-link")).size());
        assertEquals(3, driver.findElements(By.cssSelector("#event-strip circle.event-dot")).size());
        fullPageScreenshot("events.png");
        driver.findElement(By.linkText("Crocus City Hall, Krasnogorsk")).click();
        WebElement matrix = await().until(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
        List<WebElement> heads = matrix.findElements(By.cssSelector("thead th.hyp"));
        assertEquals("Islamic State", heads.get(0).getText());
        assertEquals("Ukraine", heads.get(heads.size() - 1).getText());
        WebElement denial = matrix.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Mykhailo Podolyak")).findFirst().orElseThrow();
        List<WebElement> cells = denial.findElements(By.cssSelector("td.ach"));
        assertEquals("inconsistent", cells.get(cells.size() - 1).getAttribute("class").replace("ach", "").strip());
        assertTrue(driver.findElement(By.id("casualty-chart")).isDisplayed());
        fullPageScreenshot("event.png");
        WebElement evidence = denial.findElement(By.cssSelector("a.evidence"));
        String sentence = evidence.getText().strip(); // the quote marks are CSS, not text
        evidence.click();
        await().until(d -> d.getCurrentUrl().contains("/documents/") && d.getCurrentUrl().contains("#span-"));
        WebElement target = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".doctext .target")));
        assertEquals(sentence, markedText().strip());
        assertTrue(target.isDisplayed());
        assertNoAlert();
    }
}
