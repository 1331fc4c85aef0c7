package org.openhealth.chemoeducation.module.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans editor rich text down to an allow-list fit for patient content, with jsoup's {@link Cleaner}: anything not
 * on the list (scripts, event handlers, styles, frames, forms, SVG, MathML, comments) is removed and its text kept.
 * Links keep the targets {@link SafeUrls#isRichTextLink} allows ({@code http}, {@code https}, {@code mailto},
 * {@code tel} and relative) and lose any other; a link that opens a new window ({@code target="_blank"}, the only
 * target kept) gets {@code rel="noopener noreferrer"}.
 * <p>
 * Allowed: {@code p br ul ol li strong em b i u sub sup h2-h6 blockquote hr span}, {@code a[href title target]},
 * {@code abbr[title]}, {@code table thead tbody tr th td} with {@code th/td[colspan rowspan scope]}. The light module
 * checks the same list in FreeMarker ({@code templates/macros/richText.ftl}), but without Java it can only show
 * text that fails the check as text. Thread-safe.
 */
public final class RichTextSanitizer {

    /** A base for resolving relative links while checking them; never written out. */
    private static final String CHECK_BASE = "https://chemo-education.invalid/";

    private final Cleaner cleaner;

    public RichTextSanitizer() {
        Safelist safelist = new Safelist()
                .addTags("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "sub", "sup", "h2", "h3", "h4",
                        "h5", "h6", "blockquote", "hr", "span", "a", "abbr", "table", "thead", "tbody", "tr", "th",
                        "td")
                .addAttributes("a", "href", "title", "target")
                .addAttributes("abbr", "title")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("td", "colspan", "rowspan", "scope")
                .addProtocols("a", "href", protocols())
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /** The cleaned rich text as HTML; null or blank text comes back as "". */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return clean(html).body().html();
    }

    /**
     * The cleaned rich text as a document (the fragment is its body), with output settings for inline HTML: no pretty
     * printing, base entities, UTF-8. For callers that change the markup further, e.g. the glossary linker.
     */
    public Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, CHECK_BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8);
        for (Element link : clean.body().select("a")) {
            // a second check after jsoup's own, on the decoded target
            if (link.hasAttr("href") && !SafeUrls.isRichTextLink(link.attr("href"))) {
                link.removeAttr("href");
            }
            String target = link.attr("target");
            if (link.hasAttr("target") && !"_blank".equals(target.trim().toLowerCase(Locale.ROOT))) {
                link.removeAttr("target");
            }
            if (link.hasAttr("target")) {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer");
            }
        }
        return clean;
    }

    /** jsoup's first check: the schemes of {@link SafeUrls}, and "#" for links within the page. */
    private static String[] protocols() {
        List<String> protocols = new ArrayList<>(SafeUrls.SCHEMES);
        protocols.add("#");
        return protocols.toArray(String[]::new);
    }
}
