package se.telefonpolicy.staffweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven by Selenium, with
 * axe-core (the npm package, fetched by the build: system property axe.script) injected into the page for the WCAG
 * 2.1 A/AA rules, and screenshots of pages.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final String base;
    private final Path userData;

    Browser(String base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        this.base = base;
        try {
            this.userData = Files.createTempDirectory("staff-web-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
        // the machine's network is closed: without these Chromium tries Google's hosts at every start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=sv", "--window-size=1280,1000", "--user-data-dir=" + userData);
        // a Swedish browser: 24-hour time fields, Swedish dates (headless Chromium takes its locale from LANGUAGE)
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .withEnvironment(Map.of("LANGUAGE", "sv_SE", "LANG", "sv_SE.UTF-8", "TZ", "Europe/Stockholm"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the development login (the same code flow as production's provider) as this person. */
    void loginAs(String employeeId) {
        driver.manage().deleteAllCookies();
        open("/");
        waitFor(By.cssSelector("button[name='employee'][value='" + employeeId + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().startsWith(base) && d.getPageSource().contains("Inloggad som"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /**
     * Sets a time field as a person picking a time would: how keys fill one depends on the browser's locale
     * (12-hour fields want AM/PM), so the value is set and the events a person's input fires are sent.
     */
    void setTime(By by, String hhmm) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", waitFor(by), hhmm);
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's WCAG 2.1 A and AA violations by axe-core, one readable line each; empty when none. */
    List<String> accessibilityViolations() {
        try {
            driver.executeScript(Files.readString(axeScript()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('axe failed: ' + e); });", WCAG_21_AA);
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) {
            throw new IllegalStateException(json);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                List<String> where = new ArrayList<>();
                v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                lines.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText()
                        + " at " + where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    void assertAccessible(String page) {
        assertThat(accessibilityViolations()).as("axe-core WCAG 2.1 A/AA violations on " + page).isEmpty();
    }

    /**
     * Renders the page as a phone of this width would (CSS pixels) and names what sticks out sideways (the innermost
     * elements wider than the viewport); empty when the page needs no sideways scrolling.
     */
    List<String> overflowingAt(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) driver.executeScript(
                    "var w = document.documentElement.clientWidth, out = [];"
                    + "if (document.documentElement.scrollWidth <= w + 1) return out;"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && !(e.parentElement && e.parentElement.closest('.tabell')) && e.offsetParent !== null"
                    + "      && !Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > w + 1; }))"
                    + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')"
                    + "      + ' right=' + Math.round(r.right));"
                    + "});"
                    + "return out.length ? out.slice(0, 10) : ['the page is ' + document.documentElement.scrollWidth + ' px wide'];");
            return wide;
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Long height = (Long) driver.executeScript(
                    "return Math.min(2400, Math.max(document.body.scrollHeight, document.documentElement.scrollHeight));");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Path axeScript() {
        Path script = Path.of(System.getProperty("axe.script", "target/axe-core/package/axe.min.js"));
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: the build fetches axe-core from the npm registry");
        }
        return script;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
