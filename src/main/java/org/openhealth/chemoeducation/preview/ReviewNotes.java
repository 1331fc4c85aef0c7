package org.openhealth.chemoeducation.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhealth.chemoeducation.definition.BootstrapFolders;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.YamlSource;
import org.openhealth.chemoeducation.quality.ItemQuality;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.module.review.ReviewStatus;

/**
 * The medical-review notes {@code validate} prints: every article and glossary term (seed content, then the given
 * content files, a later node replacing an earlier one at the same path) whose review, in any of its languages, is
 * overdue or due within the policy's window, as {@code file:line: note: ...} at the item's review date. Notes never
 * change the exit code: content whose review is due still works; the policy decides what readers see.
 */
final class ReviewNotes {

    private ReviewNotes() {
    }

    /** One note, in the order the content was read. */
    record Note(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": note: " + message;
        }
    }

    /**
     * Notes for the module's seed content and the given content files; files that do not parse are skipped (the
     * validator reports them).
     */
    static List<Note> of(Path moduleDir, List<Path> contentFiles, List<String> languages, ReviewPolicy policy,
                         LocalDate today) {
        List<Note> notes = new ArrayList<>();
        items(moduleDir, contentFiles).forEach((key, item) -> {
            for (String language : languages) {
                boolean translation = !language.equals(PreviewSite.DEFAULT_LANGUAGE);
                if (!translation || item.isTranslated(language)) {
                    note(key + " (" + language + ")", item, translation ? "_" + language : "", policy, today)
                            .ifPresent(notes::add);
                }
            }
        });
        return notes;
    }

    /** Articles and terms by {@code <workspace>:<path>}, as the files leave them when imported in order. */
    private static Map<String, Item> items(Path moduleDir, List<Path> contentFiles) {
        List<Path> files = new ArrayList<>(ContentFile.expand(BootstrapFolders.of(moduleDir)));
        files.addAll(ContentFile.expand(contentFiles));
        Map<String, Item> items = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.startsWith(moduleDir)
                    ? moduleDir.getFileName() + "/" + moduleDir.relativize(file).toString().replace('\\', '/')
                    : file.toString();
            ContentFile content;
            try {
                content = ContentFile.read(file, name);
            } catch (RuntimeException e) { // DefinitionException included: the validator reports it
                continue;
            }
            if (ItemQuality.WORKSPACES.contains(content.workspace())) {
                String prefix = content.workspace() + ":";
                items.keySet().removeIf(key -> key.equals(prefix + content.path())
                        || key.startsWith(prefix + content.path() + "/"));
                collect(name, prefix, content.path(), content.line(), content.node(), items);
            }
        }
        return items;
    }

    /** The note for one item in one language ({@code suffix} "" or "_es"); empty when its review is current. */
    private static Optional<Note> note(String what, Item item, String suffix, ReviewPolicy policy, LocalDate today) {
        String lastName = item.localized("lastReviewed", suffix);
        String nextName = item.localized("nextReview", suffix);
        ReviewStatus status = ReviewStatus.of(item.date(lastName), item.date(nextName), today, policy);
        int line = item.node.containsKey(nextName) ? item.node.lineOf(nextName)
                : item.node.containsKey(lastName) ? item.node.lineOf(lastName) : item.line;
        String message = switch (status.state()) {
            case OVERDUE -> "medical review of " + what + " is overdue: it was due on " + status.due().orElseThrow()
                    + ", " + -status.daysUntilDue() + " days ago" + (policy.onExpiry() == ReviewPolicy.Expiry.HIDE
                    ? "; readers do not see it (policy: hide)" : "; readers see a review-overdue notice");
            case DUE_SOON -> "medical review of " + what + " is due on " + status.due().orElseThrow() + ", in "
                    + status.daysUntilDue() + " days";
            case NOT_REVIEWED -> "medical review of " + what + " has no lastReviewed date";
            case CURRENT -> null;
        };
        return Optional.ofNullable(message).map(text -> new Note(item.file, line, text));
    }

    /** An article or term node ({@code mgnl:content}) and where it was read. */
    private record Item(String file, int line, YamlSource node) {

        boolean isTranslated(String language) {
            String suffix = "_" + language;
            return node.keySet().stream().anyMatch(key -> key.endsWith(suffix));
        }

        /** {@code name + suffix} when the item has it (its translation's own value), else {@code name}, as pages read it. */
        String localized(String name, String suffix) {
            return node.containsKey(name + suffix) ? name + suffix : name;
        }

        /** The calendar day of a date value, as pages and delivery read it; null when it is not a date. */
        LocalDate date(String name) {
            return node.get(name) instanceof Date date ? ReviewStatus.day(date) : null;
        }
    }

    private static void collect(String file, String prefix, String path, int line, YamlSource node,
                                Map<String, Item> items) {
        Object type = node.get("jcr:primaryType");
        if ("mgnl:content".equals(type)) {
            items.put(prefix + path, new Item(file, line, node));
            return;
        }
        if ("mgnl:folder".equals(type)) {
            for (Map.Entry<String, Object> child : node.entrySet()) {
                if (child.getValue() instanceof YamlSource childNode) {
                    collect(file, prefix, path + "/" + child.getKey(), node.lineOf(child.getKey()), childNode, items);
                }
            }
        }
    }
}
