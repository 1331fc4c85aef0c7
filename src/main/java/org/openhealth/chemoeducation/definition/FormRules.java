package org.openhealth.chemoeducation.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openhealth.chemoeducation.module.safety.SafeUrls;

/**
 * Rule 4, forms in the Magnolia 6 UI format, shared by dialogs and content-app forms: {@code form.properties} is a
 * map of fields with a known {@code $type}, validators and datasources are well formed, and every external-URL
 * field ({@link #isUrlProperty}) has a regexpValidator whose pattern is exactly the module's link rule,
 * {@link SafeUrls#PATTERN}. Further regexpValidators on such a field can only narrow what it accepts (Magnolia
 * requires every validator to pass), so they are allowed: the call-out's searchUrl adds the search form's shape.
 * 5 UI keys ({@code tabs}, {@code fieldType}, {@code info.magnolia.ui.form...} classes) are errors.
 * Fields: https://docs.magnolia-cms.com/product-docs/6.3/developing/templating/dialog-definition/field-definition/
 * Validators: https://docs.magnolia-cms.com/product-docs/6.3/developing/templating/Dialog-definition/Field-definition/Field-validators
 */
final class FormRules {

    /** The 6 UI field aliases (MAGNOLIA.md section 4.3). */
    static final Set<String> FIELD_TYPES = Set.of("textField", "richTextField", "linkField", "pageLinkField",
            "damLinkField", "resourceLinkField", "dateField", "checkBoxField", "checkBoxGroupField",
            "radioButtonGroupField", "comboBoxField", "listSelectField", "twinColSelectField", "tokenField",
            "compositeField", "switchableField", "jcrMultiValueField", "jcrMultiField", "jcrMultiLinkField",
            "hiddenField", "staticField", "passwordField", "codeField", "sliderField", "uploadField",
            "jsonLinkField", "jsonComboBoxField", "jsonCompositeField", "jsonMultiField");

    static final Set<String> VALIDATOR_TYPES = Set.of("emailValidator", "regexpValidator", "nodeNameValidator");

    /**
     * Whether a property holds a link to another site, whose value reaches patients' browsers as an href: {@code url}
     * and every name ending in {@code Url} ({@code linkUrl}, {@code adaptedFromUrl}, {@code searchUrl}).
     */
    static boolean isUrlProperty(String name) {
        return name.equals("url") || name.endsWith("Url");
    }

    private static final String FIVE_UI_PACKAGE = "info.magnolia.ui.form.";

    private FormRules() {
    }

    /**
     * Checks {@code owner.form}. {@code prefix} is the path of {@code owner} in messages ("" for a dialog,
     * "subApps.detail." for an app); {@code typeRequired} is false in app forms, whose fields may only override
     * keys of the generated ones.
     */
    static void checkForm(ModuleIndex index, String file, YamlSource owner, String prefix, boolean typeRequired,
                          Problems problems) {
        new Check(index, file, typeRequired, problems).form(owner, prefix + "form");
    }

    private record Check(ModuleIndex index, String file, boolean typeRequired, Problems problems) {

        void form(YamlSource owner, String path) {
            if (!(owner.get("form") instanceof YamlSource form)) {
                problems.add(file, owner.lineOf("form"), owner.containsKey("form")
                        ? path + " must be a mapping" : path + " is required");
                return;
            }
            if (form.containsKey("tabs")) {
                problems.add(file, form.lineOf("tabs"), path + ".tabs is the 5 UI dialog format; use "
                        + path + ".properties (6 UI)");
            }
            if (!form.containsKey("properties")) {
                if (!form.containsKey("tabs")) {
                    problems.add(file, form.line(), path + ".properties is required");
                }
                return;
            }
            fields(form, path + ".properties");
        }

        /** The map {@code owner.properties} of fields, at {@code path}. */
        private void fields(YamlSource owner, String path) {
            Object properties = owner.get("properties");
            if (!(properties instanceof YamlSource fields)) {
                problems.add(file, owner.lineOf("properties"), path
                        + " must be a map of field name to field (6 UI), not " + describe(properties));
                return;
            }
            for (Map.Entry<String, Object> entry : fields.entrySet()) {
                field(entry.getKey(), entry.getValue(), path + "." + entry.getKey(), fields.lineOf(entry.getKey()),
                        false);
            }
        }

        /** One field; {@code inner} for the {@code field} of a multi-value field, which has no name of its own. */
        private void field(String name, Object value, String path, int line, boolean inner) {
            if (!inner && !Values.isJcrLocalName(name)) {
                problems.add(file, line, path + ": '" + name + "' is not a valid JCR local name");
            }
            if (!(value instanceof YamlSource field)) {
                problems.add(file, line, path + " must be a mapping");
                return;
            }
            fieldType(field, path, line);
            validators(field, path);
            datasource(field, path);
            if (field.containsKey("properties")) {
                fields(field, path + ".properties");
            }
            if (field.get("field") instanceof YamlSource innerField) {
                field(name, innerField, path + ".field", field.lineOf("field"), true);
            } else if (field.containsKey("field")) {
                problems.add(file, field.lineOf("field"), path + ".field must be a mapping");
            }
            List<?> forms = Values.list(field.get("forms")).orElse(List.of());
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i) instanceof YamlSource form && form.containsKey("properties")) {
                    fields(form, path + ".forms[" + i + "].properties");
                }
            }
            if (isUrlProperty(name) && !inner) {
                urlValidators(field, path, line);
            }
        }

        private void fieldType(YamlSource field, String path, int line) {
            if (field.containsKey("fieldType")) {
                problems.add(file, field.lineOf("fieldType"), path + ".fieldType is the 5 UI format; use $type");
            }
            Object fieldClass = field.get("class");
            if (fieldClass instanceof String name && name.startsWith(FIVE_UI_PACKAGE)) {
                problems.add(file, field.lineOf("class"), path + ".class '" + name + "' is a 5 UI class; use $type");
            }
            if (field.containsKey("$type")) {
                Object type = field.get("$type");
                if (!(type instanceof String alias) || !FIELD_TYPES.contains(alias)) {
                    problems.add(file, field.lineOf("$type"), path + ".$type " + Values.show(type)
                            + " is not a known 6 UI field type");
                }
            } else if (typeRequired && !field.containsKey("class") && !field.containsKey("fieldType")) {
                problems.add(file, line, path + ".$type is required");
            }
        }

        private void validators(YamlSource field, String path) {
            if (!field.containsKey("validators")) {
                return;
            }
            if (!(field.get("validators") instanceof YamlSource validators)) {
                problems.add(file, field.lineOf("validators"), path
                        + ".validators must be a map of name to validator (6 UI), not "
                        + describe(field.get("validators")));
                return;
            }
            for (Map.Entry<String, Object> entry : validators.entrySet()) {
                String validatorPath = path + ".validators." + entry.getKey();
                if (!(entry.getValue() instanceof YamlSource validator)) {
                    problems.add(file, validators.lineOf(entry.getKey()), validatorPath + " must be a mapping");
                    continue;
                }
                Object validatorClass = validator.get("class");
                if (validatorClass instanceof String name && name.startsWith(FIVE_UI_PACKAGE)) {
                    problems.add(file, validator.lineOf("class"), validatorPath + ".class '" + name
                            + "' is a 5 UI class; use $type");
                }
                Object type = validator.get("$type");
                if (type == null && validatorClass == null) {
                    problems.add(file, validator.line(), validatorPath + ".$type is required");
                } else if (type != null && !VALIDATOR_TYPES.contains(type)) {
                    problems.add(file, validator.lineOf("$type"), validatorPath + ".$type " + Values.show(type)
                            + " is not a known validator ("
                            + String.join(", ", VALIDATOR_TYPES.stream().sorted().toList()) + ")");
                }
                if ("regexpValidator".equals(type)) {
                    compile(validator, validatorPath);
                }
            }
        }

        private Optional<Pattern> compile(YamlSource validator, String path) {
            Object pattern = validator.get("pattern");
            if (!(pattern instanceof String regex)) {
                problems.add(file, validator.lineOf("pattern"), pattern == null ? path + ".pattern is required"
                        : path + ".pattern " + Values.show(pattern) + " must be a string");
                return Optional.empty();
            }
            try {
                return Optional.of(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                problems.add(file, validator.lineOf("pattern"), path + ".pattern '" + regex + "' does not compile: "
                        + e.getDescription());
                return Optional.empty();
            }
        }

        private void datasource(YamlSource field, String path) {
            if (!(field.get("datasource") instanceof YamlSource datasource)) {
                return;
            }
            String datasourcePath = path + ".datasource";
            Object type = datasource.get("$type");
            if ("optionListDatasource".equals(type)) {
                if (!(datasource.get("options") instanceof List<?> options)) {
                    problems.add(file, datasource.lineOf("options"), datasourcePath + ".options must be a list of"
                            + " options (- name: ..., value: ...)");
                    return;
                }
                for (int i = 0; i < options.size(); i++) {
                    String optionPath = datasourcePath + ".options[" + i + "]";
                    if (!(options.get(i) instanceof YamlSource option)) {
                        problems.add(file, datasource.lineOf("options"), optionPath + " must be a mapping");
                        continue;
                    }
                    for (String key : List.of("name", "value")) {
                        if (!Values.isScalar(option.get(key))) {
                            problems.add(file, option.line(), optionPath + "." + key + " is required");
                        }
                    }
                }
            } else if ("jcrDatasource".equals(type)) {
                Object workspace = datasource.get("workspace");
                if (workspace == null) {
                    problems.add(file, datasource.line(), datasourcePath + ".workspace is required");
                } else if (!(workspace instanceof String name) || !index.isKnownWorkspace(name)) {
                    problems.add(file, datasource.lineOf("workspace"),
                            index.unknownWorkspace(datasourcePath + ".workspace", workspace));
                }
            }
        }

        /**
         * A link typed by an editor ends up as an href, so its field must carry the module's link rule itself: a
         * regexpValidator with exactly {@link SafeUrls#PATTERN}. Magnolia's regexpValidator matches the whole value
         * (Vaadin's RegexpValidator is "complete"), and all validators of a field must pass.
         */
        private void urlValidators(YamlSource field, String path, int line) {
            List<Named> regexps = new ArrayList<>();
            boolean declared = collectRegexps(field, path, regexps);
            if (field.get("field") instanceof YamlSource inner) {
                declared |= collectRegexps(inner, path + ".field", regexps);
            }
            if (regexps.stream().anyMatch(r -> r.pattern().pattern().equals(SafeUrls.PATTERN))) {
                return;
            }
            if (regexps.isEmpty()) {
                if (!declared) {
                    problems.add(file, line, path + " is an external link and needs a regexpValidator with the"
                            + " module's link pattern '" + SafeUrls.PATTERN + "'");
                }
                return;
            }
            Named first = regexps.get(0);
            problems.add(file, first.line(), first.path() + ".pattern '" + first.pattern().pattern()
                    + "' is not the module's link pattern '" + SafeUrls.PATTERN + "' (external links use exactly"
                    + " that one)");
        }

        /**
         * Adds the field's regexp validators whose pattern compiles; returns whether it declares any regexp
         * validator at all (one whose pattern is broken is reported by {@link #validators}).
         */
        private boolean collectRegexps(YamlSource field, String path, List<Named> into) {
            if (!(field.get("validators") instanceof YamlSource validators)) {
                return false;
            }
            boolean declared = false;
            for (Map.Entry<String, Object> entry : validators.entrySet()) {
                if (!(entry.getValue() instanceof YamlSource validator)
                        || !"regexpValidator".equals(validator.get("$type"))) {
                    continue;
                }
                declared = true;
                if (validator.get("pattern") instanceof String regex) {
                    try {
                        into.add(new Named(path + ".validators." + entry.getKey(), Pattern.compile(regex),
                                validator.lineOf("pattern")));
                    } catch (PatternSyntaxException e) {
                        // reported by validators()
                    }
                }
            }
            return declared;
        }

        private static String describe(Object value) {
            return value instanceof List<?> ? "a list" : Values.show(value);
        }
    }

    private record Named(String path, Pattern pattern, int line) {
    }
}
