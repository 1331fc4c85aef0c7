package org.openhealth.chemoeducation.module.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.openhealth.chemoeducation.module.jcr.Nodes;

/**
 * A short fingerprint of an item's English text: SHA-256 over every translatable property (those that have a
 * {@code _<language>} twin anywhere in the item, or are listed) of the item and its child nodes, in document order,
 * first 12 hex digits. A translation stores the fingerprint of the English it was made from in
 * {@code translatedFrom_<language>}; when the English changes, the fingerprints differ and the translation is out
 * of date. Edits to the translation itself, to dates or to references do not change it.
 */
public final class TranslationFingerprint {

    /** The property that records the English fingerprint a translation was made from. */
    public static final String PROPERTY = "translatedFrom";

    private TranslationFingerprint() {
    }

    /**
     * The fingerprint of the English text of {@code item}, considering properties translated into any language; read
     * from the stored node ({@link Nodes#unwrap}).
     */
    public static String of(Node item, Set<String> translatableNames) throws RepositoryException {
        List<String> parts = new ArrayList<>();
        collect(Nodes.unwrap(item), "", translatableNames, parts);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void collect(Node node, String path, Set<String> names, List<String> out) throws RepositoryException {
        Set<String> sorted = new TreeSet<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (names.contains(property.getName())) {
                sorted.add(property.getName());
            }
        }
        for (String name : sorted) {
            Property property = node.getProperty(name);
            StringBuilder value = new StringBuilder(path).append('/').append(name).append('=');
            for (Value v : property.isMultiple() ? property.getValues() : new Value[]{property.getValue()}) {
                value.append(v.getString().strip()).append('\u001F');
            }
            out.add(value.toString());
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            collect(child, path + "/" + child.getName(), names, out);
        }
    }

    /** Whether a translation exists at all: any {@code <name>_<language>} property in the item or its children. */
    public static boolean hasTranslation(Node node, String language) throws RepositoryException {
        Node item = Nodes.unwrap(node);
        for (PropertyIterator it = item.getProperties(); it.hasNext(); ) {
            String name = it.nextProperty().getName();
            if (name.endsWith("_" + language) && !name.startsWith(PROPERTY + "_")) {
                return true;
            }
        }
        for (NodeIterator it = item.getNodes(); it.hasNext(); ) {
            if (hasTranslation(it.nextNode(), language)) {
                return true;
            }
        }
        return false;
    }
}
