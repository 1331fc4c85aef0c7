package org.openhealth.chemoeducation.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.openhealth.chemoeducation.module.readability.Language;
import org.openhealth.chemoeducation.module.readability.ReadabilityScore;
import org.openhealth.chemoeducation.module.review.ReviewStatus;
import org.openhealth.chemoeducation.module.translation.TranslationStatus;

/**
 * The {@code chemoQuality} object of an article or glossary term: review status under the hospital's policy,
 * readability scores, and (for a translation) whether it follows the English. Values come from {@link ItemQuality},
 * so they match the {@code report} command; grades are rounded to one decimal as {@code report} prints them.
 *
 * <p>The preview serves it at {@code /.preview/quality/<delivery path>} ({@code preview.PreviewSite#quality}), a
 * preview-only endpoint: Magnolia's delivery endpoint v2 returns stored properties only, and the preview's emulation of
 * it does the same. On a real Magnolia instance, clients compute the status from {@code lastReviewed}/{@code
 * nextReview} with the same policy, or use {@code report ... --format csv}; under "hide" the delivery endpoint still
 * delivers overdue articles, so clients leave them out themselves.
 */
public final class QualityMetadata {

    /** The key of the computed object in an item's JSON. */
    public static final String KEY = "chemoQuality";

    private final ItemQuality quality;

    public QualityMetadata(ItemQuality quality) {
        this.quality = Objects.requireNonNull(quality, "quality must not be null");
    }

    public ItemQuality quality() {
        return quality;
    }

    /**
     * The {@code chemoQuality} object of an item of {@code workspace} in {@code language} on {@code today}; empty for
     * a workspace whose items have no quality (link blocks). Maps and lists keep their keys in a fixed order.
     */
    public Optional<Map<String, Object>> of(String workspace, Node item, String language, LocalDate today)
            throws RepositoryException {
        if (!ItemQuality.WORKSPACES.contains(workspace)) {
            return Optional.empty();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("review", review(quality.review(item, language, today)));
        if (ItemQuality.ARTICLES.equals(workspace)) {
            ItemQuality.Readability readability = quality.articleReadability(item, language);
            Map<String, Object> whole = score(readability.whole());
            List<Object> sections = new ArrayList<>();
            for (ItemQuality.SectionReadability section : readability.sections()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", section.name());
                one.put("grade", oneDecimal(section.score().gradeLevel()));
                one.put("aboveTarget", section.score().aboveTarget(quality.policy().targetGrade()));
                sections.add(one);
            }
            whole.put("sections", sections);
            json.put("readability", whole);
        } else {
            json.put("readability", score(quality.definitionReadability(item, language)));
        }
        if (!language.equals(quality.defaultLanguage())) {
            TranslationStatus translation = quality.translation(item, language);
            if (translation.state() != TranslationStatus.State.MISSING) {
                json.put("translation", Map.of("upToDate",
                        translation.state() == TranslationStatus.State.CURRENT));
            }
        }
        return Optional.of(json);
    }

    private Map<String, Object> review(ReviewStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", switch (status.state()) {
            case CURRENT -> "current";
            case DUE_SOON -> "dueSoon";
            case OVERDUE -> "overdue";
            case NOT_REVIEWED -> "notReviewed";
        });
        status.lastReviewed().ifPresent(day -> json.put("lastReviewed", day.toString()));
        status.due().ifPresent(day -> {
            json.put("due", day.toString());
            json.put("daysUntilDue", status.daysUntilDue());
        });
        json.put("onExpiry", quality.policy().onExpiry().name().toLowerCase(Locale.ROOT));
        return json;
    }

    private Map<String, Object> score(ReadabilityScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        boolean english = score.language() == Language.EN;
        json.put("formula", english ? "fleschKincaid" : "fernandezHuerta");
        json.put("grade", oneDecimal(score.gradeLevel()));
        score.smogGrade().ifPresent(smog -> json.put("smog", oneDecimal(smog)));
        score.fernandezHuertaEase().ifPresent(ease -> json.put("fernandezHuerta", oneDecimal(ease)));
        score.inflesz().ifPresent(inflesz -> json.put("inflesz", oneDecimal(inflesz)));
        score.infleszBand().ifPresent(band -> json.put("infleszBand", band.label()));
        double target = quality.policy().targetGrade();
        json.put("targetGrade", target == Math.rint(target) ? (Object) (long) target : oneDecimal(target));
        json.put("aboveTarget", score.aboveTarget(target));
        return json;
    }

    /** Rounded to one decimal exactly as {@code report} prints it ({@code %.1f}); never {@code -0.0}. */
    static double oneDecimal(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value)) + 0.0;
    }
}
