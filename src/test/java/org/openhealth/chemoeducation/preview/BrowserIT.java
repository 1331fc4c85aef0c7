package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The served site in headless Chromium: axe-core (vendored by the build) finds no serious or critical WCAG 2.1
 * A/AA violation, and keyboard focus reaches every link. Starts the real preview jar with {@code serve}.
 * Needs Debian's chromium and chromium-driver: skipped locally without them, required on CI.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static Process serve;
    private static String baseUrl;
    private static ChromeDriver driver;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(available, "chromium and chromedriver are not installed");
        axe = Files.readString(Path.of(System.getProperty("axe.script",
                "target/npm/node_modules/axe-core/axe.min.js")));
        Path jar = Path.of(System.getProperty("preview.jar", "target/chemo-education-preview.jar"));
        serve = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        baseUrl = awaitUrl(serve);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("chemo-chromium"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (serve != null) {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String awaitUrl(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            seen.add(line);
            if (line.startsWith("Serving ")) {
                String url = line.substring("Serving ".length()).split("\\s+")[0];
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        }
        throw new IllegalStateException("serve did not start: " + seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chemotherapy/chemotherapy-resistance.html", "/chemotherapy/glossary.html",
            "/es/chemotherapy/chemotherapy-resistance.html", "/chemotherapy.html",
            "/chemotherapy/chemotherapy-resistance.html?view=print"})
    void pageHasNoSeriousOrCriticalAccessibilityViolations(String path) {
        // given
        driver.get(baseUrl + path);
        // when
        ((JavascriptExecutor) driver).executeScript(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
                        + " target: v.nodes[0].target.join(' ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: 0, target: String(e)}]));");
        // then
        List<String> serious = new ArrayList<>();
        for (Object violation : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) violation;
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes, e.g. "
                        + v.get("target") + ")");
            }
        }
        assertEquals(List.of(), serious, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chemotherapy/chemotherapy-resistance.html", "/es/chemotherapy/chemotherapy-resistance.html",
            "/chemotherapy/chemotherapy-resistance.html?view=print", "/chemotherapy/chemotherapy-resistance.html?mode=edit",
            "/chemotherapy/glossary.html", "/chemotherapy/glossary~c~.html", "/chemotherapy/glossary.html?q=glyco",
            "/chemotherapy.html"})
    void pageKeepsItsContentSecurityPolicy(String path) {
        // given: the console so far
        driver.manage().logs().get(LogType.BROWSER);
        // when
        driver.get(baseUrl + path);
        // then: nothing the page asked for was refused
        List<String> refused = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                refused.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), refused, path);
        // and the policy is in force: an inline script added now does not run
        Object ran = ((JavascriptExecutor) driver).executeScript("const s = document.createElement('script');"
                + "s.textContent = 'window.chemoInline = true;'; document.head.appendChild(s);"
                + "return window.chemoInline === true;");
        assertEquals(Boolean.FALSE, ran, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chemotherapy/chemotherapy-resistance.html", "/es/chemotherapy/chemotherapy-resistance.html"})
    void theGlossaryScriptRunsUnderThePolicy(String path) {
        // given
        driver.get(baseUrl + path);
        // when: keyboard focus on the first inline term
        Object opened = ((JavascriptExecutor) driver).executeScript("const term = document.querySelector("
                + "'.chemo-term[aria-describedby]'); term.focus();"
                + "return term.classList.contains('chemo-term--open');");
        // then: the module's script (a file of its own, allowed by script-src 'self') opened its definition
        assertEquals(Boolean.TRUE, opened, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chemotherapy/chemotherapy-resistance.html", "/chemotherapy/glossary.html"})
    void keyboardFocusReachesEveryLink(String path) {
        // given
        driver.get(baseUrl + path);
        JavascriptExecutor js = driver;
        long links = (Long) js.executeScript("document.querySelectorAll('a[href]').forEach((a, i) =>"
                + " a.setAttribute('data-focus-index', i)); return document.querySelectorAll('a[href]').length;");
        // when
        Set<String> focused = new LinkedHashSet<>();
        Actions keyboard = new Actions(driver);
        for (int i = 0; i < links + 10 && focused.size() < links; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            Object index = js.executeScript("return document.activeElement.getAttribute('data-focus-index');");
            if (index != null) {
                focused.add(String.valueOf(index));
            }
        }
        // then
        assertTrue(links > 10, "the page has links");
        assertEquals(links, focused.size(), "links reached by Tab on " + path);
    }
}
