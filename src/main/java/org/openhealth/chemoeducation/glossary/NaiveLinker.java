package org.openhealth.chemoeducation.glossary;

import org.openhealth.chemoeducation.module.glossary.GlossaryTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The approach a template author would write, kept only as the benchmark's baseline: one case-insensitive
 * whole-word regular expression per term, each replacing its first match in the whole HTML. Its cost grows with
 * the number of terms, and it also matches inside attributes and links — which is why the engine exists.
 * Patterns are compiled once, which flatters it.
 */
public final class NaiveLinker {

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<GlossaryTerm> terms;

    public NaiveLinker(List<GlossaryTerm> terms) {
        this.terms = List.copyOf(terms);
        for (GlossaryTerm term : terms) {
            patterns.add(Pattern.compile("\\b" + Pattern.quote(term.term()) + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** One regex replace per term. */
    public String link(String html) {
        String out = html;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher matcher = patterns.get(i).matcher(out);
            if (matcher.find()) {
                GlossaryTerm term = terms.get(i);
                out = out.substring(0, matcher.start()) + "<a class=\"chemo-term\" href=\"#term-" + term.name() + "\">"
                        + matcher.group() + "</a>" + out.substring(matcher.end());
            }
        }
        return out;
    }
}
