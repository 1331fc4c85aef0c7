package org.openhealth.chemoeducation.module.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The module's one rule for addresses from content, and the only place it is written in Java. A link (link blocks,
 * call-outs, sources, article credits) may reach a reader's browser only when it is a web, e-mail or phone address:
 * {@code http://}, {@code https://}, {@code mailto:} or {@code tel:} in any case, followed by at least one character
 * that is not a space, a control character, a quote, {@code <} or {@code >}. C0 control characters and spaces around
 * it are ignored and dropped, as browsers drop them ({@link String#trim()}, FreeMarker's {@code ?trim}).
 * <p>
 * The rule is {@link #PATTERN}, a Java regular expression, word for word: every URL field's {@code regexpValidator}
 * in the light module's {@code dialogs/} and {@code apps/} uses it (the validator refuses any other), and so does
 * {@code templates/macros/links.ftl} ({@code safeUrl}, {@code webUrl}). Rich text links may also be relative
 * ({@link #isRichTextLink}), as {@code templates/macros/richText.ftl} checks them too. One table of cases,
 * {@code src/test/resources/org/openhealth/chemoeducation/rules/url-cases.csv}, is run against all of them.
 */
public final class SafeUrls {

    /** The schemes a link may use, in any case. */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

    /** The schemes of a web address (a form can only be sent to these). */
    public static final List<String> WEB_SCHEMES = List.of("http", "https");

    /** The rule for a link, as the regular expression every URL field's regexpValidator uses (case-insensitive). */
    public static final String PATTERN =
            "(?i)^[\\x00-\\x20]*(?:https?://|mailto:|tel:)[^\\x00-\\x20\\x22\\x27<>\\x7f]+[\\x00-\\x20]*$";

    private static final String URL_CHAR = "[^\\x00-\\x20\\x22\\x27<>\\x7f]";
    private static final Pattern LINK = Pattern.compile(PATTERN);
    private static final Pattern WEB = Pattern.compile("(?i)https?://.*");
    /**
     * A rich-text href: a link without the spaces around it, or a relative reference, whose first segment has no
     * ":" (RFC 3986, section 4.2): no scheme at all.
     */
    private static final Pattern RICH_TEXT_LINK = Pattern.compile("(?i)(?:https?://|mailto:|tel:)" + URL_CHAR
            + "+|[^\\x00-\\x20\\x22\\x27<>\\x7f:/?#]*(?:[/?#]" + URL_CHAR + "*)?");

    private SafeUrls() {
    }

    /** The link as it may be printed (trimmed), when it is allowed; empty otherwise (also for null). */
    public static Optional<String> link(String url) {
        return url != null && LINK.matcher(url).matches() ? Optional.of(url.trim()) : Optional.empty();
    }

    /** Whether {@link #link} allows the address. */
    public static boolean isLink(String url) {
        return link(url).isPresent();
    }

    /** The web address (http or https) as it may be printed (trimmed), when it is an allowed link. */
    public static Optional<String> web(String url) {
        return link(url).filter(link -> WEB.matcher(link).matches());
    }

    /**
     * Whether a rich-text link target (the decoded {@code href}) may stay: an allowed link with nothing around it,
     * or a relative reference (no scheme: no ":" before the first "/", "?" or "#"), with no space, control
     * character, quote, {@code <} or {@code >} anywhere. Stricter than {@link #link} on purpose: rich text is HTML,
     * and a target that needs trimming is not what the editor's link dialog writes.
     */
    public static boolean isRichTextLink(String href) {
        return href != null && RICH_TEXT_LINK.matcher(href).matches();
    }
}
