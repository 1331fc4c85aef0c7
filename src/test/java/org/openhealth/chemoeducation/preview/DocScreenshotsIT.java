package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes the pictures the docs show ({@link DocScreenshot}) from the served site in headless Chromium, and checks
 * that each shows what its caption says. By default they go to {@code target/screenshots}, so every build proves the
 * pictures can still be made; {@code mvn -B verify -Pscreenshots} writes them to {@code docs/images} instead (the
 * property {@code screenshots.dir}). The device size comes from the DevTools protocol, as DevTools' device mode sets
 * it: https://chromedevtools.github.io/devtools-protocol/tot/Emulation/#method-setDeviceMetricsOverride
 */
class DocScreenshotsIT {

    private static ServedSite site;
    private static Path folder;

    @BeforeAll
    static void start() throws IOException {
        site = ServedSite.start();
        folder = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DocScreenshot.class)
    void pictureShowsWhatTheDocsSayAndStaysSmall(DocScreenshot shot) throws IOException {
        // given
        ChromeDriver driver = site.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", shot.screen.width,
                "height", shot.screen.height, "deviceScaleFactor", 1, "mobile", shot.screen.mobile));
        // no fade-in caught half-way: the same picture on every run
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        site.open(shot.path);
        // when
        if (shot.focus != null) {
            Object inView = driver.executeScript("const e = document.querySelector(arguments[0]);"
                    + "e.scrollIntoView({block: 'center'}); e.focus(); const r = e.getBoundingClientRect();"
                    + "return r.top >= 0 && r.bottom <= window.innerHeight;", shot.focus);
            assertEquals(Boolean.TRUE, inView, shot.focus + " is in the picture of " + shot.path);
        }
        assertEquals(Boolean.TRUE, driver.executeScript("return " + shot.shows + ";"), shot + " shows " + shot.shows);
        String data = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                .get("data");
        byte[] png = PngPalette.optimise(Base64.getDecoder().decode(data));
        Path file = folder.resolve(shot.file);
        Files.write(file, png);
        // then
        assertTrue(png.length <= DocScreenshot.MAX_BYTES, file + " is " + png.length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(shot.screen.width + "x" + shot.screen.height, image.getWidth() + "x" + image.getHeight(),
                file.toString());
        long pageWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(pageWidth <= shot.screen.width, shot.path + " needs sideways scrolling on a " + shot.screen.width
                + " px screen: " + pageWidth + " px wide");
    }
}
