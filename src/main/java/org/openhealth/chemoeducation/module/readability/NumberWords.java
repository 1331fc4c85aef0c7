package org.openhealth.chemoeducation.module.readability;

/**
 * Spells out whole numbers in English or Spanish, so that a number's syllables can be counted the way it is read
 * aloud. McLaughlin's SMOG rules say numbers in numeric form are "pronounced to determine if they are polysyllabic",
 * so "24" is <i>twenty-four</i> (3 syllables) or <i>veinticuatro</i> (4).
 */
final class NumberWords {

    /** The largest number spelled out; larger ones are read digit by digit. */
    static final long MAX = 999_999_999_999L;

    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private static final String[] ES_SMALL = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
        "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
        "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
        "veintisiete", "veintiocho", "veintinueve"};
    private static final String[] ES_TENS = {"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
        "ochenta", "noventa"};
    private static final String[] ES_HUNDREDS = {"", "ciento", "doscientos", "trescientos", "cuatrocientos",
        "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"};

    private NumberWords() {
    }

    /** The number as read aloud in the language, words separated by spaces. */
    static String spell(long n, Language language) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("cannot spell " + n);
        }
        return language == Language.EN ? english(n) : spanish(n);
    }

    /** One digit (0–9) as read aloud, for the digits after a decimal point. */
    static String digit(int d, Language language) {
        return language == Language.EN ? EN_SMALL[d] : ES_SMALL[d];
    }

    /** The word for the decimal separator as read aloud. */
    static String decimalPoint(Language language) {
        return language == Language.EN ? "point" : "coma";
    }

    private static String english(long n) {
        if (n < 20) {
            return EN_SMALL[(int) n];
        }
        StringBuilder out = new StringBuilder();
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"billion", "million", "thousand"};
        long rest = n;
        for (int i = 0; i < scales.length; i++) {
            if (rest >= scales[i]) {
                append(out, englishBelowThousand((int) (rest / scales[i])) + " " + names[i]);
                rest %= scales[i];
            }
        }
        if (rest > 0) {
            append(out, englishBelowThousand((int) rest));
        }
        return out.toString();
    }

    private static String englishBelowThousand(int n) {
        StringBuilder out = new StringBuilder();
        if (n >= 100) {
            append(out, EN_SMALL[n / 100] + " hundred");
            n %= 100;
        }
        if (n >= 20) {
            append(out, EN_TENS[n / 10] + (n % 10 == 0 ? "" : "-" + EN_SMALL[n % 10]));
        } else if (n > 0) {
            append(out, EN_SMALL[n]);
        }
        return out.toString();
    }

    private static String spanish(long n) {
        if (n == 0) {
            return "cero";
        }
        StringBuilder out = new StringBuilder();
        long millions = n / 1_000_000L;
        long rest = n % 1_000_000L;
        if (millions == 1) {
            append(out, "un millón");
        } else if (millions > 1) {
            append(out, apocope(spanishBelowMillion(millions)) + " millones");
        }
        if (rest > 0) {
            append(out, spanishBelowMillion(rest));
        }
        return out.toString();
    }

    private static String spanishBelowMillion(long n) {
        StringBuilder out = new StringBuilder();
        int thousands = (int) (n / 1000);
        int rest = (int) (n % 1000);
        if (thousands == 1) {
            append(out, "mil");
        } else if (thousands > 1) {
            append(out, apocope(spanishBelowThousand(thousands)) + " mil");
        }
        if (rest > 0) {
            append(out, spanishBelowThousand(rest));
        }
        return out.toString();
    }

    private static String spanishBelowThousand(int n) {
        if (n == 100) {
            return "cien";
        }
        StringBuilder out = new StringBuilder();
        if (n >= 100) {
            append(out, ES_HUNDREDS[n / 100]);
            n %= 100;
        }
        if (n >= 30) {
            append(out, ES_TENS[n / 10] + (n % 10 == 0 ? "" : " y " + ES_SMALL[n % 10]));
        } else if (n > 0) {
            append(out, ES_SMALL[n]);
        }
        return out.toString();
    }

    /** "uno" becomes "un" before "mil" and "millones" (veintiún mil, treinta y un millones). */
    private static String apocope(String words) {
        if (words.endsWith("veintiuno")) {
            return words.substring(0, words.length() - "veintiuno".length()) + "veintiún";
        }
        if (words.endsWith("uno")) {
            return words.substring(0, words.length() - 1);
        }
        return words;
    }

    private static void append(StringBuilder out, String words) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(words);
    }
}
