package org.openhealth.chemoeducation.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a rendered page must never contain, checked on the parsed page as a browser would build it. Each problem is
 * one line naming the element; {@link #check(Document)} returns them all (empty = safe).
 */
final class PageSafety {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCRIPT_PREFIX = "/.resources/chemo-education/webresources/js/";
    static final String STYLESHEET = "/.resources/chemo-education/webresources/css/chemo-education.css";

    /** Elements none of the module's templates writes, and that rich text must not bring in. */
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "style", "base", "textarea", "select", "svg", "math", "img", "video", "audio",
            "source", "noscript", "template", "isindex", "details", "xmp", "plaintext", "portal");
    /** Attributes a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "ping", "srcset", "longdesc", "dynsrc", "lowsrc");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
    /** What a section body may hold: the rich-text allow-list, each element with the attributes it may keep. */
    private static final Map<String, Set<String>> RICH_TEXT = richText();
    /** The glossary linker's markup in a section body (jar only): marked terms and their hidden definitions. */
    private static final Set<String> TERM_ATTRIBUTES = Set.of("href", "tabindex", "class", "data-chemo-term",
            "aria-describedby");
    private static final Set<String> DEFINITION_ATTRIBUTES = Set.of("class", "id", "role", "hidden");
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");

    private int elements;
    private int attributes;
    private int jsonLd;

    private static Map<String, Set<String>> richText() {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (String tag : List.of("p", "div", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "sub", "sup", "h2",
                "h3", "h4", "h5", "h6", "blockquote", "hr", "span", "table", "thead", "tbody", "tr")) {
            allowed.put(tag, Set.of());
        }
        allowed.put("a", Set.of("href", "title", "target", "rel"));
        allowed.put("abbr", Set.of("title"));
        allowed.put("th", Set.of("colspan", "rowspan", "scope"));
        allowed.put("td", Set.of("colspan", "rowspan", "scope"));
        return Map.copyOf(allowed);
    }

    /** Elements checked so far. */
    int elements() {
        return elements;
    }

    /** Attributes checked so far. */
    int attributes() {
        return attributes;
    }

    /** JSON-LD blocks parsed so far. */
    int jsonLd() {
        return jsonLd;
    }

    /** The problems of one page (empty when it is safe). */
    List<String> check(Document page) {
        List<String> problems = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            elements++;
            String tag = e.normalName();
            if (FORBIDDEN.contains(tag)) {
                problems.add("forbidden element " + describe(e));
            }
            if (tag.equals("script")) {
                script(e, problems);
            }
            if (tag.equals("form") || tag.equals("input") || tag.equals("button")) {
                form(e, problems);
            }
            if (tag.equals("link") && !(e.attr("rel").equals("stylesheet") && e.attr("href").equals(STYLESHEET))) {
                problems.add("a link that is not the module's stylesheet: " + describe(e));
            }
            if (tag.equals("meta") && (e.hasAttr("http-equiv") || !(e.hasAttr("charset")
                    || Set.of("viewport", "description").contains(e.attr("name"))))) {
                problems.add("unexpected meta " + describe(e));
            }
            for (Attribute attribute : e.attributes()) {
                attributes++;
                attribute(e, attribute, problems);
            }
            if (e.closest(".chemo-article__section-body") != null) {
                if (!e.hasClass("chemo-article__section-body")) {
                    richText(e, problems);
                }
                continue;
            }
            if (Set.of("li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "dt", "dd").contains(tag) && e.text().isBlank()) {
                problems.add("empty " + describe(e));
            }
        }
        // the module's own in-page links (rich text may link anywhere)
        for (Element link : page.select("a[href^=#]")) {
            if (link.attr("href").length() > 1 && link.closest(".chemo-article__section-body") == null
                    && page.getElementById(link.attr("href").substring(1)) == null) {
                problems.add("in-page link to a missing id: " + describe(link));
            }
        }
        if (NULL.matcher(page.text()).find()) {
            problems.add("the text shows 'null'");
        }
        return problems;
    }

    /**
     * An element inside a section body must be on the rich-text allow-list with allowed attributes only (a link that
     * opens a new window with rel="noopener noreferrer"), or be the glossary linker's markup.
     */
    private static void richText(Element e, List<String> problems) {
        String tag = e.normalName();
        Set<String> attributes;
        if (e.hasClass("chemo-term") && (tag.equals("a") || tag.equals("span"))) {
            attributes = TERM_ATTRIBUTES;
        } else if (e.hasClass("chemo-term__definition") && tag.equals("span")) {
            attributes = DEFINITION_ATTRIBUTES;
        } else if (RICH_TEXT.containsKey(tag)) {
            attributes = RICH_TEXT.get(tag);
        } else {
            problems.add("rich text with an element not on the allow-list: " + describe(e));
            return;
        }
        for (Attribute attribute : e.attributes()) {
            if (!attributes.contains(attribute.getKey())) {
                problems.add("rich text with an attribute not on the allow-list: " + describe(e));
            }
        }
        boolean newWindow = e.hasAttr("target");
        if (tag.equals("a") && !e.hasClass("chemo-term") && ((newWindow && !e.attr("target").equals("_blank"))
                || newWindow != e.hasAttr("rel") || (newWindow && !e.attr("rel").equals("noopener noreferrer")))) {
            problems.add("rich-text link with a target or rel other than _blank and noopener noreferrer: "
                    + describe(e));
        }
    }

    /**
     * The two forms the templates write: the call-out's keyword search, a GET form to a web address whose fields are a
     * search box, hidden name=value tokens and a submit button; and the glossary's search, a GET form to the glossary
     * page itself (a path on this site) with one search box named q and a submit button. Any other form, field or
     * button is content's.
     */
    private static void form(Element e, List<String> problems) {
        Element form = e.normalName().equals("form") ? e : e.closest("form");
        boolean searchForm = form != null && form.hasClass("chemo-callout__search") && form.attr("method").equals("get")
                && form.attr("action").matches("https?://[^?#]+") && form.closest("aside.chemo-callout") != null;
        boolean glossarySearch = form != null && form.hasClass("chemo-glossary-search")
                && form.attr("method").equals("get") && form.attr("action").matches("/(?!/)[^?#:]*\\.html")
                && form.closest("section.chemo-glossary-index") != null
                && (!e.normalName().equals("input") || e.attr("name").equals("q") && e.attr("type").equals("search"));
        boolean field = switch (e.normalName()) {
            case "form" -> true;
            case "input" -> (e.attr("type").equals("search") || e.attr("type").equals("hidden"))
                    && TOKEN.matcher(e.attr("name").replace(".", "")).matches()
                    && (e.attr("type").equals("search") || e.attr("value").matches("[A-Za-z0-9_.~-]*"));
            case "button" -> e.attr("type").equals("submit");
            default -> false;
        };
        if (!(searchForm || glossarySearch) || !field) {
            problems.add("forbidden element " + describe(e));
        }
    }

    private void script(Element e, List<String> problems) {
        if (e.attr("type").equals("application/ld+json") && !e.hasAttr("src")) {
            try {
                JsonNode json = JSON.readTree(e.data());
                jsonLd++;
                if (!json.isObject()) {
                    problems.add("JSON-LD is not an object");
                }
            } catch (RuntimeException ex) {
                problems.add("JSON-LD does not parse: " + ex.getMessage().lines().findFirst().orElse(""));
            }
        } else if (!(e.attr("src").matches(Pattern.quote(SCRIPT_PREFIX) + "[\\w.-]+\\.js") && e.data().isBlank()
                && e.attributes().size() == 2 && e.hasAttr("defer"))) {
            problems.add("script that is not the module's own " + describe(e));
        }
    }

    private static void attribute(Element e, Attribute attribute, List<String> problems) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
            problems.add("event handler " + name + " on " + describe(e));
        }
        if (name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
            problems.add("attribute " + name + " on " + describe(e));
        }
        if (URL_ATTRIBUTES.contains(name) && !allowedUrl(attribute.getValue())) {
            problems.add("URL with a scheme that is not allowed in " + name + " of " + describe(e));
        }
        if (name.equals("id") && !TOKEN.matcher(attribute.getValue()).matches()) {
            problems.add("id that is not a token: " + describe(e));
        }
        if (name.equals("class")) {
            for (String className : attribute.getValue().trim().split("\\s+")) {
                if (!className.isEmpty() && !TOKEN.matcher(className).matches()) {
                    problems.add("class that is not a token: " + describe(e));
                }
            }
        }
    }

    /** Whether a (decoded) URL is relative or http(s)/mailto/tel, read as a browser does. */
    static boolean allowedUrl(String url) {
        String normalized = IGNORED_IN_URLS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(normalized);
        return !scheme.find() || SCHEMES.contains(scheme.group(1));
    }

    private static String describe(Element e) {
        String html = e.outerHtml().replaceAll("\\s+", " ");
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
