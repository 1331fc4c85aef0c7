package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.quality.readability.ArticleReadability;
import org.openhealth.chemoeducation.quality.readability.ReadabilityAnalyzer;
import org.openhealth.chemoeducation.quality.readability.ReadabilityScore;
import org.openhealth.chemoeducation.quality.review.ReviewPolicy;
import org.openhealth.chemoeducation.quality.review.ReviewStatus;
import org.openhealth.chemoeducation.quality.translation.TranslationFingerprint;

/**
 * {@code report reviews|readability|translations}: medical-content quality across the site's articles and glossary
 * terms, as a table or CSV. The policy (review interval, due-soon window, target grade) is read from the
 * {@code articleBody} template's parameters, where the hospital configures it.
 */
final class QualityReport {

    static final String POLICY_TEMPLATE = ModuleLocator.MODULE + ":components/articleBody";
    private static final List<String> WORKSPACES = List.of("chemoArticles", "chemoGlossary");

    private final PreviewSite site;
    private final ReviewPolicy policy;
    private final LocalDate today;

    QualityReport(PreviewSite site, LocalDate today) {
        this.site = site;
        this.today = today;
        this.policy = ReviewPolicy.from(site.templates().get(POLICY_TEMPLATE)
                .map(t -> (Map<?, ?>) t.parameters()).orElse(Map.of()));
    }

    ReviewPolicy policy() {
        return policy;
    }

    /** Rows of one report: a header and values, all strings. */
    record Table(List<String> header, List<List<String>> rows) {

        void print(PrintStream out, String format) {
            if ("csv".equals(format)) {
                out.println(csvLine(header));
                rows.forEach(row -> out.println(csvLine(row)));
                return;
            }
            int[] widths = new int[header.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = header.get(i).length();
                for (List<String> row : rows) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            out.println(tableLine(header, widths));
            rows.forEach(row -> out.println(tableLine(row, widths)));
        }

        private static String tableLine(List<String> cells, int[] widths) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cells.get(i)));
            }
            return line.toString().stripTrailing();
        }

        private static String csvLine(List<String> cells) {
            List<String> quoted = new ArrayList<>();
            for (String cell : cells) {
                quoted.add(cell.matches("[^\",\r\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"");
            }
            return String.join(",", quoted);
        }
    }

    /** Items overdue, not reviewed, or due within {@code days}, most urgent first. */
    Table reviews(int days) {
        List<List<String>> rows = new ArrayList<>();
        forEachItem((workspace, item, language) -> {
            ReviewStatus status = ReviewStatus.of(date(item, "lastReviewed", language), date(item, "nextReview", language),
                    today, policy);
            boolean listed = status.state() == ReviewStatus.State.OVERDUE
                    || status.state() == ReviewStatus.State.NOT_REVIEWED || status.daysUntilDue() <= days;
            if (listed) {
                rows.add(List.of(status.state().name(), workspace + ":" + item.getPath(), language,
                        text(item, workspace.equals("chemoGlossary") ? "term" : "title", language),
                        status.lastReviewed().map(LocalDate::toString).orElse(""),
                        status.due().map(LocalDate::toString).orElse(""),
                        status.due().isPresent() ? String.valueOf(status.daysUntilDue()) : ""));
            }
        });
        rows.sort((a, b) -> a.get(6).isEmpty() || b.get(6).isEmpty() ? a.get(6).compareTo(b.get(6))
                : Long.compare(Long.parseLong(a.get(6)), Long.parseLong(b.get(6))));
        return new Table(List.of("state", "item", "language", "title", "last reviewed", "due", "days"), rows);
    }

    /** Sections (and whole articles) whose reading grade is above the target. */
    Table readability(boolean all) {
        List<List<String>> rows = new ArrayList<>();
        forEachItem((workspace, item, language) -> {
            if (!workspace.equals("chemoArticles") || !item.hasNode("sections")) {
                return;
            }
            List<String> bodies = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (NodeIterator it = item.getNode("sections").getNodes(); it.hasNext(); ) {
                Node section = it.nextNode();
                bodies.add(text(section, "body", language));
                headings.add(text(section, "heading", language));
            }
            ArticleReadability result = ReadabilityAnalyzer.analyzeSections(bodies, language);
            for (int i = 0; i < bodies.size(); i++) {
                add(rows, all, item, language, headings.get(i), result.sections().get(i));
            }
            add(rows, all, item, language, "(whole article)", result.whole());
        });
        return new Table(List.of("item", "language", "section", "grade", "target", "words", "sentences"), rows);
    }

    private void add(List<List<String>> rows, boolean all, Node item, String language, String section,
                     ReadabilityScore score) throws RepositoryException {
        if (all || score.aboveTarget(policy.targetGrade())) {
            rows.add(List.of("chemoArticles:" + item.getPath(), language, section,
                    String.format(java.util.Locale.ROOT, "%.1f", score.gradeLevel()),
                    String.format(java.util.Locale.ROOT, "%.0f", policy.targetGrade()), String.valueOf(score.words()),
                    String.valueOf(score.sentences())));
        }
    }

    /** Translations that are missing, untracked or out of date with their English source. */
    Table translations(boolean all) {
        Set<String> translatable = translatableProperties(site.moduleDir());
        List<List<String>> rows = new ArrayList<>();
        for (String language : site.languages()) {
            if (language.equals(PreviewSite.DEFAULT_LANGUAGE)) {
                continue;
            }
            forEachItem((workspace, item, ignored) -> {
                String current = TranslationFingerprint.of(item, translatable);
                String recorded = item.hasProperty(TranslationFingerprint.PROPERTY + "_" + language)
                        ? item.getProperty(TranslationFingerprint.PROPERTY + "_" + language).getString() : "";
                String state = !TranslationFingerprint.hasTranslation(item, language) ? "MISSING"
                        : recorded.isEmpty() ? "NOT_TRACKED" : recorded.equals(current) ? "CURRENT" : "OUT_OF_DATE";
                if (all || !state.equals("CURRENT")) {
                    rows.add(List.of(state, workspace + ":" + item.getPath(), language, recorded, current));
                }
            }, List.of(PreviewSite.DEFAULT_LANGUAGE));
        }
        return new Table(List.of("state", "item", "language", "translated from", "english now"), rows);
    }

    @FunctionalInterface
    private interface ItemVisitor {
        void visit(String workspace, Node item, String language) throws RepositoryException;
    }

    private void forEachItem(ItemVisitor visitor) {
        forEachItem(visitor, List.copyOf(site.languages()));
    }

    private void forEachItem(ItemVisitor visitor, List<String> languages) {
        try (Sessions sessions = new Sessions(site.repository())) {
            for (String workspace : WORKSPACES) {
                if (!sessions.hasWorkspace(workspace)) {
                    continue;
                }
                Session session = sessions.get(workspace);
                List<Node> items = new ArrayList<>();
                collect(session.getRootNode(), items);
                for (Node item : items) {
                    for (String language : languages) {
                        visitor.visit(workspace, item, language);
                    }
                }
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read content: " + e.getMessage(), e);
        }
    }

    private static void collect(Node node, List<Node> out) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:folder")) {
                collect(child, out);
            } else if (child.isNodeType("mgnl:content")) {
                out.add(child);
            }
        }
    }

    private static String text(Node node, String name, String language) throws RepositoryException {
        javax.jcr.Property property = localized(node, name, language);
        return property == null ? "" : property.getString();
    }

    private static LocalDate date(Node node, String name, String language) throws RepositoryException {
        javax.jcr.Property property = localized(node, name, language);
        return property == null ? null
                : property.getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** {@code name_<language>} when it exists for a non-default language, else {@code name}; null if neither. */
    private static javax.jcr.Property localized(Node node, String name, String language) throws RepositoryException {
        String localizedName = name + "_" + language;
        if (!language.equals(PreviewSite.DEFAULT_LANGUAGE) && node.hasProperty(localizedName)) {
            return node.getProperty(localizedName);
        }
        return node.hasProperty(name) ? node.getProperty(name) : null;
    }

    /** Names of the properties content types mark {@code i18n: true} (models and submodels). */
    static Set<String> translatableProperties(Path moduleDir) {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(moduleDir.resolve("contentTypes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (MagnoliaYaml.loadMapping(file).get("model") instanceof Map<?, ?> model) {
                    addI18n(model.get("properties"), names);
                    if (model.get("subModels") instanceof List<?> subModels) {
                        for (Object subModel : subModels) {
                            if (subModel instanceof Map<?, ?> m) {
                                addI18n(m.get("properties"), names);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read content types: " + e.getMessage());
        }
        names.remove(TranslationFingerprint.PROPERTY);
        names.remove("reviewedBy");
        names.remove("lastReviewed");
        names.remove("nextReview");
        return names;
    }

    private static void addI18n(Object properties, Set<String> names) {
        if (properties instanceof List<?> list) {
            for (Object property : list) {
                if (property instanceof Map<?, ?> p && Boolean.TRUE.equals(p.get("i18n"))) {
                    names.add(String.valueOf(p.get("name")));
                }
            }
        }
    }
}
