package org.openhealth.chemoeducation.module.readability;

/**
 * The INFLESZ scale: bands of the Szigriszt-Pazos perspicuity score, recalibrated for today's Spanish readers by
 * Barrio-Cantalejo et al. (2008), "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos
 * dirigidos a pacientes", <i>An Sist Sanit Navar</i> 31(2):135–152,
 * http://scielo.isciii.es/scielo.php?script=sci_arttext&amp;pid=S1137-66272008000300004. Later studies of
 * patient texts treat a score above 55 as acceptable (e.g. Ballesteros-Peña &amp; Fernández-Aedo (2013), <i>An Sist
 * Sanit Navar</i> 36(3), on drug package leaflets).
 *
 * <p>The published table gives the bands as &lt;40, 40–55, 55–65, 65–80 and &gt;80. Here a shared boundary belongs
 * to the easier band, except 80 itself, which is "bastante fácil", because the table says "&gt;80" for "muy fácil".
 */
public enum InfleszBand {

    /** Below 40: university and scientific texts. */
    MUY_DIFICIL("muy difícil"),

    /** 40 to 55: upper secondary school, popular science, specialised press. */
    ALGO_DIFICIL("algo difícil"),

    /** 55 to 65: compulsory secondary school, general and sports press. */
    NORMAL("normal"),

    /** 65 to 80: primary school, best-selling novels. */
    BASTANTE_FACIL("bastante fácil"),

    /** Above 80: primary school, comics. */
    MUY_FACIL("muy fácil");

    private final String label;

    InfleszBand(String label) {
        this.label = label;
    }

    /** The band's Spanish name as printed in the INFLESZ table, e.g. {@code bastante fácil}. */
    public String label() {
        return label;
    }

    /** The band a Szigriszt-Pazos score falls in. */
    public static InfleszBand of(double perspicuity) {
        if (Double.isNaN(perspicuity)) {
            throw new IllegalArgumentException("perspicuity must be a number");
        }
        if (perspicuity < 40) {
            return MUY_DIFICIL;
        }
        if (perspicuity < 55) {
            return ALGO_DIFICIL;
        }
        if (perspicuity < 65) {
            return NORMAL;
        }
        if (perspicuity <= 80) {
            return BASTANTE_FACIL;
        }
        return MUY_FACIL;
    }
}
