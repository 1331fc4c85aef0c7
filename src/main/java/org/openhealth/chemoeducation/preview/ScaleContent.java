package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.definition.BootstrapFolders;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.YamlSource;
import org.openhealth.chemoeducation.glossary.io.CsvCell;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.DrugClass;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.Head;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.Kind;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.Modifier;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.Pair;
import org.openhealth.chemoeducation.preview.ScaleVocabulary.Single;

/**
 * Synthetic content at hospital scale for {@code bench scale}, the same on every run (fixed seed): a glossary CSV in
 * the columns {@code glossary import} reads, and Magnolia YAML content files (the format {@code --content} takes) for
 * articles, link blocks and the pages that show them.
 * <ul>
 *   <li>Terms: one to three words ("gene amplification", "acute myeloid leukemia"), single words, made-up drug names
 *       with their class endings, a few starting with a digit ("5-…") or an accented capital ("Ácido …"); first
 *       letters weighted like a medical dictionary (many C, P, S; few J, Q, X, Y, Z). Plurals, everyday synonyms
 *       ("heart toxicity"), acronyms and brand names as variants; respellings on about half; Spanish
 *       ({@code term_es}, {@code definition_es}, {@code variants_es}) on about 85 %; see-also on about a quarter.</li>
 *   <li>Articles: sections of rich text that mention glossary terms (sometimes by a variant), key terms, audience,
 *       review data on most, sources, a related-link block; Spanish on about 40 %.</li>
 *   <li>Pages under {@code /patient-education}: one topic page per 50 articles (at most 20) with a topic menu, and one
 *       article page per article (template {@code chemo-education:pages/article}: article body, related links,
 *       sometimes a call-out; the topic menu aside).</li>
 * </ul>
 * Not medical content: made up for load tests, and never to be shown to patients.
 */
final class ScaleContent {

    /** The generator's seed: the same content on every machine and run. */
    static final long SEED = 20_261_127L;
    static final String GLOSSARY_CSV = "glossary.csv";
    /** Articles, link blocks and the {@code /patient-education} home page. */
    static final String CONTENT_FOLDER = "content";
    /** The topic pages with their article pages; imported after {@link #CONTENT_FOLDER} (they need the home page). */
    static final String PAGES_FOLDER = "pages";
    static final String HOME_PAGE = "patient-education";
    static final String ARTICLE_TEMPLATE = "chemo-education:pages/article";
    static final int ARTICLES_PER_TOPIC = 50;

    static final String CSV_HEADER = "name,id,term,definition,pronunciation,variants,seeAlso,term_es,definition_es,"
            + "pronunciation_es,variants_es";

    private static final double SPANISH_TERMS = 0.85;
    private static final double SPANISH_ARTICLES = 0.40;
    private static final double SEE_ALSO = 0.25;
    private static final double PRONOUNCED = 0.45;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");

    /**
     * First letters weighted roughly like an English medical dictionary (per thousand terms); {@code 0} stands for
     * a digit and {@code Á} for an accented capital.
     */
    private static final Map<String, Integer> LETTER_WEIGHTS = letterWeights();

    /** How a term was built. */
    enum Shape { PHRASE, SINGLE, DRUG, DIGIT, ACCENTED }

    /** One glossary term as a CSV row; {@code seeAlso} holds other terms' names. */
    record Term(String name, String id, String term, String definition, String pronunciation, List<String> variants,
                List<String> seeAlso, String termEs, String definitionEs, List<String> variantsEs, Shape shape) {

        boolean translated() {
            return !termEs.isEmpty();
        }
    }

    /** What was written: the glossary CSV, the content folders in import order, and counts. */
    record Generated(Path glossaryCsv, List<Path> contentFolders, List<Term> terms, int articles,
                     int translatedArticles, int pages, int linkBlocks, List<String> articlePagePaths) {
    }

    private ScaleContent() {
    }

    /**
     * Writes {@value #GLOSSARY_CSV} with {@code termCount} terms and, in {@value #CONTENT_FOLDER} and
     * {@value #PAGES_FOLDER}, {@code articleCount} articles with their pages and link blocks, all into {@code dir}.
     * Names and terms of the module's seed glossary are left out, so nothing replaces a seed node.
     */
    static Generated write(Path module, int termCount, int articleCount, Path dir) {
        Set<String> seedNames = new HashSet<>();
        Set<String> seedTerms = new HashSet<>();
        seedGlossary(module, seedNames, seedTerms);
        List<Term> terms = terms(termCount, seedNames, seedTerms, SEED);
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve(GLOSSARY_CSV);
            Files.writeString(csv, csv(terms), StandardCharsets.UTF_8);
            Path content = Files.createDirectories(dir.resolve(CONTENT_FOLDER));
            Path pages = Files.createDirectories(dir.resolve(PAGES_FOLDER));
            Site site = new Site(terms, articleCount, new Random(SEED + 1));
            site.write(content, pages);
            return new Generated(csv, List.of(content, pages), terms, articleCount, site.translatedArticles,
                    site.pageCount, site.linkBlocks, site.articlePagePaths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scale content to " + dir, e);
        }
    }

    /** Names and lower-case terms of the module's seed glossary ({@code chemoGlossary.*.yaml} in its bootstrap). */
    private static void seedGlossary(Path module, Set<String> names, Set<String> terms) {
        for (Path folder : BootstrapFolders.of(module)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("chemoGlossary\\.[^.]+\\.yaml"))
                        .sorted().toList()) {
                    String name = file.getFileName().toString().split("\\.")[1];
                    names.add(name);
                    if (MagnoliaYaml.loadMapping(file).get(name) instanceof YamlSource node
                            && node.get("term") instanceof String term) {
                        terms.add(term.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
    }

    // ---------------------------------------------------------------- glossary

    /** {@code count} distinct terms, none named or spelled like the reserved ones. */
    static List<Term> terms(int count, Set<String> reservedNames, Set<String> reservedTerms, long seed) {
        return new Glossary(reservedNames, reservedTerms, new Random(seed)).build(count);
    }

    /** Builds terms one by one, keeping names and every spelling (terms and variants) unique. */
    private static final class Glossary {

        private final Random random;
        private final Set<String> names;
        private final Set<String> spellings;
        private final Map<Character, List<Modifier>> modifiers = new LinkedHashMap<>();
        private final Map<Character, List<Modifier>> adjectives = new LinkedHashMap<>();
        private final Map<Character, List<Single>> singles = new LinkedHashMap<>();
        private final List<String> letters = new ArrayList<>(LETTER_WEIGHTS.keySet());
        private final int totalWeight = LETTER_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        /** For see-also: terms grouped by head noun, drug class or shape. */
        private final Map<String, List<Integer>> families = new LinkedHashMap<>();

        Glossary(Set<String> reservedNames, Set<String> reservedTerms, Random random) {
            this.random = random;
            this.names = new HashSet<>(reservedNames);
            this.spellings = new HashSet<>(reservedTerms);
            for (Modifier modifier : ScaleVocabulary.MODIFIERS) {
                char letter = Character.toUpperCase(modifier.en().charAt(0));
                modifiers.computeIfAbsent(letter, l -> new ArrayList<>()).add(modifier);
                if (modifier.kind() == Kind.ADJECTIVE) {
                    adjectives.computeIfAbsent(letter, l -> new ArrayList<>()).add(modifier);
                }
            }
            for (Single single : ScaleVocabulary.SINGLES) {
                singles.computeIfAbsent(single.en().charAt(0), l -> new ArrayList<>()).add(single);
            }
        }

        List<Term> build(int count) {
            List<Term> terms = new ArrayList<>(count);
            while (terms.size() < count) {
                Draft draft = draft(letter());
                if (draft == null) {
                    continue;
                }
                terms.add(draft.finish(random, this));
                families.computeIfAbsent(draft.family, f -> new ArrayList<>()).add(terms.size() - 1);
            }
            return seeAlso(terms);
        }

        private String letter() {
            int pick = random.nextInt(totalWeight);
            for (String letter : letters) {
                pick -= LETTER_WEIGHTS.get(letter);
                if (pick < 0) {
                    return letter;
                }
            }
            return letters.get(letters.size() - 1);
        }

        /** A new term starting with {@code letter}, or null when the pick collided with an earlier one. */
        private Draft draft(String letter) {
            Draft draft;
            if ("0".equals(letter)) {
                draft = digitDrug();
            } else if ("Á".equals(letter)) {
                draft = accented();
            } else {
                char first = letter.charAt(0);
                double shape = random.nextDouble();
                List<Single> unused = singles.getOrDefault(first, List.of());
                if (shape < 0.06 && !unused.isEmpty()) {
                    draft = single(unused.remove(random.nextInt(unused.size())));
                } else if (shape < 0.51 && modifiers.containsKey(first)) {
                    draft = phrase(pick(modifiers.get(first)), null);
                } else if (shape < 0.65 && adjectives.containsKey(first)) {
                    Modifier second = pick(ScaleVocabulary.MODIFIERS);
                    draft = phrase(pick(adjectives.get(first)), second);
                } else {
                    draft = drug(first);
                }
            }
            if (draft == null || !claim(draft.term, draft.name)) {
                return null;
            }
            return draft;
        }

        private boolean claim(String term, String name) {
            String key = term.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || spellings.contains(key) || names.contains(name)) {
                return false;
            }
            spellings.add(key);
            names.add(name);
            return true;
        }

        /** Claims a variant spelling; false when some term already uses it. */
        boolean claimVariant(String variant) {
            return spellings.add(variant.toLowerCase(Locale.ROOT));
        }

        private Draft phrase(Modifier first, Modifier second) {
            Head head = pick(ScaleVocabulary.HEADS);
            if (second != null && (second == first || second.en().equals(head.en()))) {
                return null;
            }
            if (first.en().equals(head.en())) {
                return null;
            }
            String en = first.en() + (second == null ? "" : " " + second.en()) + " " + head.en();
            Draft draft = new Draft(capitalize(en), Shape.PHRASE, "head:" + head.en());
            draft.es = capitalize(head.es() + (second == null ? "" : " " + spanish(second, head.feminine()))
                    + " " + spanish(first, head.feminine()));
            draft.definition = capitalize(head.glossEn()) + ", " + first.glossEn()
                    + (second == null ? "" : ", " + second.glossEn()) + ".";
            draft.definitionEs = capitalize(head.glossEs()) + ", " + first.glossEs()
                    + (second == null ? "" : ", " + second.glossEs()) + ".";
            if (!head.pluralEn().isEmpty()) {
                draft.plural = first.en() + (second == null ? "" : " " + second.en()) + " " + head.pluralEn();
                draft.pluralEs = pluralEs(head.es()) + (second == null ? "" : " " + pluralSpanish(second, head))
                        + " " + pluralSpanish(first, head);
            }
            if (second == null && !first.synonym().isEmpty()) {
                draft.synonym = first.synonym() + " " + head.en();
            }
            if (second != null && random.nextDouble() < 0.4) {
                draft.acronym = (first.en().substring(0, 1) + second.en().substring(0, 1) + head.en().substring(0, 1))
                        .toUpperCase(Locale.ROOT);
            }
            draft.extra = true;
            return draft;
        }

        private Draft single(Single single) {
            Draft draft = new Draft(single.en(), Shape.SINGLE, "single");
            draft.es = single.es();
            draft.definition = capitalize(single.glossEn()) + ".";
            draft.definitionEs = capitalize(single.glossEs()) + ".";
            if (!single.pluralEn().isEmpty()) {
                draft.plural = single.pluralEn();
                String[] words = single.es().toLowerCase(Locale.ROOT).split(" ", 2);
                draft.pluralEs = pluralEs(words[0]) + (words.length > 1 ? " " + words[1] : "");
            }
            draft.extra = true;
            return draft;
        }

        private Draft drug(char letter) {
            DrugClass drugClass = pick(ScaleVocabulary.DRUG_CLASSES);
            String stem = stem(letter);
            Draft draft = new Draft(capitalize(stem + drugClass.suffixEn()), Shape.DRUG, "drug:" + drugClass.suffixEn());
            draft.es = capitalize(stem + drugClass.suffixEs());
            Pair route = pick(ScaleVocabulary.ROUTES);
            draft.definition = capitalize(drugClass.glossEn()) + ". It is used to treat some types of cancer. "
                    + route.en();
            draft.definitionEs = capitalize(drugClass.glossEs()) + ". Se usa para tratar algunos tipos de cáncer. "
                    + route.es();
            if (random.nextDouble() < 0.3) {
                draft.brand = capitalize(stem(Character.toUpperCase(pick(ScaleVocabulary.SYLLABLES).charAt(0)))
                        + pick(List.of("a", "ix", "on", "ra", "el")));
            }
            return draft;
        }

        private Draft digitDrug() {
            DrugClass drugClass = pick(ScaleVocabulary.DRUG_CLASSES);
            String number = pick(List.of("2", "3", "4", "5", "6", "8", "9", "13", "17"));
            String stem = stem(Character.toUpperCase(pick(ScaleVocabulary.SYLLABLES).charAt(0)));
            Draft draft = new Draft(number + "-" + stem + drugClass.suffixEn(), Shape.DIGIT,
                    "drug:" + drugClass.suffixEn());
            draft.es = number + "-" + stem + drugClass.suffixEs();
            draft.definition = capitalize(drugClass.glossEn()) + ". It is being studied in clinical trials.";
            draft.definitionEs = capitalize(drugClass.glossEs()) + ". Se estudia en ensayos clínicos.";
            return draft;
        }

        private Draft accented() {
            String stem = stem(Character.toUpperCase(pick(ScaleVocabulary.SYLLABLES).charAt(0)));
            return switch (random.nextInt(4)) {
                case 0 -> accentedDraft("Ácido " + stem + "ico", "an acid studied as a cancer treatment",
                        "un ácido que se estudia como tratamiento contra el cáncer");
                case 1 -> accentedDraft("Óxido " + stem + "oso", "a compound studied in cancer research",
                        "un compuesto que se estudia en la investigación del cáncer");
                case 2 -> accentedDraft("Índice de " + capitalize(stem) + "ner",
                        "a score doctors use to describe how well a person can do daily tasks",
                        "una puntuación que usan los médicos para describir qué tan bien una persona hace sus tareas");
                default -> accentedDraft("Úlcera de " + capitalize(stem) + "ling",
                        "an ulcer named after the doctor who first described it",
                        "una úlcera que lleva el nombre del médico que la describió");
            };
        }

        private Draft accentedDraft(String term, String glossEn, String glossEs) {
            Draft draft = new Draft(term, Shape.ACCENTED, "accented");
            draft.es = term;
            draft.definition = capitalize(glossEn) + ".";
            draft.definitionEs = capitalize(glossEs) + ".";
            return draft;
        }

        /** A made-up, pronounceable word stem starting with {@code letter}. */
        private String stem(char letter) {
            String first = String.valueOf(Character.toLowerCase(letter));
            String vowels = "aeiou";
            StringBuilder stem = new StringBuilder();
            if (letter == 'Q') {
                stem.append("qu").append(vowels.charAt(random.nextInt(3)));
            } else if (vowels.indexOf(first.charAt(0)) >= 0) {
                stem.append(first).append("lmnrstvz".charAt(random.nextInt(8)));
            } else {
                stem.append(first).append(vowels.charAt(random.nextInt(vowels.length())));
            }
            int syllables = 1 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                stem.append(pick(ScaleVocabulary.SYLLABLES));
            }
            return stem.toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        /** Gives about a quarter of the terms one to three see-also references, mostly to their own family. */
        private List<Term> seeAlso(List<Term> terms) {
            Map<Integer, String> familyOf = new LinkedHashMap<>();
            families.forEach((family, members) -> members.forEach(i -> familyOf.put(i, family)));
            List<Term> linked = new ArrayList<>(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                Term term = terms.get(i);
                if (terms.size() < 2 || random.nextDouble() >= SEE_ALSO) {
                    linked.add(term);
                    continue;
                }
                List<Integer> family = families.get(familyOf.get(i));
                Set<String> references = new LinkedHashSet<>();
                int wanted = 1 + random.nextInt(3);
                for (int attempt = 0; attempt < 10 && references.size() < wanted; attempt++) {
                    int other = family.size() > 1 && random.nextDouble() < 0.8 ? family.get(random.nextInt(family.size()))
                            : random.nextInt(terms.size());
                    if (other != i) {
                        references.add(terms.get(other).name());
                    }
                }
                linked.add(new Term(term.name(), term.id(), term.term(), term.definition(), term.pronunciation(),
                        term.variants(), List.copyOf(references), term.termEs(), term.definitionEs(),
                        term.variantsEs(), term.shape()));
            }
            return linked;
        }
    }

    /** A term being built. */
    private static final class Draft {
        final String term;
        final String name;
        final Shape shape;
        final String family;
        String es = "";
        String definition = "";
        String definitionEs = "";
        String plural = "";
        String pluralEs = "";
        String synonym = "";
        String acronym = "";
        String brand = "";
        boolean extra;

        Draft(String term, Shape shape, String family) {
            this.term = term;
            this.name = slug(term);
            this.shape = shape;
            this.family = family;
        }

        Term finish(Random random, Glossary glossary) {
            String id = uuid("term", name);
            String definitionEn = definition;
            String definitionSpanish = definitionEs;
            if (extra && random.nextBoolean()) {
                Pair sentence = ScaleVocabulary.DEFINITION_EXTRAS.get(random.nextInt(
                        ScaleVocabulary.DEFINITION_EXTRAS.size()));
                definitionEn += " " + sentence.en();
                definitionSpanish += " " + sentence.es();
            }
            List<String> variants = new ArrayList<>();
            for (String variant : List.of(plural, synonym, acronym, brand)) {
                if (!variant.isEmpty() && glossary.claimVariant(variant)) {
                    variants.add(variant);
                }
            }
            String pronunciation = "";
            if ((shape == Shape.PHRASE || shape == Shape.SINGLE || shape == Shape.DRUG)
                    && random.nextDouble() < PRONOUNCED) {
                pronunciation = respell(term);
            }
            boolean spanish = random.nextDouble() < SPANISH_TERMS;
            List<String> variantsEs = new ArrayList<>();
            if (spanish && !pluralEs.isEmpty() && !pluralEs.equalsIgnoreCase(es)) {
                variantsEs.add(pluralEs);
            }
            if (spanish && !brand.isEmpty() && variants.contains(brand)) {
                variantsEs.add(brand);
            }
            return new Term(name, id, term, definitionEn, pronunciation, List.copyOf(variants), List.of(),
                    spanish ? es : "", spanish ? definitionSpanish : "", List.copyOf(variantsEs), shape);
        }
    }

    /** The Spanish form of a modifier after a noun: an adjective agreeing with it, or the phrase as it is. */
    private static String spanish(Modifier modifier, boolean feminine) {
        if (modifier.kind() == Kind.PHRASE || !feminine) {
            return modifier.es();
        }
        String[] words = modifier.es().split(" ", 2);
        String first = words[0].endsWith("o") ? words[0].substring(0, words[0].length() - 1) + "a" : words[0];
        return first + (words.length > 1 ? " " + words[1] : "");
    }

    private static String pluralSpanish(Modifier modifier, Head head) {
        String singular = spanish(modifier, head.feminine());
        if (modifier.kind() == Kind.PHRASE) {
            return singular;
        }
        String[] words = singular.split(" ", 2);
        return pluralEs(words[0]) + (words.length > 1 ? " " + words[1] : "");
    }

    /** The Spanish plural of one word (regular rules; words ending in an unstressed -s or -x do not change). */
    static String pluralEs(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if ("régimen".equals(lower)) {
            return "regímenes";
        }
        if (lower.endsWith("z")) {
            return word.substring(0, word.length() - 1) + "ces";
        }
        for (String[] stressed : new String[][]{{"ón", "ones"}, {"ún", "unes"}, {"én", "enes"}, {"án", "anes"},
                {"ín", "ines"}, {"és", "eses"}}) {
            if (lower.endsWith(stressed[0])) {
                return word.substring(0, word.length() - 2) + stressed[1];
            }
        }
        if (lower.endsWith("s") || lower.endsWith("x")) {
            return word;
        }
        char last = lower.charAt(lower.length() - 1);
        return "aeiouáéó".indexOf(last) >= 0 ? word + "s" : word + "es";
    }

    /** A rough English respelling ("kar-DEE-ak"-like): syllables split at vowel groups, the next-to-last stressed. */
    static String respell(String term) {
        List<String> words = new ArrayList<>();
        for (String word : term.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String letters = word.replaceAll("[^a-z]", "");
            if (letters.isEmpty()) {
                continue;
            }
            List<String> syllables = syllables(letters);
            int stressed = Math.max(0, syllables.size() - 2);
            if (syllables.size() > 1) {
                syllables.set(stressed, syllables.get(stressed).toUpperCase(Locale.ROOT));
            }
            words.add(String.join("-", syllables));
        }
        return String.join(" ", words);
    }

    private static List<String> syllables(String word) {
        List<String> syllables = new ArrayList<>();
        String vowels = "aeiouy";
        int start = 0;
        int i = 0;
        while (i < word.length()) {
            while (i < word.length() && vowels.indexOf(word.charAt(i)) < 0) {
                i++;
            }
            while (i < word.length() && vowels.indexOf(word.charAt(i)) >= 0) {
                i++;
            }
            int consonants = 0;
            while (i + consonants < word.length() && vowels.indexOf(word.charAt(i + consonants)) < 0) {
                consonants++;
            }
            if (i + consonants >= word.length()) {
                syllables.add(word.substring(start));
                return syllables;
            }
            int end = consonants <= 1 ? i : i + 1;
            syllables.add(word.substring(start, end));
            start = end;
            i = end;
        }
        if (start < word.length()) {
            syllables.add(word.substring(start));
        }
        return syllables;
    }

    /** The glossary as CSV with the columns of {@code glossary import}; {@code |} separates list values. */
    static String csv(List<Term> terms) {
        StringBuilder out = new StringBuilder(terms.size() * 400);
        out.append(CSV_HEADER).append("\r\n");
        for (Term term : terms) {
            List<String> fields = List.of(term.name(), term.id(), term.term(), term.definition(), term.pronunciation(),
                    String.join("|", term.variants()), String.join("|", term.seeAlso()), term.termEs(),
                    term.definitionEs(), "", String.join("|", term.variantsEs()));
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(CsvCell.write(fields.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- articles, link blocks, pages

    /** One article and its page. */
    private record Article(String name, String id, int topic, String title, String titleEs, boolean translated,
                           String pageId) {
    }

    /** Writes articles, link blocks and pages for a glossary. */
    private static final class Site {

        private final List<Term> terms;
        private final List<Term> translatedTerms;
        private final int articleCount;
        private final Random random;
        private final int topics;
        private final List<Article> articles = new ArrayList<>();
        int translatedArticles;
        int pageCount;
        int linkBlocks;
        final List<String> articlePagePaths = new ArrayList<>();

        Site(List<Term> terms, int articleCount, Random random) {
            this.terms = terms;
            this.translatedTerms = terms.stream().filter(Term::translated).toList();
            this.articleCount = articleCount;
            this.random = random;
            this.topics = Math.max(1, Math.min(ScaleVocabulary.TOPICS.size(),
                    (articleCount + ARTICLES_PER_TOPIC - 1) / ARTICLES_PER_TOPIC));
        }

        void write(Path content, Path pages) throws IOException {
            Set<String> articleNames = new HashSet<>();
            List<StringBuilder> topicPages = new ArrayList<>();
            for (int t = 0; t < topics; t++) {
                topicPages.add(topicPage(t));
            }
            for (int i = 0; i < articleCount; i++) {
                int topic = (int) ((long) i * topics / articleCount);
                boolean translated = i == 0 || random.nextDouble() < SPANISH_ARTICLES;
                Yaml article = article(i, topic, translated, articleNames);
                write(content, "chemoArticles." + articles.get(i).name() + ".yaml", article.text());
                articlePage(topicPages.get(topic), articles.get(i), i);
            }
            for (int t = 0; t < topics; t++) {
                write(pages, "website." + HOME_PAGE + "." + topicName(t) + ".yaml", topicPages.get(t).toString());
                write(content, "chemoLinks." + topicName(t) + "-articles.yaml", topicMenu(t));
            }
            for (int group = 0; group * 10 < articleCount; group++) {
                write(content, "chemoLinks." + relatedName(group) + ".yaml", relatedBlock(group));
            }
            write(content, "chemoLinks." + HOME_PAGE + "-topics.yaml", homeMenu());
            write(content, "website." + HOME_PAGE + ".yaml", homePage());
            pageCount = 1 + topics + articleCount;
            linkBlocks = topics + (articleCount + 9) / 10 + 1;
        }

        private static void write(Path folder, String file, String text) throws IOException {
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        }

        private String topicName(int topic) {
            return slug(ScaleVocabulary.TOPICS.get(topic).en());
        }

        private static String relatedName(int group) {
            return String.format(Locale.ROOT, "related-%04d", group);
        }

        private Term pickTerm(boolean translated) {
            List<Term> from = translated && !translatedTerms.isEmpty() ? translatedTerms : terms;
            return from.get(random.nextInt(from.size()));
        }

        private Yaml article(int index, int topic, boolean translated, Set<String> names) {
            Term main = pickTerm(translated);
            boolean drug = main.shape() == Shape.DRUG || main.shape() == Shape.DIGIT;
            List<Pair> titles = drug ? ScaleVocabulary.DRUG_TITLES : ScaleVocabulary.TITLES;
            int titleIndex = random.nextInt(titles.size());
            Pair titlePattern = titles.get(titleIndex);
            String title = fill(titlePattern.en(), main.term());
            String titleEs = translated ? fill(titlePattern.es(), main.termEs()) : "";
            String name = slug(title);
            if (name.length() > 80) {
                name = name.substring(0, 80).replaceAll("-+$", "");
            }
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + "-" + n;
            }
            String id = uuid("article", unique);
            Article article = new Article(unique, id, topic, title, titleEs, translated, uuid("page", unique));
            articles.add(article);
            if (translated) {
                translatedArticles++;
            }
            List<Term> mentioned = new ArrayList<>();
            mentioned.add(main);
            int others = 4 + random.nextInt(9);
            for (int i = 0; i < others; i++) {
                Term term = pickTerm(translated);
                if (!mentioned.contains(term)) {
                    mentioned.add(term);
                }
            }
            Instant created = CREATED.plusSeconds(index * 3_600L);
            Yaml yaml = new Yaml();
            yaml.node(0, unique);
            yaml.property(1, "jcr:primaryType", "mgnl:content");
            yaml.property(1, "jcr:uuid", id);
            yaml.date(1, "mgnl:created", created);
            yaml.date(1, "mgnl:lastModified", created.plusSeconds(86_400L * random.nextInt(200)));
            yaml.property(1, "title", title);
            yaml.property(1, "title_es", titleEs);
            yaml.property(1, "summary", drug ? fill("Learn how {t} works and which side effects it can cause.",
                    main.term()) : fill("Learn what {t} is, why it happens and what you can do about it.", main.term()));
            if (translated) {
                yaml.property(1, "summary_es", drug ? fill("Sepa cómo actúa {t} y qué efectos secundarios puede causar.",
                        main.termEs()) : fill("Sepa qué es {t}, por qué pasa y qué puede hacer.", main.termEs()));
            }
            yaml.flowList(1, "audience", audience(drug ? -1 : titleIndex));
            review(yaml, translated);
            if (random.nextDouble() < 0.15) {
                yaml.property(1, "adaptedFrom", "“What Is Chemotherapy?,” ChemoCare (chemocare.com)");
                if (translated) {
                    yaml.property(1, "adaptedFrom_es", "“What Is Chemotherapy?”, ChemoCare (chemocare.com; en inglés)");
                }
                yaml.property(1, "adaptedFromUrl", "https://chemocare.com/what-is-chemotherapy");
            }
            yaml.blockList(1, "keyTerms", mentioned.stream().limit(8).map(Term::id).toList());
            yaml.property(1, "relatedLinks", uuid("links", relatedName(index / 10)));
            sections(yaml, unique, main, mentioned, translated);
            sources(yaml, unique, translated);
            return yaml;
        }

        private List<String> audience(int titleIndex) {
            if (titleIndex == 4) {
                return List.of("caregiver");
            }
            if (titleIndex == 5) {
                return List.of("clinician");
            }
            return random.nextDouble() < 0.3 ? List.of("patient", "caregiver") : List.of("patient");
        }

        /** Review data on about 60 % of articles (some of them overdue by now); on half of their translations. */
        private void review(Yaml yaml, boolean translated) {
            if (random.nextDouble() >= 0.6) {
                return;
            }
            LocalDate reviewed = LocalDate.of(2024, 1, 8).plusDays(random.nextInt(900));
            String reviewer = ScaleVocabulary.REVIEWERS.get(random.nextInt(ScaleVocabulary.REVIEWERS.size()));
            yaml.date(1, "lastReviewed", reviewed);
            yaml.date(1, "nextReview", reviewed.plusMonths(24));
            yaml.property(1, "reviewedBy", reviewer);
            if (translated && random.nextBoolean()) {
                LocalDate reviewedEs = reviewed.plusDays(random.nextInt(60));
                yaml.date(1, "lastReviewed_es", reviewedEs);
                yaml.date(1, "nextReview_es", reviewedEs.plusMonths(24));
                yaml.property(1, "reviewedBy_es", reviewer);
            }
        }

        private void sections(Yaml yaml, String article, Term main, List<Term> mentioned, boolean translated) {
            yaml.node(1, "sections");
            yaml.property(2, "jcr:primaryType", "mgnl:contentNode");
            yaml.property(2, "jcr:uuid", uuid("sections", article));
            List<Pair> headings = new ArrayList<>(ScaleVocabulary.HEADINGS);
            Collections.shuffle(headings, random);
            int count = 3 + random.nextInt(4);
            int next = 0;
            for (int s = 0; s < count; s++) {
                Pair heading = s == 0 ? new Pair(fill("What is {t}?", main.term()), fill("¿Qué es {t}?", main.termEs()))
                        : headings.get(s - 1);
                StringBuilder body = new StringBuilder();
                StringBuilder bodyEs = new StringBuilder();
                int paragraphs = 1 + random.nextInt(3);
                for (int p = 0; p < paragraphs; p++) {
                    body.append("<p>");
                    bodyEs.append("<p>");
                    int sentences = 3 + random.nextInt(3);
                    for (int n = 0; n < sentences; n++) {
                        boolean strong = n == 0 && random.nextDouble() < 0.2;
                        String[] sentence = sentence(mentioned.get(next % mentioned.size()), random.nextDouble() < 0.6);
                        if (sentence[2] != null) {
                            next++;
                        }
                        append(body, bodyEs, n > 0 ? " " : "", sentence, strong);
                    }
                    body.append("</p>");
                    bodyEs.append("</p>");
                }
                if (random.nextDouble() < 0.3) {
                    body.append("<ul>");
                    bodyEs.append("<ul>");
                    for (int n = 0; n < 3; n++) {
                        String[] sentence = sentence(mentioned.get(next++ % mentioned.size()), true);
                        body.append("<li>").append(sentence[0]).append("</li>");
                        bodyEs.append("<li>").append(sentence[1]).append("</li>");
                    }
                    body.append("</ul>");
                    bodyEs.append("</ul>");
                }
                yaml.node(2, String.valueOf(s));
                yaml.property(3, "jcr:primaryType", "mgnl:contentNode");
                yaml.property(3, "jcr:uuid", uuid("section", article + "/" + s));
                yaml.property(3, "heading", heading.en());
                if (translated) {
                    yaml.property(3, "heading_es", heading.es());
                }
                yaml.property(3, "body", body.toString());
                if (translated) {
                    yaml.property(3, "body_es", bodyEs.toString());
                }
            }
        }

        private static void append(StringBuilder body, StringBuilder bodyEs, String space, String[] sentence,
                                   boolean strong) {
            body.append(space).append(strong ? "<strong>" + sentence[0] + "</strong>" : sentence[0]);
            bodyEs.append(space).append(strong ? "<strong>" + sentence[1] + "</strong>" : sentence[1]);
        }

        /** An English and a Spanish sentence, about {@code term} when {@code aboutTerm} (then [2] is its name). */
        private String[] sentence(Term term, boolean aboutTerm) {
            if (!aboutTerm) {
                Pair filler = ScaleVocabulary.FILLER_SENTENCES.get(random.nextInt(
                        ScaleVocabulary.FILLER_SENTENCES.size()));
                return new String[]{filler.en(), filler.es(), null};
            }
            Pair pattern = ScaleVocabulary.TERM_SENTENCES.get(random.nextInt(ScaleVocabulary.TERM_SENTENCES.size()));
            String en = term.variants().isEmpty() || random.nextDouble() >= 0.2 ? term.term() : term.variants().get(0);
            String es = term.translated() ? term.termEs() : term.term();
            return new String[]{fill(pattern.en(), en), fill(pattern.es(), es), term.name()};
        }

        private void sources(Yaml yaml, String article, boolean translated) {
            List<Pair> sources = new ArrayList<>(ScaleVocabulary.SOURCES);
            Collections.shuffle(sources, random);
            int count = 1 + random.nextInt(3);
            yaml.node(1, "sources");
            yaml.property(2, "jcr:primaryType", "mgnl:contentNode");
            yaml.property(2, "jcr:uuid", uuid("sources", article));
            for (int s = 0; s < count; s++) {
                yaml.node(2, String.valueOf(s));
                yaml.property(3, "jcr:primaryType", "mgnl:contentNode");
                yaml.property(3, "jcr:uuid", uuid("source", article + "/" + s));
                yaml.property(3, "title", sources.get(s).en());
                if (translated) {
                    yaml.property(3, "title_es", sources.get(s).en() + " (en inglés)");
                }
                yaml.property(3, "url", sources.get(s).es());
            }
        }

        private StringBuilder topicPage(int topic) {
            Pair title = ScaleVocabulary.TOPICS.get(topic);
            Yaml yaml = new Yaml();
            String name = topicName(topic);
            yaml.node(0, name);
            page(yaml, 1, uuid("page", "topic/" + name), title.en(), title.es(), null);
            yaml.node(1, "main");
            area(yaml, 2, uuid("area", "topic/" + name + "/main"));
            component(yaml, 2, "0", uuid("component", "topic/" + name + "/main/0"),
                    "chemo-education:components/topicNavigation");
            yaml.property(3, "linkBlock", uuid("links", name + "-articles"));
            return yaml.out;
        }

        private void articlePage(StringBuilder topicPage, Article article, int index) {
            Yaml yaml = new Yaml(topicPage);
            String key = "article/" + article.name();
            page(yaml, 1, article.pageId(), article.title(), article.titleEs(), article.name());
            yaml.property(2, "article", article.id());
            yaml.node(2, "main");
            area(yaml, 3, uuid("area", key + "/main"));
            component(yaml, 3, "0", uuid("component", key + "/main/0"), "chemo-education:components/articleBody");
            component(yaml, 3, "00", uuid("component", key + "/main/00"), "chemo-education:components/relatedLinks");
            if (random.nextDouble() < 0.2) {
                component(yaml, 3, "01", uuid("component", key + "/main/01"), "chemo-education:components/callout");
                yaml.property(4, "variant", "clinicalTrials");
                yaml.property(4, "heading", "Search cancer clinical trials");
                yaml.property(4, "heading_es", "Buscar ensayos clínicos sobre el cáncer");
                yaml.property(4, "text", "Clinical trials are carefully controlled studies of new treatments.");
                yaml.property(4, "text_es", "Los ensayos clínicos son estudios controlados de tratamientos nuevos.");
                yaml.property(4, "searchUrl",
                        "https://www.cancer.gov/research/participate/clinical-trials-search/r?loc=0&rl=1");
                yaml.property(4, "searchParameter", "q");
            }
            yaml.node(2, "aside");
            area(yaml, 3, uuid("area", key + "/aside"));
            component(yaml, 3, "0", uuid("component", key + "/aside/0"), "chemo-education:components/topicNavigation");
            yaml.property(4, "linkBlock", uuid("links", topicName(article.topic()) + "-articles"));
            articlePagePaths.add("/" + HOME_PAGE + "/" + topicName(article.topic()) + "/" + article.name());
        }

        /** The page properties; {@code childName} null for a top-level node (already written). */
        private static void page(Yaml yaml, int depth, String id, String title, String titleEs, String childName) {
            int d = depth;
            if (childName != null) {
                yaml.node(depth, childName);
                d = depth + 1;
            }
            yaml.property(d, "jcr:primaryType", "mgnl:page");
            yaml.property(d, "jcr:uuid", id);
            yaml.date(d, "mgnl:created", CREATED);
            yaml.date(d, "mgnl:lastModified", CREATED);
            yaml.property(d, "mgnl:template", ARTICLE_TEMPLATE);
            yaml.property(d, "title", title);
            yaml.property(d, "title_es", titleEs);
            yaml.raw(d, "hideInNav", "false");
        }

        private static void area(Yaml yaml, int depth, String id) {
            yaml.property(depth, "jcr:primaryType", "mgnl:area");
            yaml.property(depth, "jcr:uuid", id);
        }

        private static void component(Yaml yaml, int depth, String name, String id, String template) {
            yaml.node(depth, name);
            yaml.property(depth + 1, "jcr:primaryType", "mgnl:component");
            yaml.property(depth + 1, "jcr:uuid", id);
            yaml.property(depth + 1, "mgnl:template", template);
        }

        private String topicMenu(int topic) {
            Pair title = ScaleVocabulary.TOPICS.get(topic);
            String name = topicName(topic) + "-articles";
            Yaml yaml = linkBlock(name, title.en(), title.es());
            int n = 0;
            for (Article article : articles) {
                if (article.topic() == topic) {
                    link(yaml, name, n++, article.title(), article.titleEs(), "article", article.id());
                }
            }
            return yaml.text();
        }

        private String relatedBlock(int group) {
            String name = relatedName(group);
            Yaml yaml = linkBlock(name, "Related topics", "Temas relacionados");
            int n = 0;
            List<Article> members = articles.subList(group * 10, Math.min(articles.size(), group * 10 + 10));
            List<Article> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            for (Article article : shuffled.subList(0, Math.min(3, shuffled.size()))) {
                link(yaml, name, n++, article.title(), article.titleEs(), "article", article.id());
            }
            Pair topic = ScaleVocabulary.TOPICS.get(members.get(0).topic());
            link(yaml, name, n++, "More about " + topic.en().toLowerCase(Locale.ROOT),
                    "Más sobre " + topic.es().toLowerCase(Locale.ROOT), "page",
                    uuid("page", "topic/" + topicName(members.get(0).topic())));
            Pair source = ScaleVocabulary.SOURCES.get(random.nextInt(ScaleVocabulary.SOURCES.size()));
            link(yaml, name, n, source.en(), source.en() + " (en inglés)", "external", source.es());
            return yaml.text();
        }

        private String homeMenu() {
            String name = HOME_PAGE + "-topics";
            Yaml yaml = linkBlock(name, "Patient education topics", "Temas de educación para pacientes");
            for (int t = 0; t < topics; t++) {
                Pair title = ScaleVocabulary.TOPICS.get(t);
                link(yaml, name, t, title.en(), title.es(), "page", uuid("page", "topic/" + topicName(t)));
            }
            return yaml.text();
        }

        private static Yaml linkBlock(String name, String title, String titleEs) {
            Yaml yaml = new Yaml();
            yaml.node(0, name);
            yaml.property(1, "jcr:primaryType", "mgnl:content");
            yaml.property(1, "jcr:uuid", uuid("links", name));
            yaml.date(1, "mgnl:created", CREATED);
            yaml.date(1, "mgnl:lastModified", CREATED);
            yaml.property(1, "title", title);
            yaml.property(1, "title_es", titleEs);
            yaml.node(1, "links");
            yaml.property(2, "jcr:primaryType", "mgnl:contentNode");
            yaml.property(2, "jcr:uuid", uuid("links-node", name));
            return yaml;
        }

        private static void link(Yaml yaml, String block, int index, String label, String labelEs, String type,
                                 String target) {
            yaml.node(2, String.valueOf(index));
            yaml.property(3, "jcr:primaryType", "mgnl:contentNode");
            yaml.property(3, "jcr:uuid", uuid("link", block + "/" + index));
            yaml.property(3, "label", label);
            yaml.property(3, "label_es", labelEs);
            yaml.property(3, "linkType", type);
            yaml.property(3, "external".equals(type) ? "url" : type, target);
        }

        private String homePage() {
            Yaml yaml = new Yaml();
            yaml.node(0, HOME_PAGE);
            page(yaml, 1, uuid("page", HOME_PAGE), "Patient education", "Educación para pacientes", null);
            yaml.node(1, "main");
            area(yaml, 2, uuid("area", HOME_PAGE + "/main"));
            component(yaml, 2, "0", uuid("component", HOME_PAGE + "/main/0"),
                    "chemo-education:components/topicNavigation");
            yaml.property(3, "linkBlock", uuid("links", HOME_PAGE + "-topics"));
            return yaml.text();
        }
    }

    /** Magnolia YAML export text: quoted keys and single-quoted strings, dates unquoted, two-space indent. */
    private static final class Yaml {

        final StringBuilder out;

        Yaml() {
            this(new StringBuilder(4096));
        }

        Yaml(StringBuilder out) {
            this.out = out;
        }

        void node(int depth, String name) {
            indent(depth).append(quote(name)).append(":\n");
        }

        /** A string property; nothing for an empty value. */
        void property(int depth, String key, String value) {
            if (value != null && !value.isEmpty()) {
                indent(depth).append(quote(key)).append(": ").append(quote(value)).append('\n');
            }
        }

        void raw(int depth, String key, String value) {
            indent(depth).append(quote(key)).append(": ").append(value).append('\n');
        }

        void date(int depth, String key, Instant time) {
            raw(depth, key, TIMESTAMP.format(time));
        }

        void date(int depth, String key, LocalDate day) {
            raw(depth, key, day + "T00:00:00.000Z");
        }

        void flowList(int depth, String key, List<String> values) {
            indent(depth).append(quote(key)).append(": [")
                    .append(String.join(", ", values.stream().map(Yaml::quote).toList())).append("]\n");
        }

        void blockList(int depth, String key, List<String> values) {
            indent(depth).append(quote(key)).append(":\n");
            for (String value : values) {
                indent(depth + 1).append("- ").append(quote(value)).append('\n');
            }
        }

        String text() {
            return out.toString();
        }

        private StringBuilder indent(int depth) {
            return out.append("  ".repeat(depth));
        }

        private static String quote(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    // ---------------------------------------------------------------- text helpers

    /** A fixed identifier for a generated node: the same on every run. */
    static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("chemo-education bench scale " + kind + " " + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A node name: ASCII letters and digits in lower case, other runs of characters as one hyphen. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** {@code {t}} as the term in running text, {@code {T}} as it is written at the start of a sentence. */
    private static String fill(String pattern, String term) {
        return pattern.replace("{T}", capitalize(term)).replace("{t}", running(term));
    }

    /** A term inside a sentence: lower case first letter unless it is written in capitals (an acronym) or a digit. */
    private static String running(String term) {
        if (term.isEmpty() || term.length() > 1 && Character.isUpperCase(term.charAt(1))) {
            return term;
        }
        return term.substring(0, 1).toLowerCase(Locale.ROOT) + term.substring(1);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Map<String, Integer> letterWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        String[] letters = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
            "S", "T", "U", "V", "W", "X", "Y", "Z", "0", "Á"};
        int[] perThousand = {60, 40, 105, 45, 38, 25, 28, 40, 40, 4, 7, 38, 60, 28, 28, 92, 3, 38, 85, 55, 10, 20, 8,
            2, 2, 3, 6, 4};
        for (int i = 0; i < letters.length; i++) {
            weights.put(letters[i], perThousand[i]);
        }
        return Collections.unmodifiableMap(weights);
    }
}
