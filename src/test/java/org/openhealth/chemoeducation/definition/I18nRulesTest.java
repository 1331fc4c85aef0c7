package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 8: i18n bundles and the keys definitions and templates use. */
class I18nRulesTest {

    private static final String BACKEND_EN = "i18n/module-chemo-education-backend_en.properties";
    private static final String BACKEND_ES = "i18n/module-chemo-education-backend_es.properties";
    private static final String FRONTEND_EN = "i18n/module-chemo-education-frontend_en.properties";
    private static final String FRONTEND_ES = "i18n/module-chemo-education-frontend_es.properties";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aKeyMissingInSpanishIsReportedWhereItIsInEnglish() {
        // given
        module.replace(BACKEND_ES, "chemo-education.dialogs.components.callout.label=Recuadro\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(BACKEND_EN, 9, "key 'chemo-education.dialogs.components.callout.label' is"
                + " missing from module-chemo-education-backend_es.properties")), problems);
    }

    @Test
    void aTemplateKeyMissingFromTheFrontendBundlesIsReportedAtTheTemplateLine() {
        // given
        module.replace("templates/components/articleBody.ftl", "chemo.articleBody.reviewed",
                "chemo.articleBody.reviewd");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/articleBody.ftl", 2,
                "i18n key 'chemo.articleBody.reviewd' is not a key of the frontend i18n bundles")), problems);
    }

    @Test
    void aTemplateKeyThatIsOnlyInTheBackendBundlesIsReported() {
        // given
        module.replace(FRONTEND_EN, "chemo.page.skipToContent=Skip to content\n", "")
                .replace(FRONTEND_ES, "chemo.page.skipToContent=Saltar al contenido\n", "");
        module.write(BACKEND_EN, module.read(BACKEND_EN) + "chemo.page.skipToContent=Skip to content\n");
        module.write(BACKEND_ES, module.read(BACKEND_ES) + "chemo.page.skipToContent=Saltar al contenido\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/pages/article.ftl", 10,
                "i18n key 'chemo.page.skipToContent' is not a key of the frontend i18n bundles")), problems);
    }

    @Test
    void aDefinitionLabelKeyMissingFromTheBackendBundlesIsReported() {
        // given
        module.replace(BACKEND_EN, "chemo-education.articles.title.label=Title\n", "")
                .replace(BACKEND_ES, "chemo-education.articles.title.label=Título\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("apps/articles.yaml", 10,
                "label 'chemo-education.articles.title.label' is not a key of the backend i18n bundles")), problems);
    }

    @Test
    void aDuplicateKeyInABundleIsReported() {
        // given
        module.write(FRONTEND_EN, module.read(FRONTEND_EN) + "chemo.page.skipToContent=Skip\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(FRONTEND_EN, 3, "duplicate key 'chemo.page.skipToContent' (first at line 1)")),
                problems);
    }

    @Test
    void aBundleThatIsNotUtf8IsReportedAndItsKeysAreStillCompared() {
        // given
        module.writeBytes(FRONTEND_ES, ("chemo.page.skipToContent=Saltar al contenido\n"
                + "chemo.articleBody.reviewed=Revisi\u00f3n {0}\n").getBytes(StandardCharsets.ISO_8859_1));

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(FRONTEND_ES, 2, "is not valid UTF-8")), problems);
    }

    @Test
    void aBundleWithoutItsSpanishCounterpartIsReported() {
        // given
        module.delete(FRONTEND_ES);

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(FRONTEND_EN, 0,
                "has no es counterpart module-chemo-education-frontend_es.properties")), problems);
    }

    @Test
    void aBundleWithoutLocaleInItsNameIsReported() {
        // given
        module.write("i18n/messages.properties", "chemo.x=y\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("i18n/messages.properties", 0, "an i18n bundle is named"
                + " <bundle>_<locale>.properties, e.g. module-chemo-education-frontend_en.properties")), problems);
    }

    @Test
    void keysAreReadWithThePropertiesFileSyntax() {
        // given
        String text = "# comment\n! other comment\na.b = x\nc.d:y\ne.f z\nlong.key=first \\\n    second\n"
                + "key\\ with\\ space=1\n  indented.key=2\n\nescaped\\u0041=3\n";

        // when
        List<PropertiesFile.Entry> entries = PropertiesFile.parse("x.properties", text, new Problems());

        // then
        assertEquals(List.of(new PropertiesFile.Entry("a.b", 3), new PropertiesFile.Entry("c.d", 4),
                new PropertiesFile.Entry("e.f", 5), new PropertiesFile.Entry("long.key", 6),
                new PropertiesFile.Entry("key with space", 8), new PropertiesFile.Entry("indented.key", 9),
                new PropertiesFile.Entry("escapedA", 11)), entries);
    }
}
