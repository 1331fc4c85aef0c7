package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesAreLowercaseWithoutAccentsAndWithDashesForEverythingElse() {
        assertEquals("glicoproteina-p", Slugs.slugOf("Glicoproteína P"));
        assertEquals("dna-repair-cells", Slugs.slugOf("  DNA repair (cells) "));
        assertEquals("resistencia-a-multiples-farmacos", Slugs.slugOf("Resistencia a múltiples fármacos"));
        assertEquals("strasse-aerobe-1", Slugs.slugOf("Straße – Ærobe #1"));
        assertEquals("n-acetylcysteine", Slugs.slugOf("N‑acetylcysteine"));
    }

    @Test
    void aTermWithoutLatinLettersOrDigitsHasNoName() {
        assertEquals("", Slugs.slugOf("βγ"));
    }

    @Test
    void derivedNamesStopAtOneHundredCharactersWithoutATrailingDash() {
        // given 99 letters, a space, then more
        String term = "a".repeat(99) + " bcd";
        // when
        String slug = Slugs.slugOf(term);
        // then
        assertEquals("a".repeat(99), slug);
    }

    @Test
    void theUuidOfANameIsVersionFiveInTheGlossaryNamespace() {
        // expected values from Python:
        // uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, 'urn:chemo-education:chemoGlossary'), name)
        assertEquals("f0af5b2e-2e1c-5ec8-a6db-7f1c7aed6c98", Slugs.uuidOf("p-glycoprotein"));
        assertEquals("e5285dfe-6705-5d9b-abeb-65534824f0d0", Slugs.uuidOf("gene"));
        assertEquals("c91b70ce-0a02-5e55-8826-668420eef4b2", Slugs.uuidOf("dna"));
    }
}
