package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;

import javax.jcr.Node;

import org.apache.jackrabbit.util.ISO8601;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * FreeMarker as Magnolia configures it (Magnolia 5.0 core {@code FreemarkerHelper}; docs/magnolia-sources.md §3-4):
 * tag syntax auto-detected, 2.3.0 compatibility, no time zone, number or date format of its own (the JVM's time zone,
 * the content language's formats), and a missing message key shown as the key.
 */
class FreeMarkerConfigurationIT {

    @TempDir
    Path dir;
    private ProbeSite site;
    private TimeZone jvmZone;

    @BeforeEach
    void start() {
        site = new ProbeSite(dir);
        jvmZone = TimeZone.getDefault();
    }

    @AfterEach
    void stop() {
        TimeZone.setDefault(jvmZone);
        site.close();
    }

    @Test
    void theFirstTagDecidesTheSyntaxSoAngleBracketScriptsRunToo() throws Exception {
        // given
        site.page();
        site.script("<#-- probe --><#assign x = 2>${x * 3}");
        // when / then
        assertEquals("6", site.render("en"));
    }

    @Test
    void numbersAndMessagesFollowTheContentLanguage() throws Exception {
        // given
        site.page();
        site.script("[#-- probe --]${1234567}|${1234.5}|${i18n.get('probe.hello', ['Ana'])}|${i18n['probe.missing']}");
        // when
        String english = site.render("en");
        String spanish = site.render("es");
        // then: FreeMarker's default number format in the page's locale; a missing key is shown as itself
        assertEquals("1,234,567|1,234.5|Hello Ana|probe.missing", english);
        assertEquals("1.234.567|1.234,5|Hola Ana|probe.missing", spanish);
    }

    @Test
    void htmlBuiltInLeavesTheApostropheAsFreeMarker230Does() throws Exception {
        // given
        site.page();
        site.script("[#-- probe --]${\"it's <b>\"?html}");
        // when / then: so templates must never put ?html values into single-quoted attributes
        assertEquals("it's &lt;b&gt;", site.render("en"));
    }

    @Test
    void datesAreShownInTheJvmTimeZoneAsMagnoliaSetsNone() throws Exception {
        // given: a day stored as midnight UTC, rendered on a server in New York
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        Node page = site.page();
        page.setProperty("day", ISO8601.parse("2026-11-01T00:00:00.000Z"));
        page.getSession().save();
        site.script("[#-- probe --]${content.day?string('yyyy-MM-dd HH:mm')}|${content.day?datetime?iso_utc}");
        // when / then: the plain format shows the evening before; the UTC form keeps the stored day
        assertEquals("2026-10-31 20:00|2026-11-01T00:00:00Z", site.render("en"));
    }

    @Test
    void theReviewLineAndStructuredDataShowTheStoredDayWestOfUtc() {
        // given: the seed article reviewed on 2026-11-01, on a server in New York
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        Path article = ReviewedSeed.write(dir.resolve("content"), "chemoArticles.chemotherapy-resistance.yaml",
                "2026-11-01", "2028-11-01", ReviewedSeed.REVIEWER);
        try (PreviewSite seed = PreviewSite.start(SeedSite.MODULE, List.of(article), null)) {
            // when
            Document en = page(seed, "en");
            Document es = page(seed, "es");
            // then
            assertEquals("Medically reviewed by Dr. Test Reviewer on November 1, 2026. Next review due November 1,"
                    + " 2028.", en.selectFirst(".chemo-article__review").text());
            assertEquals("Revisión médica realizada por Dr. Test Reviewer el 1 de noviembre de 2026. Próxima"
                    + " revisión prevista para el 1 de noviembre de 2028.",
                    es.selectFirst(".chemo-article__review").text());
            String jsonLd = en.selectFirst("script[type=application/ld+json]").data();
            assertEquals(true, jsonLd.contains("\"lastReviewed\": \"2026-11-01\""), jsonLd);
        }
    }

    private static Document page(PreviewSite seed, String language) {
        return Jsoup.parse(seed.render(new PreviewSite.PageRequest(SeedSite.ARTICLE_PAGE, language, false,
                java.util.Map.of()), "").html());
    }
}
