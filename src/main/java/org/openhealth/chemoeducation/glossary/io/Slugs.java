package org.openhealth.chemoeducation.glossary.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Node names derived from terms, and the name-based UUIDs that keep a term's identity across re-imports. */
final class Slugs {

    /** Longest node name we derive or accept. */
    static final int MAX_LENGTH = 100;

    /**
     * The namespace of glossary UUIDs: UUID v5 of {@code urn:chemo-education:chemoGlossary} in the RFC 4122 URL
     * namespace. Never change it: it would give every imported term a new identity.
     */
    static final UUID NAMESPACE = UUID.fromString("ed9428aa-d046-5a04-b262-48b2329e2f57");

    private Slugs() {
    }

    /**
     * The node name for a term: lowercase, accents stripped, every run of other characters than a–z and 0–9 one
     * {@code -}, no {@code -} at either end, at most {@link #MAX_LENGTH} characters. Empty when the term has no
     * Latin letter or digit (e.g. {@code β}).
     */
    static String slugOf(String term) {
        String s = Normalizer.normalize(term.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return s;
    }

    /** The UUID (version 5, SHA-1, RFC 4122 §4.3) of a node name in {@link #NAMESPACE}, lowercase. */
    static String uuidOf(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong()).toString();
    }
}
