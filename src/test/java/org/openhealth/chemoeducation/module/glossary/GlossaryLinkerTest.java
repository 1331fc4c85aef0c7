package org.openhealth.chemoeducation.module.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each rule of inline linking, with the bugs users report in other glossary plugins, as literal in → exact out. */
class GlossaryLinkerTest {

    private static final GlossaryTerm DRUG = term("drug", "drug", "A medicine.");
    private static final GlossaryTerm DRUG_RESISTANCE = term("drug-resistance", "drug resistance", "When drugs stop working.");
    private static final GlossaryTerm CANCER = term("cancer", "cancer", "A disease.");
    private static final GlossaryTerm BREAST_CANCER = term("breast-cancer", "breast cancer", "Cancer of the breast.");
    private static final GlossaryTerm PGP = new GlossaryTerm("pgp", "p-glycoprotein", "P-glycoprotein", List.of("P-gp"),
            "A pump.", "pee-GLY-koh-PROH-teen");
    private static final GlossaryTerm DNA = term("dna", "DNA", "Genetic material.");
    private static final GlossaryTerm CELL = new GlossaryTerm("cell", "cancer-cell", "cancer cell",
            List.of("cancer cells"), "A cell that grows out of control.", "");
    private static final GlossaryTerm CELULA = new GlossaryTerm("celula", "celula-cancerosa", "célula cancerosa",
            List.of("células cancerosas"), "Una célula que crece sin control.", "");
    private static final GlossaryTerm BAN = term("ban", "Bond Anticipation Note (BAN)", "A short-term loan.");

    private static GlossaryTerm term(String name, String term, String definition) {
        return new GlossaryTerm(name, name, term, List.of(), definition, "");
    }

    private static String link(String html, GlossaryTerm... terms) {
        return link(html, "article", terms);
    }

    private static String link(String html, String firstOccurrence, GlossaryTerm... terms) {
        GlossaryLinker linker = new GlossaryLinker(TermMatcher.of(List.of(terms)),
                new LinkOptions(firstOccurrence, "/glossary.html", "t", "en"));
        return linker.link(html);
    }

    /** A marked term: {@code page} is the selector of the glossary page the term is on (its letter and key). */
    private static String marked(int n, String page, String name, String shown, String definition) {
        return "<a href=\"/glossary~" + page + "~.html#term-" + name + "\" class=\"chemo-term\" data-chemo-term=\"" + name
                + "\" aria-describedby=\"t-" + n + "\">" + shown + "</a><span class=\"chemo-term__definition\" id=\"t-"
                + n + "\" role=\"tooltip\" hidden>" + definition + "</span>";
    }

    @Test
    void termInTextBecomesALinkDescribedByItsDefinition() {
        assertEquals("<p>Some " + marked(1, "d~drug", "drug", "drug", "A medicine.") + " helps.</p>",
                link("<p>Some drug helps.</p>", DRUG));
    }

    @Test
    void longestMatchWinsOverAShorterTermInside() {
        assertEquals("<p>" + marked(1, "d~drugresistance", "drug-resistance", "Drug resistance", "When drugs stop working.")
                        + " and " + marked(2, "b~breastcancer", "breast-cancer", "breast cancer", "Cancer of the breast.") + ".</p>",
                link("<p>Drug resistance and breast cancer.</p>", DRUG, DRUG_RESISTANCE, CANCER, BREAST_CANCER));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertEquals("<p>Drugstore, drugs, cancerous, anti-cancer.</p>",
                link("<p>Drugstore, drugs, cancerous, anti-cancer.</p>", DRUG, CANCER));
    }

    @Test
    void pluralAndSynonymVariantsMatchAndLinkToTheirTerm() {
        assertEquals("<p>Two " + marked(1, "c~cancercell", "cancer-cell", "cancer cells", "A cell that grows out of control.")
                        + " and " + marked(2, "p~pglycoprotein", "p-glycoprotein", "P-gp", "A pump.") + ".</p>",
                link("<p>Two cancer cells and P-gp.</p>", CELL, PGP));
    }

    @Test
    void matchingIgnoresCaseExceptForAllCapsTerms() {
        assertEquals("<p>" + marked(1, "p~pglycoprotein", "p-glycoprotein", "P-GLYCOPROTEIN", "A pump.") + " but not dna, only "
                        + marked(2, "d~dna", "dna", "DNA", "Genetic material.") + ".</p>",
                link("<p>P-GLYCOPROTEIN but not dna, only DNA.</p>", PGP, DNA));
    }

    @Test
    void onlyTheFirstOccurrenceInAnArticleIsMarked() {
        GlossaryLinker linker = new GlossaryLinker(TermMatcher.of(List.of(DRUG)),
                new LinkOptions("article", "/glossary.html", "t", "en"));
        assertEquals("<p>" + marked(1, "d~drug", "drug", "drug", "A medicine.") + " and drug.</p>",
                linker.link("<p>drug and drug.</p>"));
        assertEquals("<p>Another drug.</p>", linker.link("<p>Another drug.</p>"));
        assertEquals(List.of(DRUG), linker.usedTerms());
    }

    @Test
    void perSectionOptionMarksTheFirstOccurrenceInEachSection() {
        GlossaryLinker linker = new GlossaryLinker(TermMatcher.of(List.of(DRUG)),
                new LinkOptions("section", "/glossary.html", "t", "en"));
        assertEquals("<p>" + marked(1, "d~drug", "drug", "drug", "A medicine.") + " drug</p>", linker.link("<p>drug drug</p>"));
        assertEquals("<p>" + marked(2, "d~drug", "drug", "drug", "A medicine.") + "</p>", linker.link("<p>drug</p>"));
    }

    @Test
    void termsInsideLinksHeadingsAndAbbreviationsAreLeftAlone() {
        String html = "<h2>Drug facts</h2><p><a href=\"/x\">drug</a> <abbr title=\"drug\">drug</abbr></p>";
        assertEquals(html, link(html, DRUG));
    }

    @Test
    void allowedAttributesAreNeverChanged() {
        assertEquals("<p><a href=\"https://example.org/drug\" title=\"drug\">more</a> "
                        + marked(1, "d~drug", "drug", "drug", "A medicine.") + "</p>",
                link("<p><a href=\"https://example.org/drug\" title=\"drug\">more</a> drug</p>", DRUG));
    }

    @Test
    void markupOutsideTheAllowListIsRemovedBeforeTermsAreMarked() {
        // given a handler, a style, a script mentioning a term and markup the allow-list does not have
        String html = "<p onclick=\"alert(1)\" style=\"color:red\">drug<script>alert('drug')</script> and"
                + " <code>code</code><img src=x onerror=alert(1)></p>";
        // then only the text is left, and the term is marked in it
        assertEquals("<p>" + marked(1, "d~drug", "drug", "drug", "A medicine.") + " and code</p>", link(html, DRUG));
    }

    @Test
    void anchorsAreIdTokensOfTheTermsNodeName() {
        GlossaryTerm odd = new GlossaryTerm("odd", "odd \"name\"<x>", "drug", List.of(), "A medicine.", "");
        assertEquals("<p>" + marked(1, "d~drug", "odd--name--x-", "drug", "A medicine.") + "</p>", link("<p>drug</p>", odd));
    }

    @Test
    void termInsideBoldTextIsMarkedAndTheBoldKept() {
        assertEquals("<p><strong>" + marked(1, "d~drug", "drug", "drug", "A medicine.") + "</strong></p>",
                link("<p><strong>drug</strong></p>", DRUG));
    }

    @Test
    void spanishAccentsAndPluralsMatchWholeWords() {
        assertEquals("<p>Las " + marked(1, "c~celulacancerosa", "celula-cancerosa", "células cancerosas", "Una célula que crece sin control.")
                        + " crecen; las celulas cancerosas sin tilde no.</p>",
                link("<p>Las células cancerosas crecen; las celulas cancerosas sin tilde no.</p>", CELULA));
    }

    @Test
    void punctuationInsideTermsStillMatches() {
        assertEquals("<p>A " + marked(1, "b~bondanticipation", "ban", "Bond Anticipation Note (BAN)", "A short-term loan.") + " is short.</p>",
                link("<p>A Bond Anticipation Note (BAN) is short.</p>", BAN));
    }

    @Test
    void termsAtTheStartAndEndOfTextAndAcrossNoBreakSpaces() {
        assertEquals(marked(1, "d~drug", "drug", "drug", "A medicine.") + " or "
                        + marked(2, "b~breastcancer", "breast-cancer", "breast&nbsp;cancer", "Cancer of the breast."),
                link("drug or breast&nbsp;cancer", DRUG, BREAST_CANCER));
    }

    @Test
    void htmlEntitiesAreDecodedForMatchingAndKeptInTheOutput() {
        assertEquals("<p>R&amp;D on " + marked(1, "d~drug", "drug", "drug", "A medicine.") + " &lt;safe&gt;</p>",
                link("<p>R&amp;D on drug &lt;safe&gt;</p>", DRUG));
    }

    @Test
    void typographicApostrophesAndDashesMatchPlainOnes() {
        GlossaryTerm hodgkin = term("hodgkin", "Hodgkin's lymphoma", "A cancer of the lymph system.");
        GlossaryTerm nonSmall = term("nsclc", "non-small cell", "A lung cancer type.");
        assertEquals("<p>" + marked(1, "h~hodgkinslymphoma", "hodgkin", "Hodgkin’s lymphoma", "A cancer of the lymph system.") + " and "
                        + marked(2, "n~nonsmallcell", "nsclc", "non‑small cell", "A lung cancer type.") + "</p>",
                link("<p>Hodgkin’s lymphoma and non‑small cell</p>", hodgkin, nonSmall));
    }

    @Test
    void noTextIsLostAndTheOutputIsWellFormed() {
        // given messy pasted markup
        String html = "<p>Drug <b>resistance <i>and</i></b> cancer cells<br>drug-free <unknown>drug</unknown>";
        // when
        String out = link(html, DRUG, CELL, CANCER);
        // then the visible text is unchanged once the hidden definitions are removed
        var parsed = Jsoup.parseBodyFragment(out);
        parsed.select(".chemo-term__definition").remove();
        assertEquals(Jsoup.parseBodyFragment(html).text(), parsed.text());
        var reparsed = Jsoup.parseBodyFragment(out);
        reparsed.outputSettings().prettyPrint(false);
        assertEquals(out, reparsed.body().html(), "parsing the output again gives the same markup");
    }

    @Test
    void deeplyNestedMarkupIsLinkedWithoutOverflowingTheStack() {
        // given 100,000 nested elements around a term
        String html = "<em>".repeat(100_000) + "drug" + "</em>".repeat(100_000);
        // when
        String out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> link(html, DRUG));
        // then the term is marked once, inside the (at most 512 deep) nesting jsoup builds
        var parsed = Jsoup.parseBodyFragment(out);
        assertEquals(1, parsed.select("a.chemo-term").size());
        assertEquals("drug", parsed.selectFirst("a.chemo-term").text());
        assertEquals(100_000, parsed.select("em").size());
    }

    @Test
    void withoutAGlossaryPageTheTermIsAFocusableSpan() {
        GlossaryLinker linker = new GlossaryLinker(TermMatcher.of(List.of(DRUG)),
                new LinkOptions("article", "", "t", "en"));
        assertEquals("<span tabindex=\"0\" class=\"chemo-term\" data-chemo-term=\"drug\" aria-describedby=\"t-1\">drug"
                        + "</span><span class=\"chemo-term__definition\" id=\"t-1\" role=\"tooltip\" hidden>A medicine."
                        + "</span>",
                linker.link("drug"));
    }
}
