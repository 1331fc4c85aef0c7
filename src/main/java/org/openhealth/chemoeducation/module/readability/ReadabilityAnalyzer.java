package org.openhealth.chemoeducation.module.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measures how hard rich text is to read, in English or Spanish.
 *
 * <p>The text is read as a patient sees it:
 * <ul>
 *   <li>Markup is ignored, and hidden text is dropped, including our glossary's hidden definitions. A glossary term
 *       counts like any other word.</li>
 *   <li>Paragraphs, list items, headings, table cells and line breaks each end a sentence, even without
 *       punctuation.</li>
 *   <li>Abbreviations such as {@code Dr.}, {@code e.g.} and {@code U.S.}, and decimals such as {@code 2.5}, do not
 *       end one.</li>
 * </ul>
 * Sentences, words and syllables are counted (see {@link SentenceSplitter} and {@link Syllables}), then scored with
 * {@link ReadabilityFormulas}.
 *
 * <p>Thread-safe and stateless; the work is linear in the length of the text.
 */
public final class ReadabilityAnalyzer {

    private static final int POLYSYLLABLE = 3;

    private ReadabilityAnalyzer() {
    }

    /**
     * The readability of one piece of rich text (or plain text).
     *
     * @param html     the text; blank text gives a score with zero counts and grade 0
     * @param language {@code en} or {@code es} (a region such as {@code es-MX} is ignored)
     * @throws IllegalArgumentException if the language is neither English nor Spanish
     */
    public static ReadabilityScore analyze(String html, String language) {
        Objects.requireNonNull(html, "html must not be null");
        Language lang = Language.fromCode(language);
        return ReadabilityScore.of(lang, count(html, lang));
    }

    /**
     * The readability of each section of an article, and of the whole article. The whole is scored from the
     * sections' text read one after another, which gives the same counts as scoring the concatenated text. It is
     * not an average of the section grades.
     *
     * @param htmlSections the sections' rich text, in reading order; none may be null
     * @param language     {@code en} or {@code es}
     * @throws IllegalArgumentException if the language is neither English nor Spanish
     */
    public static ArticleReadability analyzeSections(List<String> htmlSections, String language) {
        Objects.requireNonNull(htmlSections, "htmlSections must not be null");
        Language lang = Language.fromCode(language);
        List<ReadabilityScore> sections = new ArrayList<>(htmlSections.size());
        TextCounts whole = TextCounts.NONE;
        for (int i = 0; i < htmlSections.size(); i++) {
            String html = Objects.requireNonNull(htmlSections.get(i), "htmlSections[" + i + "] must not be null");
            TextCounts counts = count(html, lang);
            sections.add(ReadabilityScore.of(lang, counts));
            whole = whole.plus(counts);
        }
        return new ArticleReadability(sections, ReadabilityScore.of(lang, whole));
    }

    static TextCounts count(String html, Language language) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int polysyllables = 0;
        for (String block : HtmlText.blocks(html)) {
            for (List<SentenceSplitter.Word> sentence : SentenceSplitter.split(block, language)) {
                sentences++;
                for (SentenceSplitter.Word word : sentence) {
                    int count = Syllables.count(word, language);
                    words++;
                    syllables += count;
                    if (count >= POLYSYLLABLE) {
                        polysyllables++;
                    }
                }
            }
        }
        return new TextCounts(sentences, words, syllables, polysyllables);
    }
}
