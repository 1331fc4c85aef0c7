package org.openhealth.chemoeducation.preview;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pictures of the served site that the README and the guides show, as {@code docs/images/<file>}: which page,
 * at which screen size, and what is done on the page before the picture is taken. {@link DocScreenshotsIT} takes
 * them; {@code DocImagesTest} and the guides' tests check that the docs show every one and show no picture that is
 * not made here.
 */
public enum DocScreenshot {

    ARTICLE_DESKTOP_EN("article-desktop-en.png", "/chemotherapy/chemotherapy-resistance.html", Screen.DESKTOP, null,
            "document.documentElement.lang === 'en' && !!document.querySelector('h1.chemo-article__title')"),
    ARTICLE_DESKTOP_ES("article-desktop-es.png", "/es/chemotherapy/chemotherapy-resistance.html", Screen.DESKTOP,
            null, "document.documentElement.lang === 'es' && !!document.querySelector('h1.chemo-article__title')"),
    ARTICLE_PHONE_EN("article-phone-en.png", "/chemotherapy/chemotherapy-resistance.html", Screen.PHONE, null,
            "document.documentElement.lang === 'en' && !!document.querySelector('h1.chemo-article__title')"),
    ARTICLE_PHONE_ES("article-phone-es.png", "/es/chemotherapy/chemotherapy-resistance.html", Screen.PHONE, null,
            "document.documentElement.lang === 'es' && !!document.querySelector('h1.chemo-article__title')"),
    /** Keyboard focus on an inline glossary term opens its definition (chemo-glossary.js). */
    TERM_DEFINITION_OPEN("term-definition-open.png", "/chemotherapy/chemotherapy-resistance.html", Screen.DESKTOP,
            ".chemo-term[data-chemo-term='p-glycoprotein']", "document.activeElement.classList.contains("
                    + "'chemo-term--open') && !document.getElementById(document.activeElement.getAttribute("
                    + "'aria-describedby')).hidden"),
    /** The server's search results for "glyco" above the A-Z letters (the page a search without JavaScript shows). */
    GLOSSARY_LETTERS_SEARCH("glossary-letters-search.png", "/chemotherapy/glossary.html?q=glyco", Screen.DESKTOP,
            null, "document.querySelectorAll('.chemo-glossary--results .chemo-glossary__entry').length === 1"
                    + " && !!document.querySelector('.chemo-glossary-nav__link')"),
    PRINT_VIEW("print-view.png", "/chemotherapy/chemotherapy-resistance.html?view=print", Screen.DESKTOP, null,
            "document.body.classList.contains('chemo-page--print')"),
    /** The review alert sits after the article's last section; the picture is centred on it. */
    EDIT_VIEW_ALERTS("edit-view-alerts.png", "/chemotherapy/chemotherapy-resistance.html?mode=edit", Screen.DESKTOP,
            ".chemo-editor-alert", "!!document.querySelector('.chemo-editor-alert')"
                    + " && !!document.querySelector('.chemo-readability-badge')");

    /** The largest a picture in the docs may be: the docs stay quick to open on a hospital's network. */
    public static final long MAX_BYTES = 200 * 1024;

    /** A screen the picture is taken on, in CSS pixels at device pixel ratio 1. */
    enum Screen {
        DESKTOP(1280, 800, false),
        /** A common phone width (390 CSS px), as a phone: mobile viewport, touch. */
        PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    final String file;
    final String path;
    final Screen screen;
    /** The element the picture is about (focused or scrolled to), or null for the top of the page. */
    final String focus;
    /** A script expression, true when the page shows what the picture's caption says. */
    final String shows;

    DocScreenshot(String file, String path, Screen screen, String focus, String shows) {
        this.file = file;
        this.path = path;
        this.screen = screen;
        this.focus = focus;
        this.shows = shows;
    }

    /** The picture's file name in {@code docs/images}. */
    public String file() {
        return file;
    }

    /** The page it shows, as the README names it. */
    public String path() {
        return path;
    }

    /** Every picture's file name. */
    public static Set<String> files() {
        return Stream.of(values()).map(DocScreenshot::file).collect(Collectors.toCollection(TreeSet::new));
    }
}
