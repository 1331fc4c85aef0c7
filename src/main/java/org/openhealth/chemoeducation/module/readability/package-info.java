/**
 * Readability of patient-education text, in English and Spanish. {@link
 * org.openhealth.chemoeducation.module.readability.ReadabilityAnalyzer} reads rich text as a reader sees it: markup
 * and our glossary's hidden definitions are dropped, and list items and headings count as sentences. It counts
 * sentences, words and syllables (heuristic for English, rule-based for Spanish) and applies the published formulas:
 * Flesch–Kincaid and SMOG grades for English; Fernández-Huerta reading ease and the Szigriszt-Pazos/INFLESZ
 * scale for Spanish. The formulas are collected in {@link
 * org.openhealth.chemoeducation.module.readability.ReadabilityFormulas}. Each result includes one US school grade
 * that can be compared with a target grade in either language. For Spanish that grade is an approximation. The
 * package depends only on jsoup.
 */
package org.openhealth.chemoeducation.module.readability;
