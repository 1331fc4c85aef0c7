/**
 * The preview command line ({@code serve}, {@code render}, {@code validate}): the module's site, delivery JSON
 * and checks without a Magnolia instance. Its names and exit codes are a public interface.
 */
package org.openhealth.chemoeducation.preview;
