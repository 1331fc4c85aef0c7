package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The roles the module ships, as designed: editors and publishers read and write the module's three workspaces and
 * only read pages (to choose link targets); nothing else. Only they and superuser see the module's apps.
 */
class ModuleRolesTest {

    private static final Path DATA = ModuleDefinitionsTest.REAL_MODULE.resolve("bootstrap/data");
    private static final Map<String, Long> DESIGN = Map.of("chemoArticles", 63L, "chemoGlossary", 63L,
            "chemoLinks", 63L, "website", 8L);

    /** Per workspace, the permission of each ACL path, e.g. {@code website → {/ → 8, /* → 8}}. */
    private static Map<String, Map<String, Long>> acls(String role) {
        ContentFile file = ContentFile.read(DATA.resolve("userroles." + role + ".yaml"));
        Map<String, Map<String, Long>> acls = new TreeMap<>();
        file.node().forEach((name, value) -> {
            if (value instanceof YamlSource acl) {
                Map<String, Long> entries = new TreeMap<>();
                acl.values().forEach(entry -> {
                    if (entry instanceof YamlSource permission) {
                        entries.put((String) permission.get("path"), Values.integer(permission.get("permissions"))
                                .orElseThrow());
                    }
                });
                acls.put(name.substring("acl_".length()), entries);
            }
        });
        return acls;
    }

    @Test
    void theEditorWritesTheModuleWorkspacesAndOnlyReadsPages() {
        // given
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        DESIGN.forEach((workspace, permission) -> expected.put(workspace, Map.of("/", permission, "/*", permission)));

        // when
        Map<String, Map<String, Long>> editor = acls("chemo-editor");

        // then
        assertEquals(expected, editor);
    }

    @Test
    void thePublisherHasExactlyTheEditorsAcls() {
        // when
        Map<String, Map<String, Long>> publisher = acls("chemo-publisher");

        // then
        assertEquals(acls("chemo-editor"), publisher);
    }

    @Test
    void onlyTheModuleRolesAndSuperuserSeeTheApps() {
        for (String app : List.of("chemoArticles", "chemoGlossaryTerms", "chemoLinkBlocks")) {
            // when
            YamlSource descriptor = MagnoliaYaml.loadMapping(ModuleDefinitionsTest.REAL_MODULE.resolve("apps/" + app
                    + ".yaml"));

            // then
            assertEquals(List.of("superuser", "chemo-editor", "chemo-publisher"),
                    ((YamlSource) descriptor.get("permissions")).get("roles"), app);
        }
    }
}
