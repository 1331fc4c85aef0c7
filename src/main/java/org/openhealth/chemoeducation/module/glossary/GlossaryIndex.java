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
 * letter (or of one two-letter group of a long letter) in dictionary order, and a search over terms and their other
 * names. It holds identifiers and the shown text only; templates read the terms they show with
 * {@code cmsfn.contentById}, so escaping and translation stay Magnolia's. Filing follows {@link GlossaryLetters};
 * order is the language's collation, as FreeMarker's {@code ?sort_by} orders the light-module-only page. Only
 * complete terms (a term and a definition) are listed. Immutable, thread-safe.
 */
public final class GlossaryIndex {

    /** A letter of the A–Z navigation: its label ("A", "Ñ", "#"), URL token and number of terms (0: no page). */
    public record Letter(String label, String token, int count) {
    }

    /** A two-letter group of a long letter: label ("Ch"), token ("ch") and number of terms. */
    public record Group(String label, String token, int count) {
    }

    private static final List<String> ALPHABET = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M", "N", "Ñ", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", GlossaryLetters.OTHER);

    private final Map<String, List<GlossaryTerm>> byLetter = new LinkedHashMap<>();
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
        complete.sort(Comparator.comparing(GlossaryTerm::term, collator));
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

    /** The two-letter groups of a letter, in order, each with its number of terms. */
    public List<Group> groups(String letterToken) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GlossaryTerm term : terms(letterToken)) {
            counts.merge(GlossaryLetters.group(term.term()), 1, Integer::sum);
        }
        List<Group> groups = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> groups.add(
                new Group(label(entry.getKey()), entry.getKey(), entry.getValue())));
        return groups;
    }

    /** The identifiers of the terms of one group of a letter, in order. */
    public List<String> termIds(String letterToken, String group) {
        List<GlossaryTerm> found = new ArrayList<>();
        for (GlossaryTerm term : terms(letterToken)) {
            if (GlossaryLetters.group(term.term()).equals(group)) {
                found.add(term);
            }
        }
        return ids(found);
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

    private static String label(String group) {
        return group.equals(GlossaryLetters.OTHER_TOKEN) ? GlossaryLetters.OTHER
                : Character.toUpperCase(group.charAt(0)) + group.substring(1);
    }

    /** Lower case, accents removed, runs of white space as one space, trimmed. */
    static String searchKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
