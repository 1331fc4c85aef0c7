package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 7: the App Launcher decoration. */
class DecorationRulesTest {

    @Test
    void anAppLauncherEntryForAnAppThatDoesNotExistIsReported(@TempDir Path temp) {
        // given
        FixtureModule module = FixtureModule.copyInto(temp)
                .replace(DecorationRules.ADMINCENTRAL, "        - name: linkBlocks\n", "        - name: linkBlock\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(DecorationRules.ADMINCENTRAL, 7,
                "layout.groups[0].apps[1].name 'linkBlock' is not an app in apps/ (known: articles, linkBlocks)")),
                problems);
    }
}
