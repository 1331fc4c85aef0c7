package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 11: role files and the roles apps are given to. */
class UserRoleRulesTest {

    private static final String ROLE = "bootstrap/data/userroles.chemo-editor.yaml";
    private static final String ARTICLES = "apps/articles.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void anAclForAWorkspaceTheModuleDoesNotHaveIsReported() {
        // given
        module.replace(ROLE, "  'acl_website':\n", "  'acl_dam':\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 15, "acl_dam names no workspace of this module (chemoArticles,"
                + " chemoGlossary, chemoLinks, website) and is not acl_uri")), problems);
    }

    @Test
    void anAclForUrisIsAccepted() {
        // given
        module.replace(ROLE, "  'acl_website':\n", "  'acl_uri':\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aPermissionOtherThanDenyReadOrReadWriteIsReported() {
        // given
        module.replace(ROLE, "      'permissions': 8\n", "      'permissions': 7\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 20, "acl_website/0 permissions '7' must be 0 (deny), 8 (read) or 63"
                + " (read/write)")), problems);
    }

    @Test
    void aPermissionWrittenAsTextIsReported() {
        // given
        module.replace(ROLE, "      'permissions': 8\n", "      'permissions': 'read'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 20, "acl_website/0 permissions 'read' must be 0 (deny), 8 (read) or 63"
                + " (read/write)")), problems);
    }

    @Test
    void aPathThatDoesNotStartWithASlashIsReported() {
        // given
        module.replace(ROLE, "      'path': '/*'\n      'permissions': 8\n",
                "      'path': '*'\n      'permissions': 8\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 19, "acl_website/0 path '*' must start with '/' (/ the root, /* everything"
                + " below it)")), problems);
    }

    @Test
    void anEntryWithoutPermissionsIsReported() {
        // given
        module.replace(ROLE, "      'permissions': 8\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 17, "acl_website/0 has no 'permissions'")), problems);
    }

    @Test
    void aRoleThatIsNotAMgnlRoleIsReported() {
        // given
        module.replace(ROLE, "'mgnl:role'", "'mgnl:content'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 2, "node 'chemo-editor' must be a mgnl:role, not 'mgnl:content'")),
                problems);
    }

    @Test
    void aChildNodeThatIsNotAnAclIsReported() {
        // given
        module.replace(ROLE, "  'acl_website':\n", "  'website':\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ROLE, 15, "child node 'website' of role 'chemo-editor' is not an ACL; a role"
                + " holds acl_<workspace> and acl_uri nodes")), problems);
    }

    @Test
    void anAppWithoutRolesIsReported() {
        // given
        module.replace(ARTICLES, "permissions:\n  roles:\n    - superuser\n    - chemo-editor\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 1, "permissions.roles is missing: every user of AdminCentral would see"
                + " the app; name the roles that may use it (chemo-editor, superuser)")), problems);
    }

    @Test
    void anAppGivenToARoleTheModuleDoesNotShipIsReported() {
        // given
        module.replace(ARTICLES, "    - chemo-editor\n", "    - chemo-edtor\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 29, "permissions.roles names 'chemo-edtor', which is neither a role of"
                + " this module (bootstrap/data/userroles.<role>.yaml) nor one of [superuser]")), problems);
    }

    @Test
    void rolesGivenAsAMapOfPropertiesAreAccepted() {
        // given: the JCR form Magnolia's Security docs show, one property per role
        module.replace(ARTICLES, "    - superuser\n    - chemo-editor\n",
                "    superuser: superuser\n    chemo-editor: chemo-editor\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }
}
