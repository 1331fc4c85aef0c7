package org.openhealth.chemoeducation.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.openhealth.chemoeducation.module.jcr.LocalizedProperties;
import org.openhealth.chemoeducation.module.readability.ArticleReadability;
import org.openhealth.chemoeducation.module.readability.ReadabilityAnalyzer;
import org.openhealth.chemoeducation.module.readability.ReadabilityScore;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.module.review.ReviewStatus;
import org.openhealth.chemoeducation.module.translation.TranslatableProperties;
import org.openhealth.chemoeducation.module.translation.TranslationStatus;

/**
 * The medical-content quality of one article or glossary term in one language: its review status under the
 * hospital's policy, its readability, and whether its translation follows the English. Shared by the preview's
 * {@code report} command and its {@code /.preview/quality/} endpoint, so both say the same thing.
 *
 * <p>Values are read per language as Magnolia stores them: {@code <name>_<language>} for a language other than the
 * default, falling back to {@code <name>}. A date property that is not a date (say, text from an import) counts as
 * missing, as it does on the page.
 */
public final class ItemQuality {

    /** The articles' workspace. */
    public static final String ARTICLES = "chemoArticles";
    /** The glossary terms' workspace. */
    public static final String GLOSSARY = "chemoGlossary";
    /** The workspaces whose items have a quality, articles first. */
    public static final List<String> WORKSPACES = List.of(ARTICLES, GLOSSARY);

    private static final Logger LOG = LoggerFactory.getLogger(ItemQuality.class);

    private final ReviewPolicy policy;
    private final Set<String> translatableProperties;
    private final String defaultLanguage;

    /**
     * @param policy                 the hospital's review policy
     * @param translatableProperties the property names content types mark {@code i18n: true}; see
     *                               {@link TranslatableProperties}
     * @param defaultLanguage        the language stored without a suffix ({@code en})
     */
    public ItemQuality(ReviewPolicy policy, Set<String> translatableProperties, String defaultLanguage) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.translatableProperties = Set.copyOf(translatableProperties);
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage must not be null");
    }

    public ReviewPolicy policy() {
        return policy;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** One article section's readability; {@code name} is the section node's name. */
    public record SectionReadability(String name, String heading, ReadabilityScore score) {
    }

    /** An article's readability: each section in reading order, and all sections read as one text. */
    public record Readability(List<SectionReadability> sections, ReadabilityScore whole) {

        public Readability {
            sections = List.copyOf(sections);
            Objects.requireNonNull(whole, "whole must not be null");
        }
    }

    /** The item's review status on {@code today}, from its review dates in {@code language}. */
    public ReviewStatus review(Node item, String language, LocalDate today) throws RepositoryException {
        return ReviewStatus.of(date(item, "lastReviewed", language), date(item, "nextReview", language), today,
                policy);
    }

    /**
     * The readability of an article's sections ({@code sections/*}, each {@code body} as rich text) in
     * {@code language}; no sections when the article has none.
     */
    public Readability articleReadability(Node article, String language) throws RepositoryException {
        List<String> names = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        if (article.hasNode("sections")) {
            for (NodeIterator it = article.getNode("sections").getNodes(); it.hasNext(); ) {
                Node section = it.nextNode();
                names.add(section.getName());
                headings.add(text(section, "heading", language));
                bodies.add(text(section, "body", language));
            }
        }
        ArticleReadability scores = ReadabilityAnalyzer.analyzeSections(bodies, language);
        List<SectionReadability> sections = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            sections.add(new SectionReadability(names.get(i), headings.get(i), scores.sections().get(i)));
        }
        return new Readability(sections, scores.whole());
    }

    /** The readability of a glossary term's {@code definition} in {@code language}. */
    public ReadabilityScore definitionReadability(Node term, String language) throws RepositoryException {
        return ReadabilityAnalyzer.analyze(text(term, "definition", language), language);
    }

    /** The state of the item's translation into {@code language} (not the default language). */
    public TranslationStatus translation(Node item, String language) throws RepositoryException {
        return TranslationStatus.of(item, language, translatableProperties);
    }

    /**
     * The text of a property in {@code language}, read as pages read it (the light module's
     * {@code templates/macros/values.ftl}, {@code stored}), whatever shape reached the repository: a text list its
     * first value, a number or boolean its text; {@code ""} when missing, a date, binary, or a list of anything but
     * text.
     */
    public String text(Node node, String name, String language) throws RepositoryException {
        Property property = localized(node, name, language);
        if (property == null || property.getType() == PropertyType.DATE || property.getType() == PropertyType.BINARY) {
            return "";
        }
        if (property.isMultiple()) {
            Value[] values = property.getValues();
            return values.length == 0 || property.getType() != PropertyType.STRING ? "" : values[0].getString();
        }
        return property.getString();
    }

    /**
     * The calendar day ({@link ReviewStatus#day}: its date in UTC) of a date property in {@code language}; null when
     * missing or not a single date (a value that is not a date is logged, and counts as missing, as it does on the
     * page).
     */
    public LocalDate date(Node node, String name, String language) throws RepositoryException {
        Property property = localized(node, name, language);
        if (property == null || property.isMultiple()) {
            return null;
        }
        // A text that looks like a date is still text: pages (FreeMarker ?is_date) count it as missing too.
        if (property.getType() != PropertyType.DATE) {
            LOG.warn("{} of {} is not a date (it is {}); it counts as missing", property.getName(), node.getPath(),
                    PropertyType.nameFromValue(property.getType()));
            return null;
        }
        return ReviewStatus.day(property.getDate());
    }

    /** {@code name_<language>} when it exists for a non-default language, else {@code name}; null if neither. */
    private Property localized(Node node, String name, String language) throws RepositoryException {
        return LocalizedProperties.get(node, name, language, defaultLanguage);
    }
}
