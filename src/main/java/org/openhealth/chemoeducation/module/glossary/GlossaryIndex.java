package org.openhealth.chemoeducation.module.glossary;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paged glossary of one language, built once per glossary revision (see {@link MatcherCache}) so a page shows
 * one letter of a 10,000-term glossary without reading the other terms: which letters have terms, the terms of a
 * letter, or of one part of a letter longer than {@value #TERMS_PER_PAGE} terms, and a search over terms and their
 * other names. It holds identifiers and the shown text only; templates read the terms they show with
 * {@code cmsfn.contentById}, so escaping and translation stay Magnolia's. Filing and order follow
 * {@link GlossaryLetters}: key order, then the language's collation (as FreeMarker's {@code ?sort_by} orders the
 * light-module-only page). A letter is cut into parts of {@value #TERMS_PER_PAGE} terms, a part running on while the
 * next term has the same key, so each key is in one part. Only complete terms (a term and a definition) are listed.
 * Immutable, thread-safe.
 */
public final class GlossaryIndex {

    /** A letter of the A–Z navigation: its label ("A", "Ñ", "#"), URL token and number of terms (0: no page). */
    public record Letter(String label, String token, int count) {
    }

    /**
     * One page of a long letter: its guide words (first and last term), its URL token (its first key; "" for the first
     * part, which is the letter's own page) and number of terms.
     */
    public record Part(String first, String last, String token, int count) {
    }

    /** How many terms a letter shows on one page before it is cut into parts; glossary.ftl has the same number. */
    public static final int TERMS_PER_PAGE = 100;

    private static final List<String> ALPHABET = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M", "N", "Ñ", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", GlossaryLetters.OTHER);

    private final Map<String, List<GlossaryTerm>> byLetter = new LinkedHashMap<>();
    /** The index of the first term of each part, by letter (one part, starting at 0, for a short letter). */
    private final Map<String, List<Integer>> partStarts = new LinkedHashMap<>();
    /** The parts of each letter (empty for a letter that fits one page), built with the index. */
    private final Map<String, List<Part>> parts = new LinkedHashMap<>();
    private final List<Searchable> searchable = new ArrayList<>();
    private final int size;

    private record Searchable(GlossaryTerm term, String key, List<String> names) {
    }

    private GlossaryIndex(List<GlossaryTerm> terms, String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language == null ? "en" : language));
        List<GlossaryTerm> complete = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            if (!term.term().isBlank() && !term.definition().isBlank()) {
                complete.add(term);
            }
        }
        complete.sort(Comparator.comparing((GlossaryTerm term) -> GlossaryLetters.key(term.term()))
                .thenComparing(GlossaryTerm::term, collator));
        for (String letter : ALPHABET) {
            byLetter.put(letter, new ArrayList<>());
        }
        for (GlossaryTerm term : complete) {
            byLetter.get(GlossaryLetters.letter(term.term())).add(term);
            List<String> names = new ArrayList<>();
            for (String spelling : term.spellings()) {
                names.add(searchKey(spelling));
            }
            searchable.add(new Searchable(term, names.get(0), names));
        }
        byLetter.replaceAll((letter, list) -> List.copyOf(list));
        byLetter.forEach((letter, list) -> {
            List<Integer> starts = starts(list);
            partStarts.put(letter, starts);
            parts.put(letter, parts(list, starts));
        });
        size = complete.size();
    }

    /** The index of these terms (term texts in {@code language}, the page's language). */
    public static GlossaryIndex of(List<GlossaryTerm> terms, String language) {
        return new GlossaryIndex(terms, language);
    }

    /** How many terms are listed. */
    public int size() {
        return size;
    }

    /**
     * The letters of the navigation in order: A–Z always (with 0 for an empty one), then Ñ and "#" when they have
     * terms.
     */
    public List<Letter> letters() {
        List<Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, terms) -> {
            boolean always = !letter.equals("Ñ") && !letter.equals(GlossaryLetters.OTHER);
            if (always || !terms.isEmpty()) {
                letters.add(new Letter(letter, GlossaryLetters.token(letter), terms.size()));
            }
        });
        return letters;
    }

    /** The token of the first letter with terms, or "" for an empty glossary. */
    public String firstLetter() {
        for (Map.Entry<String, List<GlossaryTerm>> entry : byLetter.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                return GlossaryLetters.token(entry.getKey());
            }
        }
        return "";
    }

    /** The identifiers of a letter's terms in order; empty for an unknown token. */
    public List<String> termIds(String letterToken) {
        return ids(terms(letterToken));
    }

    /** Where each part of a letter starts: a new part after TERMS_PER_PAGE terms, at the next change of key. */
    private static List<Integer> starts(List<GlossaryTerm> terms) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        String previous = null;
        int size = 0;
        for (int i = 0; i < terms.size(); i++) {
            String key = GlossaryLetters.key(terms.get(i).term());
            if (size >= TERMS_PER_PAGE && !key.equals(previous)) {
                starts.add(i);
                size = 0;
            }
            size++;
            previous = key;
        }
        return starts;
    }

    private static List<Part> parts(List<GlossaryTerm> terms, List<Integer> starts) {
        if (starts.size() < 2) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : terms.size();
            parts.add(new Part(terms.get(from).term(), terms.get(to - 1).term(),
                    p == 0 ? "" : GlossaryLetters.key(terms.get(from).term()), to - from));
        }
        return List.copyOf(parts);
    }

    /** The parts of a letter in order; empty when the letter fits on one page. */
    public List<Part> parts(String letterToken) {
        String letter = GlossaryLetters.fromToken(letterToken);
        return letter == null ? List.of() : parts.get(letter);
    }

    /**
     * The part of a letter a URL token names: the last part whose first key is not after the token ("" or an unknown
     * token before every key: the first part). Its index into {@link #parts}.
     */
    public int part(String letterToken, String token) {
        List<Part> parts = parts(letterToken);
        int found = 0;
        for (int p = 1; p < parts.size(); p++) {
            if (parts.get(p).token().compareTo(token == null ? "" : token) <= 0) {
                found = p;
            }
        }
        return found;
    }

    /** The identifiers of the terms of a letter's part (the whole letter when it has no parts), in order. */
    public List<String> termIds(String letterToken, String token) {
        List<GlossaryTerm> terms = terms(letterToken);
        List<Integer> starts = partStarts.getOrDefault(GlossaryLetters.fromToken(letterToken), List.of(0));
        if (starts.size() < 2) {
            return ids(terms);
        }
        int p = part(letterToken, token);
        int to = p + 1 < starts.size() ? starts.get(p + 1) : terms.size();
        return ids(terms.subList(starts.get(p), to));
    }

    /**
     * The Magnolia selector of the page that shows a term (as shown in this index's language): its letter, and the
     * first key of its part when the letter has parts ("c", "c~cancerdemama"). Fewer URLs than the term's own key
     * ({@link GlossaryLetters#selector}), which names the same page.
     */
    public String selector(String term) {
        String letterToken = GlossaryLetters.token(GlossaryLetters.letter(term));
        List<Part> letterParts = parts(letterToken);
        String token = letterParts.isEmpty() ? "" : letterParts.get(part(letterToken, GlossaryLetters.key(term))).token();
        return token.isEmpty() ? letterToken : letterToken + "~" + token;
    }

    /**
     * Terms whose name or other names contain {@code text} (case, accents and extra spaces ignored), best first: the
     * term itself, then a name starting with the text, then one containing it; at most {@code limit}. Text shorter than
     * two characters finds nothing.
     */
    public List<String> search(String text, int limit) {
        String wanted = searchKey(text == null ? "" : text);
        if (wanted.length() < 2 || limit <= 0) {
            return List.of();
        }
        List<List<GlossaryTerm>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Searchable entry : searchable) {
            int rank = 3;
            for (String name : entry.names()) {
                if (name.equals(wanted)) {
                    rank = 0;
                } else if (name.startsWith(wanted) || name.contains(" " + wanted)) {
                    rank = Math.min(rank, 1);
                } else if (name.contains(wanted)) {
                    rank = Math.min(rank, 2);
                }
            }
            if (rank < 3) {
                ranks.get(rank).add(entry.term());
            }
        }
        List<String> found = new ArrayList<>();
        for (List<GlossaryTerm> rank : ranks) {
            for (GlossaryTerm term : rank) {
                if (found.size() == limit) {
                    return found;
                }
                found.add(term.id());
            }
        }
        return found;
    }

    private List<GlossaryTerm> terms(String letterToken) {
        String letter = GlossaryLetters.fromToken(letterToken);
        return letter == null ? List.of() : byLetter.get(letter);
    }

    private static List<String> ids(List<GlossaryTerm> terms) {
        return terms.stream().map(GlossaryTerm::id).toList();
    }

    /** Lower case, accents removed, runs of white space as one space, trimmed. */
    static String searchKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
