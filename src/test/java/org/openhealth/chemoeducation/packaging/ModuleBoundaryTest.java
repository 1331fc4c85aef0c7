package org.openhealth.chemoeducation.packaging;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The line between what runs inside Magnolia ({@code org.openhealth.chemoeducation.module..}, the module jar) and
 * the tooling (preview, validator, importer, reports, benchmarks: everything else, the preview jar only): module code
 * uses only the JDK, JCR and jsoup (relocated into the module jar), never tooling or its libraries.
 */
class ModuleBoundaryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openhealth.chemoeducation");

    @Test
    void moduleCodeNeverUsesTooling() {
        noClasses().that().resideInAPackage("org.openhealth.chemoeducation.module..")
                .should().dependOnClassesThat(resideInAPackage("org.openhealth.chemoeducation..")
                        .and(resideOutsideOfPackage("org.openhealth.chemoeducation.module..")))
                .because("the module jar holds only module classes")
                .check(MAIN);
    }

    @Test
    void moduleCodeUsesOnlyTheJdkJcrAndJsoup() {
        noClasses().that().resideInAPackage("org.openhealth.chemoeducation.module..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax.jcr..", "org.jsoup..",
                        "org.openhealth.chemoeducation.module..")
                .because("Magnolia provides JCR, and jsoup is relocated into the module jar; nothing else is there")
                .check(MAIN);
    }
}
