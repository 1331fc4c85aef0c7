package org.openhealth.chemoeducation.definition;

/**
 * Rule 4 for {@code dialogs/**}{@code /*.yaml}: each dialog is a 6 UI form ({@link FormRules}) whose fields all
 * name their {@code $type}.
 */
final class DialogRules {

    private DialogRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        index.files().eachYaml("dialogs", problems,
                (path, file, root) -> FormRules.checkForm(index, file, root, "", true, problems));
    }
}
