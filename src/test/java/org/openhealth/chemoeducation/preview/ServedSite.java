package org.openhealth.chemoeducation.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The real preview jar running {@code serve} on a free port, and headless Chromium pointed at it, for the tests
 * that look at pages in a browser. Needs Debian's chromium and chromium-driver: the tests are skipped locally
 * without them, and fail on CI (where {@code .ci/run} installs them).
 */
final class ServedSite implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Process serve;
    private final String baseUrl;
    private final ChromeDriver driver;

    private ServedSite(Process serve, String baseUrl, ChromeDriver driver) {
        this.serve = serve;
        this.baseUrl = baseUrl;
        this.driver = driver;
    }

    /** Starts {@code serve --port 0} from the preview jar the build made, then Chromium at 1280 x 1024. */
    static ServedSite start() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(available, "chromium and chromedriver are not installed");
        Path jar = Path.of(System.getProperty("preview.jar", "target/chemo-education-preview.jar"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
        try {
            String baseUrl = awaitUrl(serve);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("chemo-chromium"));
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new ServedSite(serve, baseUrl, driver);
        } catch (IOException | RuntimeException e) {
            serve.destroy();
            throw e;
        }
    }

    /** Waits for serve's "Serving URL" line; the rest of its output is drained so it never blocks on a full pipe. */
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

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the served site, e.g. {@code /chemotherapy.html?lang=es}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            driver.quit();
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
