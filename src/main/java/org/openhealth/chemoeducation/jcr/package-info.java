/**
 * The preview's content repository: an embedded Apache Jackrabbit with unofficial Magnolia node types, one
 * workspace per content type, and an all-or-nothing importer for Magnolia YAML and JCR system-view exports.
 */
package org.openhealth.chemoeducation.jcr;
