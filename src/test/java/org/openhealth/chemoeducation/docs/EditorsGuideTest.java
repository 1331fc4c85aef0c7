package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhealth.chemoeducation.module.safety.SafeUrls;
import org.openhealth.chemoeducation.preview.DocScreenshot;
import org.openhealth.chemoeducation.preview.PreviewCommands;

/**
 * The editors' guide, {@code docs/editors.md}, says only what the module really does. Editors follow it word for word,
 * so every label, name, figure, message, command and picture in it is checked against the module; a failure names
 * the guide's line that went stale. The guide's conventions (also in a comment at its top):
 * <ul>
 *   <li><b>bold</b> is only a label editors see: a value of the English backend bundle; {@code [*…*]} right after it
 *       is the value of the same key in the Spanish bundle;</li>
 *   <li>a table after {@code <!-- fields: app A[, B] -->} or {@code <!-- fields: dialog components/x -->} lists the
 *       form's fields: label (as in the form), technical name (a field of the form and of the app's content type),
 *       required ("yes" exactly when the form requires it), and a description that states the form's
 *       {@code maxLength} as "at most N characters"; together the tables of a form cover every field of it.
 *       {@code <!-- apps -->} tables list every app by its label and name;</li>
 *   <li>{@code code} is only a name the module has (content type, property, workspace, app, role, policy key, option
 *       value, template id, module file), a link scheme the URL rule allows, a preview address or a preview
 *       command;</li>
 *   <li>“curly quotes” are only values of the seed content ({@code bootstrap/samples});</li>
 *   <li>lines starting with {@code >} quote a message of the frontend bundles ({@code […]} for what changes);</li>
 *   <li>"grade N", "N days" and "N months" are the figures of {@code includes/medicalContentPolicy.yaml};</li>
 *   <li>{@code sh} fences hold preview commands; the {@code csv} fence is the import example and must import.</li>
 * </ul>
 */
class EditorsGuideTest {

    private static final Path GUIDE = Path.of("docs/editors.md");
    private static final Path MODULE = Path.of("light-modules/chemo-education");
    private static final String JAR = "java -jar target/chemo-education-preview.jar";
    /** The preview pictures the lead engineer generates into docs/images (another test checks that they exist). */
    private static final Set<String> PICTURES = DocScreenshot.files();
    private static final int MIN_ALT_WORDS = 5;

    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*(?: \\[\\*([^*\\]]+)\\*\\])?");
    private static final Pattern CURLY = Pattern.compile("“([^”]+)”");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");
    private static final Pattern AT_MOST = Pattern.compile("(?i)at most (\\d+) characters");
    private static final Pattern GRADE = Pattern.compile("\\bgrade (\\d+(?:\\.\\d+)?)");
    private static final Pattern DAYS = Pattern.compile("\\b(\\d+) days\\b");
    private static final Pattern MONTHS = Pattern.compile("\\b(\\d+) months\\b");
    private static final Pattern QUERY = Pattern.compile("\\?([A-Za-z]+)=([A-Za-z]+)");
    private static final Pattern SCHEME = Pattern.compile("[a-z]+:(?://)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    private static ModuleFacts module;
    private static EditorsGuide guide;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheGuideAndTheModule() throws IOException {
        module = new ModuleFacts(MODULE);
        guide = EditorsGuide.parse(GUIDE.toString(), Files.readString(GUIDE, StandardCharsets.UTF_8));
    }

    // ---- the guide as it is

    @Test
    void everyBoldLabelIsALabelEditorsSeeInEnglishAndSpanish() {
        // given the guide
        // when
        List<String> problems = labelProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyFieldTableMatchesTheFormItDescribes() {
        // given the guide
        // when
        List<String> problems = fieldTableProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyCodeNameIsANameOfTheModule() {
        // given the guide
        // when
        List<String> problems = codeProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyRoleOfTheModuleIsNamed() {
        // given the guide's code names
        Set<String> named = new TreeSet<>();
        guide.readable().forEach(line -> named.addAll(line.codeSpans()));
        // when
        Set<String> missing = new TreeSet<>(module.roles);
        missing.removeAll(named);
        // then
        assertEquals(Set.of(), missing, "roles in bootstrap/data that docs/editors.md does not name");
    }

    @Test
    void policyFiguresAreTheFiguresOfTheMedicalContentPolicy() {
        // given the guide
        // when
        List<String> problems = figureProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyQuotedMessageIsAMessageOfTheModule() {
        // given the guide
        // when
        List<String> problems = messageProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyCurlyQuotedExampleIsInTheSeedContent() {
        // given the guide
        // when
        List<String> problems = sampleProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyCommandIsACommandOfThePreview() {
        // given the guide
        // when
        List<String> problems = commandProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void everyPictureIsAPreviewPictureWithAltTextThatDescribesIt() {
        // given the guide
        // when
        List<String> problems = pictureProblems(guide);
        // then
        assertNoProblems(problems);
    }

    @Test
    void theCsvExampleImportsWithTheDocumentedCommand() throws IOException {
        // given the csv example, saved under the file name the documented command reads
        EditorsGuide.Fence csv = guide.fence("csv").orElseThrow(() -> new AssertionError(
                GUIDE + ": no ```csv example of the glossary import"));
        List<String> command = guide.fences().stream().filter(f -> f.language().equals("sh"))
                .flatMap(f -> f.lines().stream()).map(EditorsGuide.Line::text)
                .filter(t -> t.startsWith(JAR + " glossary import ")).findFirst()
                .map(t -> new ArrayList<>(Arrays.asList(t.substring(JAR.length()).strip().split("\\s+"))))
                .orElseThrow(() -> new AssertionError(GUIDE + ": no 'glossary import' command"));
        String csvName = command.get(2);
        Path file = temp.resolve(csvName);
        Files.writeString(file, String.join("\n", csv.lines().stream().map(EditorsGuide.Line::text).toList()) + "\n");
        command.set(2, file.toString());
        int out = command.indexOf("--out");
        Path target = temp.resolve("out");
        if (out >= 0) {
            command.set(out + 1, target.toString());
        } else {
            command.addAll(List.of("--out", target.toString()));
        }
        long terms = csv.lines().size() - 1;
        // when
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = PreviewCommands.run(command, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        // then
        assertEquals("", stderr.toString(StandardCharsets.UTF_8),
                GUIDE + ":" + csv.line() + ": the csv example does not import cleanly");
        assertEquals(0, code);
        assertEquals("Wrote " + terms + " glossary terms to " + target + System.lineSeparator(),
                stdout.toString(StandardCharsets.UTF_8));
    }

    // ---- the checks can fail: a stale line is reported with its number

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "**Other names** [*Otros nombres*];**Variants** [*Otros nombres*]",
            "**Other names** [*Otros nombres*];**Other names** [*Variantes*]",
            "| `keyTerms` | no |;| `keyTerm` | no |",
            "| `title` | yes |;| `title` | no |",
            "At most 500 characters;At most 600 characters",
            "due 24 months after;due 12 months after",
            "From 60 days before;From 30 days before",
            "report readability --all;report readibility --all",
            "report reviews;report reviews --weeks 4",
            "sample article ends with the section “What can I ask my care team?”;sample article ends with the section “What should I take?”",
            "> This information is due for medical review.;> This information was reviewed.",
            "`?mode=edit`;`?mode=author`",
            "images/print-view.png;images/print-preview.png",
    })
    void aStaleLineIsReportedWithItsLineNumber(String original, String stale) throws IOException {
        // given the guide with one line gone stale
        String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int index = text.indexOf(original);
        assertTrue(index >= 0, "the guide no longer contains " + original);
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        EditorsGuide staleGuide = EditorsGuide.parse(GUIDE.toString(), text.replace(original, stale));
        // when
        List<String> problems = new ArrayList<>();
        problems.addAll(labelProblems(staleGuide));
        problems.addAll(fieldTableProblems(staleGuide));
        problems.addAll(codeProblems(staleGuide));
        problems.addAll(figureProblems(staleGuide));
        problems.addAll(messageProblems(staleGuide));
        problems.addAll(sampleProblems(staleGuide));
        problems.addAll(commandProblems(staleGuide));
        problems.addAll(pictureProblems(staleGuide));
        // then
        String prefix = GUIDE + ":" + line + ": ";
        assertFalse(problems.stream().noneMatch(p -> p.startsWith(prefix)),
                "expected a problem at " + prefix + " but got " + problems);
    }

    // ---- checks

    private static List<String> labelProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        for (EditorsGuide.Line line : guide.readable()) {
            Matcher m = BOLD.matcher(line.withoutCode());
            while (m.find()) {
                labelProblem(m.group(1), m.group(2)).ifPresent(p -> problems.add(guide.at(line) + p));
            }
        }
        return problems;
    }

    /** Why "**label** [*spanish*]" is not a label of the backend bundles; empty when it is. */
    private static Optional<String> labelProblem(String label, String spanish) {
        List<String> keys = keysOf(module.backendEn, label);
        if (keys.isEmpty()) {
            return Optional.of("**" + label + "** is not a label of the module (no value of the en backend bundle)");
        }
        if (spanish != null && keys.stream().noneMatch(k -> spanish.equals(module.backendEs.getProperty(k)))) {
            return Optional.of("[*" + spanish + "*] is not the Spanish label of **" + label + "**; the es bundle has "
                    + keys.stream().map(module.backendEs::getProperty).toList());
        }
        return Optional.empty();
    }

    private static List<String> keysOf(Properties bundle, String value) {
        return bundle.stringPropertyNames().stream().filter(k -> value.equals(bundle.getProperty(k))).sorted().toList();
    }

    private static List<String> fieldTableProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (EditorsGuide.Table table : guide.tables()) {
            String marker = EditorsGuide.marker(table.marker());
            if (marker.equals("apps")) {
                problems.addAll(appTableProblems(guide, table));
                continue;
            }
            String[] words = marker.split("\\s+", 3);
            if (words.length < 3 || !List.of("app", "dialog").contains(words[1])) {
                problems.add(guide.at(table.marker()) + "marker must read 'fields: app NAME[, NAME]' or"
                        + " 'fields: dialog components/NAME'");
                continue;
            }
            if (table.rows().isEmpty()) {
                problems.add(guide.at(table.marker()) + "no table follows the marker");
            }
            for (String name : words[2].split(",\\s*")) {
                Optional<Map<String, Object>> fields = module.formFields(words[1], name);
                if (fields.isEmpty()) {
                    problems.add(guide.at(table.marker()) + "the module has no " + words[1] + " '" + name + "'");
                    continue;
                }
                String form = words[1] + " " + name;
                documented.computeIfAbsent(form, f -> new LinkedHashSet<>());
                for (EditorsGuide.Row row : table.rows()) {
                    rowProblem(words[1], name, fields.get(), row, documented.get(form))
                            .ifPresent(p -> problems.add(guide.at(row.line()) + p));
                }
            }
        }
        // together, the tables of a form cover every field of it
        documented.forEach((form, paths) -> {
            String[] words = form.split(" ", 2);
            Set<String> missing = new LinkedHashSet<>(ModuleFacts.fieldPaths(module.formFields(words[0], words[1])
                    .orElseThrow()));
            missing.removeAll(paths);
            if (!missing.isEmpty()) {
                problems.add(guide.file() + ": the field tables of " + form + " leave out " + missing);
            }
        });
        return problems;
    }

    private static Optional<String> rowProblem(String kind, String name, Map<String, Object> fields,
                                               EditorsGuide.Row row, Set<String> documented) {
        List<String> cells = row.cells();
        if (cells.size() != 4) {
            return Optional.of("a field row has 4 cells (label, technical name, required, what to put in it)");
        }
        Matcher label = BOLD.matcher(cells.get(0));
        Matcher path = EditorsGuide.CODE_SPAN.matcher(cells.get(1));
        if (!label.matches() || label.group(2) == null || !path.matches()) {
            return Optional.of("a field row starts with **English label** [*Spanish label*] | `technicalName`");
        }
        String fieldPath = path.group(1);
        documented.add(fieldPath);
        Optional<Map<String, Object>> field = ModuleFacts.field(fields, fieldPath);
        if (field.isEmpty()) {
            return Optional.of("`" + fieldPath + "` is not a field of " + kind + " " + name);
        }
        String contentType = module.appContentTypes.get(name);
        if (kind.equals("app") && !module.contentTypeHas(contentType, fieldPath)) {
            return Optional.of("`" + fieldPath + "` is not a property of content type " + contentType);
        }
        String key = String.valueOf(field.get().get("label"));
        String en = module.backendEn.getProperty(key);
        String es = module.backendEs.getProperty(key);
        if (!label.group(1).equals(en) || !label.group(2).equals(es)) {
            return Optional.of("the label of `" + fieldPath + "` in " + kind + " " + name + " is **" + en + "** [*"
                    + es + "*], not **" + label.group(1) + "** [*" + label.group(2) + "*]");
        }
        boolean required = Boolean.TRUE.equals(field.get().get("required"));
        if (!cells.get(2).equals(required ? "yes" : "no")) {
            return Optional.of("`" + fieldPath + "` is " + (required ? "" : "not ") + "required in " + kind + " "
                    + name + ", so the required cell must read '" + (required ? "yes" : "no") + "'");
        }
        Object maxLength = field.get().get("maxLength");
        Matcher atMost = AT_MOST.matcher(cells.get(3));
        String stated = atMost.find() ? atMost.group(1) : null;
        if (maxLength == null ? stated != null : !String.valueOf(maxLength).equals(stated)) {
            return Optional.of("`" + fieldPath + "` takes " + (maxLength == null ? "any length" : "at most "
                    + maxLength + " characters") + "; the row says " + (stated == null ? "nothing"
                    : "at most " + stated + " characters"));
        }
        return Optional.empty();
    }

    private static List<String> appTableProblems(EditorsGuide guide, EditorsGuide.Table table) {
        List<String> problems = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (EditorsGuide.Row row : table.rows()) {
            Matcher label = BOLD.matcher(row.cells().get(0));
            Matcher name = row.cells().size() < 2 ? null : EditorsGuide.CODE_SPAN.matcher(row.cells().get(1));
            if (!label.matches() || label.group(2) == null || name == null || !name.matches()) {
                problems.add(guide.at(row.line()) + "an app row starts with **label** [*Spanish label*] | `appName`");
                continue;
            }
            listed.add(name.group(1));
            Map<String, Object> app = module.apps.get(name.group(1));
            if (app == null) {
                problems.add(guide.at(row.line()) + "`" + name.group(1) + "` is not an app under apps/");
                continue;
            }
            String key = String.valueOf(app.get("label"));
            if (!label.group(1).equals(module.backendEn.getProperty(key))
                    || !label.group(2).equals(module.backendEs.getProperty(key))) {
                problems.add(guide.at(row.line()) + "app " + name.group(1) + " is labelled **"
                        + module.backendEn.getProperty(key) + "** [*" + module.backendEs.getProperty(key) + "*]");
            }
        }
        if (!listed.equals(module.apps.keySet())) {
            problems.add(guide.at(table.marker()) + "the apps table lists " + listed + "; the module has "
                    + module.apps.keySet());
        }
        return problems;
    }

    private static List<String> codeProblems(EditorsGuide guide) {
        Set<String> names = new LinkedHashSet<>(module.contentTypeNames());
        names.addAll(module.apps.keySet());
        names.addAll(module.roles);
        names.addAll(module.policy.keySet());
        names.addAll(module.optionValues());
        module.dialogs.keySet().forEach(d -> names.addAll(ModuleFacts.fieldPaths(module.formFields("dialog", d)
                .orElse(Map.of()))));
        List<String> problems = new ArrayList<>();
        for (EditorsGuide.Line line : guide.readable()) {
            for (String span : line.codeSpans()) {
                codeProblem(span, names).ifPresent(p -> problems.add(guide.at(line) + p));
            }
        }
        return problems;
    }

    private static Optional<String> codeProblem(String span, Set<String> names) {
        if (span.startsWith(JAR)) {
            return commandProblem(span);
        }
        if (names.contains(span) || module.hasTemplate(span)) {
            return Optional.empty();
        }
        if (span.contains("/") && module.contentTypes.keySet().stream().anyMatch(ct -> module.contentTypeHas(ct, span))) {
            return Optional.empty();
        }
        if (span.contains("/") && Files.isRegularFile(MODULE.resolve(span))) {
            return Optional.empty();
        }
        if (SCHEME.matcher(span).matches()) {
            return SafeUrls.isLink(span + "example.org") ? Optional.empty()
                    : Optional.of("`" + span + "` is not a link the module's URL rule allows");
        }
        if (QUERY.matcher(span).matches()) {
            return queryProblem(span);
        }
        if (span.startsWith("http://")) {
            return previewAddressProblem(span);
        }
        return Optional.of("`" + span + "` is not a name of the module (content type, property, workspace, app, role,"
                + " dialog field, policy key, option value, template id or module file), a link scheme, a preview address or a"
                + " preview command");
    }

    /** {@code ?lang=es}: the preview's usage names it, or a template reads that parameter and value. */
    private static Optional<String> queryProblem(String query) {
        Matcher m = QUERY.matcher(query);
        if (!m.matches()) {
            return Optional.of("`" + query + "` is not one ?name=value");
        }
        boolean known = module.usage.contains(query) || module.templates.stream().anyMatch(t ->
                t.contains("getParameter('" + m.group(1) + "')") && t.contains("\"" + m.group(2) + "\""));
        return known ? Optional.empty()
                : Optional.of("`" + query + "`: neither the preview's usage nor any template knows this parameter");
    }

    /** {@code http://127.0.0.1:8080/es/chemotherapy/x.html?mode=edit}: the preview's default address, a seed page. */
    private static Optional<String> previewAddressProblem(String address) {
        URI uri = URI.create(address);
        if (!module.usage.contains("[--bind " + uri.getHost() + "]") || !module.usage.contains("[--port "
                + uri.getPort() + "]")) {
            return Optional.of("`" + address + "` is not at the preview's default address");
        }
        String path = uri.getPath();
        if (path.startsWith("/es/")) {
            path = path.substring(3);
        }
        Map<String, Object> page = null;
        for (String segment : path.substring(1).split("/")) {
            String name = segment.endsWith(".html") ? segment.substring(0, segment.length() - 5) : segment;
            page = ModuleFacts.asMap(module.childPages(page).get(name));
            if (page == null) {
                return Optional.of("`" + address + "`: the seed website has no page '" + name + "' there");
            }
        }
        if (!path.endsWith(".html")) {
            return Optional.of("`" + address + "`: a page address ends in .html");
        }
        return uri.getQuery() == null ? Optional.empty() : queryProblem("?" + uri.getQuery());
    }

    /** A preview command line: the preview accepts it, and its subcommand is one the usage lists for it. */
    private static Optional<String> commandProblem(String commandLine) {
        if (!commandLine.startsWith(JAR + " ")) {
            return Optional.of("a preview command starts with '" + JAR + "'");
        }
        List<String> args = List.of(commandLine.substring(JAR.length()).strip().split("\\s+"));
        Optional<String> refusal = PreviewCommands.refusal(args);
        if (refusal.isPresent()) {
            return Optional.of("the preview refuses '" + commandLine + "': " + refusal.get());
        }
        Set<String> subcommands = subcommands(args.get(0));
        String first = args.stream().skip(1).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (!subcommands.isEmpty() && !subcommands.contains(first)) {
            return Optional.of("'" + args.get(0) + " " + first + "' is not a command of the preview; the usage lists "
                    + args.get(0) + " " + subcommands);
        }
        return Optional.empty();
    }

    /** The subcommands the usage lists for a command ({@code report reviews|readability|translations}). */
    private static Set<String> subcommands(String command) {
        Set<String> subcommands = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(command) + "\\s+([a-z]+(?:\\|[a-z]+)*)(?:\\s|$)")
                .matcher(module.usage);
        while (m.find()) {
            subcommands.addAll(List.of(m.group(1).split("\\|")));
        }
        return subcommands;
    }

    private static List<String> commandProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (EditorsGuide.Fence fence : guide.fences()) {
            if (!fence.language().equals("sh")) {
                continue;
            }
            for (EditorsGuide.Line line : fence.lines()) {
                if (!line.text().isBlank()) {
                    commands++;
                    commandProblem(line.text().strip()).ifPresent(p -> problems.add(guide.at(line) + p));
                }
            }
        }
        if (commands == 0) {
            problems.add(guide.file() + ": no ```sh fence with a preview command");
        }
        return problems;
    }

    private static List<String> figureProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        Map<Pattern, String> figures = Map.of(GRADE, "readabilityTargetGrade", DAYS, "reviewDueSoonDays", MONTHS,
                "reviewIntervalMonths");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (EditorsGuide.Line line : guide.readable()) {
            String text = line.withoutCode();
            figures.forEach((pattern, key) -> {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    seen.merge(key, 1, Integer::sum);
                    double policy = Double.parseDouble(String.valueOf(module.policy.get(key)));
                    if (Double.parseDouble(m.group(1)) != policy) {
                        problems.add(guide.at(line) + "'" + m.group() + "': the policy's " + key + " is "
                                + module.policy.get(key));
                    }
                }
            });
        }
        for (String key : figures.values()) {
            if (!seen.containsKey(key)) {
                problems.add(guide.file() + ": the guide no longer states the policy's " + key);
            }
        }
        return problems;
    }

    private static List<String> messageProblems(EditorsGuide guide) {
        List<String> messages = new ArrayList<>();
        for (Properties bundle : List.of(module.frontendEn, module.frontendEs)) {
            bundle.stringPropertyNames().forEach(k -> messages.add(bundle.getProperty(k)));
        }
        List<String> problems = new ArrayList<>();
        for (EditorsGuide.Line line : guide.lines()) {
            if (line.kind() != EditorsGuide.Kind.QUOTE) {
                continue;
            }
            String quoted = line.text().substring(1).strip();
            if (!quoted.isEmpty() && messages.stream().noneMatch(m -> messagePattern(m).matcher(quoted).matches())) {
                problems.add(guide.at(line) + "\"" + quoted + "\" is not a message of the frontend bundles");
            }
        }
        return problems;
    }

    /** A message with each {0} standing for any text. */
    private static Pattern messagePattern(String message) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            regex.append(Pattern.quote(message.substring(at, m.start()))).append(".+?");
            at = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(message.substring(at))).toString());
    }

    private static List<String> sampleProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        for (EditorsGuide.Line line : guide.readable()) {
            Matcher m = CURLY.matcher(line.withoutCode());
            while (m.find()) {
                if (!module.sampleValues.contains(m.group(1))) {
                    problems.add(guide.at(line) + "“" + m.group(1) + "” is not a value of the seed content"
                            + " (bootstrap/samples)");
                }
            }
        }
        return problems;
    }

    private static List<String> pictureProblems(EditorsGuide guide) {
        List<String> problems = new ArrayList<>();
        for (EditorsGuide.Line line : guide.readable()) {
            Matcher m = IMAGE.matcher(line.text());
            while (m.find()) {
                String alt = m.group(1).strip();
                String src = m.group(2).strip();
                String name = src.startsWith("images/") ? src.substring("images/".length()) : "";
                if (!PICTURES.contains(name) && !Files.isRegularFile(GUIDE.resolveSibling(src))) {
                    problems.add(guide.at(line) + src + " is neither one of the preview pictures " + new TreeSet<>(
                            PICTURES) + " nor a file beside the guide");
                }
                if (alt.split("\\s+").length < MIN_ALT_WORDS || alt.toLowerCase().contains(".png")) {
                    problems.add(guide.at(line) + "the alt text of " + src + " must describe what the picture shows"
                            + " (at least " + MIN_ALT_WORDS + " words), not '" + alt + "'");
                }
            }
        }
        return problems;
    }

    private static void assertNoProblems(List<String> problems) {
        assertEquals("", String.join("\n", problems), "docs/editors.md has gone stale");
    }
}
