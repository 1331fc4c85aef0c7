package org.openhealth.chemoeducation.rules;

import java.util.Map;

import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.rendering.Messages;
import org.openhealth.chemoeducation.rendering.PageRenderer;
import org.openhealth.chemoeducation.rendering.TemplateRegistry;

/** The light module's macro libraries, called through the preview's FreeMarker setup with a model of plain values. */
final class RuleTemplates {

    private static final PageRenderer RENDERER = new PageRenderer(SeedSite.MODULE, TemplateRegistry.load(
            SeedSite.MODULE), Messages.load(SeedSite.MODULE, "en"), Map.of());

    private RuleTemplates() {
    }

    /** The output of a square-bracket template given as text, over {@code model}. */
    static String render(String source, Map<String, ?> model) {
        return RENDERER.renderText(source, model);
    }

    /**
     * Decodes {@code \}{@code uXXXX} escapes, with which the case tables write characters a CSV cannot show (control
     * characters, tabs, line breaks).
     */
    static String unescape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
