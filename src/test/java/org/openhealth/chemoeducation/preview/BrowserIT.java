package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The served site in headless Chromium: axe-core (vendored by the build) finds no serious or critical WCAG 2.1
 * A/AA violation, and keyboard focus reaches every link. Starts the real preview jar with {@code serve}.
 * Needs Debian's chromium and chromium-driver: skipped locally without them, required on CI.
 */
class BrowserIT {

    private static ServedSite site;
    private static ChromeDriver driver;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        site = ServedSite.start();
        driver = site.driver();
        axe = Files.readString(Path.of(System.getProperty("axe.script",
                "target/npm/node_modules/axe-core/axe.min.js")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/chemotherapy/chemotherapy-resistance.html", "/chemotherapy/glossary.html",
            "/es/chemotherapy/chemotherapy-resistance.html", "/chemotherapy.html",
            "/chemotherapy/chemotherapy-resistance.html?view=print"})
    void pageHasNoSeriousOrCriticalAccessibilityViolations(String path) {
        // given
        site.open(path);
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
        site.open(path);
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
        site.open(path);
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
        site.open(path);
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
