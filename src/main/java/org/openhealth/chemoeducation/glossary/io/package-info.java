/**
 * Glossary import and export for the preview's {@code glossary} command: reads a hospital's glossary as CSV
 * (RFC 4180) or JSON, checks every row (all-or-nothing, problems as {@code file:line: message}) and writes one
 * Magnolia YAML JCR export per term for the {@code chemoGlossary} workspace; exports that workspace back to CSV or
 * JSON with the same columns. Depends on {@code javax.jcr}, Jackson and the {@code definition} package only.
 */
package org.openhealth.chemoeducation.glossary.io;
