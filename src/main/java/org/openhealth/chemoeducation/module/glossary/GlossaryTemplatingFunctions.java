package org.openhealth.chemoeducation.module.glossary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.openhealth.chemoeducation.module.readability.ArticleReadability;
import org.openhealth.chemoeducation.module.readability.Language;
import org.openhealth.chemoeducation.module.readability.ReadabilityAnalyzer;
import org.openhealth.chemoeducation.module.translation.TranslatableProperties;
import org.openhealth.chemoeducation.module.translation.TranslationStatus;
import org.openhealth.chemoeducation.module.safety.HtmlIds;
import org.openhealth.chemoeducation.module.safety.RichTextSanitizer;

/**
 * The {@code chemofn} templating functions. In Magnolia they are registered as a context attribute of the
 * FreeMarker renderer by the module's bootstrap file
 * {@code config.modules.rendering.renderers.freemarker.contextAttributes.chemofn.yaml}
 * (https://docs.magnolia-cms.com/product-docs/developing/Templating/Template-scripts/Templating-functions);
 * a light-module-only install has no {@code chemofn}, and the templates then skip inline linking.
 *
 * <pre>
 * [#assign linker = chemofn.linker(cmsfn.contentByPath("/", "chemoGlossary"),
 *         {"language": cmsfn.language(), "glossaryUrl": url, "idPrefix": "chemo-term-" + article.@name})]
 * ${linker.link(cmsfn.decode(section).body!)}
 * [#list linker.usedTerms() as term]…[/#list]
 * ${chemofn.sanitize(cmsfn.decode(content).body!)}   [#-- rich text without glossary linking --]
 * [#assign body = chemofn.richText(cmsfn.decode(content).body!)]  [#-- the same, with body.contentRemoved() and
 *                                                                      body.linkRemoved() for editor alerts --]
 * </pre>
 * Everything these functions return as HTML has been cleaned to the rich-text allow-list ({@link RichTextSanitizer}).
 */
public final class GlossaryTemplatingFunctions {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    private final MatcherCache cache;
    private final Supplier<Set<String>> translatableSource;
    /** What translations follow, read on first use (racing first calls read the same set). */
    private volatile Set<String> translatable;

    /**
     * Functions with their own matcher cache and the module's translatable properties: how Magnolia creates them,
     * once, as the singleton component the module descriptor declares ({@code META-INF/magnolia/chemo-education.xml}).
     */
    public GlossaryTemplatingFunctions() {
        this(new MatcherCache(2_000, System::currentTimeMillis), () -> TranslatableProperties.MODULE);
    }

    /** @param translatable the properties a translation follows, read once on first use */
    public GlossaryTemplatingFunctions(MatcherCache cache, Supplier<Set<String>> translatable) {
        this.cache = cache;
        this.translatableSource = translatable;
    }

    /** Rich text cleaned to the allow-list, safe to print raw; null or blank text gives "". */
    public String sanitize(String html) {
        return SANITIZER.sanitize(html);
    }

    /**
     * Rich text cleaned to the allow-list ({@code html()}, safe to print raw), with what cleaning took out that editors
     * should be told about ({@code contentRemoved()}, {@code linkRemoved()}).
     */
    public RichTextSanitizer.Cleaned richText(String html) {
        return SANITIZER.clean(html);
    }

    /** Marks the first occurrence of each term in {@code html}; {@code terms} as for {@link #linker}. */
    public String linkTerms(String html, Object terms) {
        return linkTerms(html, terms, Map.of());
    }

    /** Marks terms in {@code html} with the given options (see {@link LinkOptions}). */
    public String linkTerms(String html, Object terms, Map<?, ?> options) {
        return linker(terms, options).link(html);
    }

    /**
     * A linker for one article: call {@code link(html)} per section (first occurrence is tracked across calls)
     * and {@code usedTerms()} for the terms shown. {@code terms} is a glossary folder or root (its content map or
     * node: cached, rebuilt when the glossary changes), one term, or a list of terms.
     */
    public GlossaryLinker linker(Object terms, Map<?, ?> options) {
        LinkOptions linkOptions = LinkOptions.from(options);
        GlossaryIndex index = glossaryIndex(terms, linkOptions.language());
        return index == null ? new GlossaryLinker(matcher(terms, linkOptions.language()), linkOptions)
                : new GlossaryLinker(matcher(terms, linkOptions.language()), linkOptions, index::selector);
    }

    /**
     * The paged glossary index of a glossary folder or root (its content map or node) in {@code language}: letters
     * with their counts, a letter's terms, search. Built once per revision of the glossary and shared by every page.
     * Null when {@code glossary} is not a folder.
     */
    public GlossaryIndex glossaryIndex(Object glossary, String language) {
        Node node = TermSource.nodeOf(glossary);
        String lang = language == null ? TermSource.DEFAULT_LANGUAGE : language;
        try {
            if (node == null || node.hasProperty("term")) {
                return null;
            }
            return cache.indexForFolder(node, lang);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the glossary: " + e.getMessage(), e);
        }
    }

    /**
     * The URL of a term on the paged glossary ({@code /site/glossary~c~.html#term-chemotherapy}) from the glossary
     * page's URL (not escaped), the glossary (folder or root, for its index: the page is named as the index names it),
     * the term as shown in {@code language} and its node name; "" without a glossary page. Raw: escape it once where
     * it is printed.
     */
    public String termHref(String glossaryUrl, Object glossary, String language, String term, String name) {
        GlossaryIndex index = glossaryIndex(glossary, language);
        String text = term == null ? "" : term;
        return GlossaryLetters.href(glossaryUrl, index == null ? GlossaryLetters.selector(text) : index.selector(text),
                "term-" + HtmlIds.token(name == null ? "" : name));
    }

    /**
     * How hard an article's sections are to read, each and all read as one text, for the editors' reading-level
     * badges. Null for a language the analyser does not know (only English and Spanish), so templates can leave the
     * badges out.
     */
    public ArticleReadability articleReadability(List<?> sectionsHtml, String language) {
        if (sectionsHtml == null || language == null || !Language.isSupported(language)) {
            return null;
        }
        return ReadabilityAnalyzer.analyzeSections(sectionsHtml.stream().map(t -> t == null ? "" : String.valueOf(t))
                .toList(), language);
    }

    /**
     * Where the item's translation into {@code language} stands against its English text: {@code MISSING},
     * {@code NOT_TRACKED} (no {@code translatedFrom_<language>} recorded), {@code CURRENT} or {@code OUT_OF_DATE},
     * with the recorded and the current English fingerprint; null for English or an item that is not a node.
     */
    public TranslationStatus translation(Object item, String language) {
        Node node = TermSource.nodeOf(item);
        if (node == null || language == null || language.equals(TermSource.DEFAULT_LANGUAGE)) {
            return null;
        }
        try {
            return TranslationStatus.of(node, language, translatable());
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the translation of " + item + ": " + e.getMessage(), e);
        }
    }

    private Set<String> translatable() {
        Set<String> names = translatable;
        if (names == null) {
            names = Set.copyOf(translatableSource.get());
            translatable = names;
        }
        return names;
    }

    /** The terms behind a template value, in the given language (e.g. for a "Words to know" list). */
    public List<GlossaryTerm> terms(Object terms, String language) {
        return TermSource.read(terms, language == null ? TermSource.DEFAULT_LANGUAGE : language);
    }

    private TermMatcher matcher(Object terms, String language) {
        Node node = TermSource.nodeOf(terms);
        try {
            if (node != null && !node.hasProperty("term")) {
                return cache.forFolder(node, language);
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the glossary: " + e.getMessage(), e);
        }
        return cache.forTerms(TermSource.read(terms, language));
    }
}
