package org.openhealth.chemoeducation.module.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.openhealth.chemoeducation.module.jcr.Nodes;

/**
 * Built matchers, so a 10,000-term glossary is compiled once and not per page. A matcher over a glossary folder
 * is rebuilt only when the folder changed: at most once per check interval its terms' identifiers and
 * {@code mgnl:lastModified} stamps are read (no term text) and compared with those it was built from. A matcher
 * over an explicit list of terms is keyed by the terms themselves. Folders are keyed by repository, workspace, path and
 * language, so two repositories in one JVM (two preview sites) never share a matcher. One cache per templating-functions
 * instance (no static state). Thread-safe; bounded.
 */
public final class MatcherCache {

    private static final int MAX_ENTRIES = 64;

    private final long checkIntervalMillis;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private int builds;

    public MatcherCache(long checkIntervalMillis, LongSupplier clock) {
        this.checkIntervalMillis = checkIntervalMillis;
        this.clock = clock;
    }

    private record Entry(long stamp, long checkedAt, Revision revision) {
        TermMatcher matcher() {
            return revision.matcher();
        }
    }

    /**
     * What is built from one revision of a glossary folder in one language: its matcher, and (on first use) its
     * paged index, so the linker and the glossary page read the terms once per revision between them.
     */
    private static final class Revision {
        private final List<GlossaryTerm> terms;
        private final String language;
        private final TermMatcher matcher;
        private volatile GlossaryIndex index;

        Revision(List<GlossaryTerm> terms, String language, TermMatcher matcher) {
            this.terms = terms;
            this.language = language;
            this.matcher = matcher;
        }

        TermMatcher matcher() {
            return matcher;
        }

        GlossaryIndex index() {
            GlossaryIndex built = index;
            if (built == null) {
                built = GlossaryIndex.of(terms, language);
                index = built;
            }
            return built;
        }
    }

    /** How many matchers were built (for tests and the benchmark). */
    public synchronized int builds() {
        return builds;
    }

    /**
     * The matcher for all terms below a glossary node (read unwrapped: {@link Nodes#unwrap}), rebuilt only when they
     * changed.
     */
    public TermMatcher forFolder(Node node, String language) throws RepositoryException {
        return revision(node, language).matcher();
    }

    /**
     * The paged index of all terms below a glossary node in {@code language}, built once per revision of the glossary
     * (it shares the revision check, and the terms read, with {@link #forFolder}).
     */
    public GlossaryIndex indexForFolder(Node node, String language) throws RepositoryException {
        return revision(node, language).index();
    }

    private Revision revision(Node node, String language) throws RepositoryException {
        Node folder = Nodes.unwrap(node);
        String key = System.identityHashCode(folder.getSession().getRepository()) + ":"
                + folder.getSession().getWorkspace().getName() + ":" + folder.getPath() + ":" + language;
        long now = clock.getAsLong();
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && now - entry.checkedAt() < checkIntervalMillis) {
                return entry.revision();
            }
        }
        long stamp = stamp(folder);
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.stamp() == stamp) {
                entries.put(key, new Entry(stamp, now, entry.revision()));
                return entry.revision();
            }
        }
        List<GlossaryTerm> terms = TermSource.read(folder, language);
        Revision revision = new Revision(terms, language, TermMatcher.of(terms));
        synchronized (this) {
            builds++;
            entries.put(key, new Entry(stamp, now, revision));
        }
        return revision;
    }

    /** The matcher for an explicit list of terms. */
    public TermMatcher forTerms(List<GlossaryTerm> terms) {
        String key = "terms:" + terms.hashCode();
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null) {
                return entry.matcher();
            }
        }
        TermMatcher matcher = TermMatcher.of(terms);
        synchronized (this) {
            builds++;
            entries.put(key, new Entry(0, 0, new Revision(terms, "", matcher)));
        }
        return matcher;
    }

    /** A cheap fingerprint of a folder's terms: identifiers, names and last-modified stamps, no text. */
    static long stamp(Node folder) throws RepositoryException {
        long hash = 17;
        for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            hash = hash * 31 + child.getIdentifier().hashCode();
            hash = hash * 31 + child.getName().hashCode();
            javax.jcr.Property modified = child.hasProperty("mgnl:lastModified")
                    ? child.getProperty("mgnl:lastModified") : null;
            if (modified != null && !modified.isMultiple() && modified.getType() == javax.jcr.PropertyType.DATE) {
                hash = hash * 31 + modified.getDate().getTimeInMillis();
            } else {
                // content without Magnolia's stamps (hand-made imports), or with one that is no single date (text or a
                // list another import left): fall back to its values
                for (javax.jcr.PropertyIterator p = child.getProperties(); p.hasNext(); ) {
                    javax.jcr.Property property = p.nextProperty();
                    hash = hash * 31 + property.getName().hashCode();
                    for (javax.jcr.Value value : property.isMultiple() ? property.getValues()
                            : new javax.jcr.Value[]{property.getValue()}) {
                        hash = hash * 31 + value.getString().hashCode();
                    }
                }
            }
            if (!child.hasProperty("term") && child.hasNodes()) {
                hash = hash * 31 + stamp(child);
            }
        }
        return hash;
    }
}
