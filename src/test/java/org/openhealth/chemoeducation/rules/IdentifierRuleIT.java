package org.openhealth.chemoeducation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.Identifiers;
import org.openhealth.chemoeducation.jcr.ContentImporter;
import org.openhealth.chemoeducation.jcr.PreviewRepository;

/**
 * The rule for identifiers written in content has one table of cases ({@code identifier-cases.csv}); Java
 * ({@link Identifiers}), the templates ({@code links.ftl} isIdentifier) and Jackrabbit's own reading agree on it.
 */
class IdentifierRuleIT {

    private static final String CASES = "/org/openhealth/chemoeducation/rules/identifier-cases.csv";

    private static PreviewRepository repository;
    private static Session articles;

    @BeforeAll
    static void importSeedArticle() {
        repository = PreviewRepository.inMemory(List.of("chemoArticles"));
        new ContentImporter(repository).importAll(List.of(SeedSite.MODULE.resolve(
                "bootstrap/samples/chemoArticles.chemotherapy-resistance.yaml")));
        articles = repository.login("chemoArticles");
    }

    @AfterAll
    static void close() {
        articles.logout();
        repository.close();
    }

    @ParameterizedTest(name = "[{index}] {0}: identifier {1}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void javaFollowsTheTable(String value, boolean identifier, boolean findsSeedArticle) {
        assertEquals(identifier, Identifiers.isIdentifier(RuleTemplates.unescape(value)));
    }

    @ParameterizedTest(name = "[{index}] {0}: identifier {1}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theTemplatesFollowTheTable(String value, boolean identifier, boolean findsSeedArticle) {
        // when
        String result = RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/links.ftl" as links]
                ${links.isIdentifier(id)?c}""", Map.of("id", RuleTemplates.unescape(value)));
        // then
        assertEquals(String.valueOf(identifier), result);
    }

    @ParameterizedTest(name = "[{index}] {0}: finds the seed article {2}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void jackrabbitFindsANodeOnlyByAnIdentifierTheRuleAccepts(String value, boolean identifier,
                                                              boolean findsSeedArticle) {
        // when
        String found;
        try {
            found = articles.getNodeByIdentifier(RuleTemplates.unescape(value)).getPath();
        } catch (RepositoryException e) { // ItemNotFoundException, or "invalid identifier"
            found = "";
        }
        // then
        assertEquals(findsSeedArticle ? "/chemotherapy-resistance" : "", found);
    }
}
