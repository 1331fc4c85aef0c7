/**
 * The glossary engine: finds glossary terms in rich text (longest match, whole words, variants, case rules) and
 * marks them up as accessible inline definitions. Exposed to templates as {@code chemofn}; depends only on
 * {@code javax.jcr} and jsoup, so it runs inside Magnolia and in the preview alike.
 */
package org.openhealth.chemoeducation.glossary;
