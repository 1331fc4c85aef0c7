package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;

/**
 * Rule 4 for {@code dialogs/**}{@code /*.yaml}: each dialog is a 6 UI form ({@link FormRules}) whose fields all
 * name their {@code $type}.
 */
final class DialogRules {

    private DialogRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        for (Path path : files.under("dialogs", ".yaml")) {
            String file = files.name(path);
            files.yaml(path).ifPresent(root -> problems.guard(file,
                    () -> FormRules.checkForm(index, file, root, "", true, problems)));
        }
    }
}
