package org.openhealth.chemoeducation.preview;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.openhealth.chemoeducation.glossary.io.CsvCell;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.quality.ItemQuality;
import org.openhealth.chemoeducation.module.readability.ReadabilityScore;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.module.review.ReviewStatus;
import org.openhealth.chemoeducation.module.translation.TranslationStatus;
import org.openhealth.chemoeducation.rendering.TemplateDefinition;
import org.openhealth.chemoeducation.rendering.TemplateRegistry;

/**
 * {@code report reviews|readability|translations}: medical-content quality across the site's articles and glossary
 * terms, as a table or CSV. The policy (review interval, due-soon window, target grade) is read from the
 * {@code articleBody} template's parameters, where the hospital configures it. Each item's figures come from
 * {@link ItemQuality}, as at the preview's {@code /.preview/quality/} endpoint.
 */
final class QualityReport {

    static final String POLICY_TEMPLATE = ModuleLocator.MODULE + ":components/articleBody";

    /**
     * The hospital's policy: the parameters of {@link #POLICY_TEMPLATE} (includes/medicalContentPolicy.yaml).
     *
     * @throws IllegalArgumentException naming the parameter whose value is wrong
     */
    static ReviewPolicy policy(TemplateRegistry templates) {
        return ReviewPolicy.from(templates.get(POLICY_TEMPLATE).map(TemplateDefinition::parameters).orElse(Map.of()));
    }

    private final PreviewSite site;
    private final ItemQuality quality;
    private final LocalDate today;

    QualityReport(PreviewSite site, LocalDate today) {
        this.site = site;
        this.today = today;
        this.quality = site.quality();
    }

    ReviewPolicy policy() {
        return quality.policy();
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
                quoted.add(CsvCell.write(cell));
            }
            return String.join(",", quoted);
        }
    }

    /** Items overdue, not reviewed, or due within {@code days}, most urgent first. */
    Table reviews(int days) {
        List<List<String>> rows = new ArrayList<>();
        forEachItem((workspace, item, language) -> {
            ReviewStatus status = quality.review(item, language, today);
            boolean listed = status.state() == ReviewStatus.State.OVERDUE
                    || status.state() == ReviewStatus.State.NOT_REVIEWED || status.daysUntilDue() <= days;
            if (listed) {
                rows.add(List.of(status.state().name(), workspace + ":" + item.getPath(), language,
                        quality.text(item, workspace.equals(ItemQuality.GLOSSARY) ? "term" : "title", language),
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
            if (!workspace.equals(ItemQuality.ARTICLES) || !item.hasNode("sections")) {
                return;
            }
            ItemQuality.Readability result = quality.articleReadability(item, language);
            for (ItemQuality.SectionReadability section : result.sections()) {
                add(rows, all, item, language, section.heading(), section.score());
            }
            add(rows, all, item, language, "(whole article)", result.whole());
        });
        return new Table(List.of("item", "language", "section", "grade", "target", "words", "sentences"), rows);
    }

    private void add(List<List<String>> rows, boolean all, Node item, String language, String section,
                     ReadabilityScore score) throws RepositoryException {
        if (all || score.aboveTarget(quality.policy().targetGrade())) {
            rows.add(List.of("chemoArticles:" + item.getPath(), language, section,
                    String.format(java.util.Locale.ROOT, "%.1f", score.gradeLevel()),
                    String.format(java.util.Locale.ROOT, "%.0f", quality.policy().targetGrade()),
                    String.valueOf(score.words()),
                    String.valueOf(score.sentences())));
        }
    }

    /** Translations that are missing, untracked or out of date with their English source. */
    Table translations(boolean all) {
        List<List<String>> rows = new ArrayList<>();
        for (String language : site.languages()) {
            if (language.equals(PreviewSite.DEFAULT_LANGUAGE)) {
                continue;
            }
            forEachItem((workspace, item, ignored) -> {
                TranslationStatus translation = quality.translation(item, language);
                if (all || translation.state() != TranslationStatus.State.CURRENT) {
                    rows.add(List.of(translation.state().name(), workspace + ":" + item.getPath(), language,
                            translation.recorded(), translation.current()));
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
            for (String workspace : ItemQuality.WORKSPACES) {
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
}
