package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks a light module against the project's rules for every kind of definition: YAML that parses, content
 * types, apps, dialogs, templates, delivery endpoints, decorations, i18n bundles, {@code /.resources} links,
 * bootstrap content and roles. Needs no Magnolia: it reads the files. Problems name the file relative to the module's
 * parent folder ({@code chemo-education/contentTypes/chemoArticle.yaml}), the line of the offending key, and the field.
 * Other content files (a hospital's exports) can be checked too, against the module and its seed content.
 * Bad input of any kind becomes a problem, never an exception.
 */
public final class ModuleValidator {

    /** The rules, in the order they run; each reads the module through a {@link ModuleIndex}. */
    private static final List<BiConsumer<ModuleIndex, Problems>> RULES = List.of(
            ModuleRules::check,
            ContentTypeRules::check,
            AppRules::check,
            DialogRules::check,
            TemplateRules::check,
            RestEndpointRules::check,
            DecorationRules::check,
            I18nRules::check,
            ResourceLinkRules::check,
            IncludeRules::check,
            FtlSyntaxRules::check,
            ContentFileRules::check,
            UserRoleRules::check);

    private final Path lightModuleDir;

    /** @param lightModuleDir the module folder, e.g. {@code light-modules/chemo-education}; its name is the module's */
    public ModuleValidator(Path lightModuleDir) {
        this.lightModuleDir = lightModuleDir;
    }

    /** Every problem, sorted by file and line; an empty list means the module is clean. */
    public List<Problem> validate() {
        return validate(List.of());
    }

    /**
     * Every problem of the module and of the given content files or folders (their {@code *.yaml} and {@code *.xml}
     * files, sorted by name), sorted by file and line. Content files are named as given and checked with the
     * content-file rules, in import order after the module's seed content: a reference from them to a seed node
     * resolves, a reference that matches no node is a warning.
     */
    public List<Problem> validate(List<Path> contentFilesOrFolders) {
        Problems problems = new Problems();
        String moduleName = String.valueOf(lightModuleDir.toAbsolutePath().normalize().getFileName());
        problems.guard(moduleName, () -> {
            ModuleIndex index = new ModuleIndex(new ModuleFiles(lightModuleDir, problems));
            for (BiConsumer<ModuleIndex, Problems> rule : RULES) {
                problems.guard(moduleName, () -> rule.accept(index, problems));
            }
            if (!contentFilesOrFolders.isEmpty()) {
                List<ContentFile> contents = new ArrayList<>();
                for (Path file : ContentFile.expand(contentFilesOrFolders)) {
                    problems.guard(file.toString(), () -> contents.add(ContentFile.read(file)));
                }
                problems.guard(moduleName, () -> ContentFileRules.checkContent(index, contents, problems));
                problems.guard(moduleName, () -> UserRoleRules.checkContent(index, contents, problems));
            }
        });
        return problems.sorted();
    }
}
