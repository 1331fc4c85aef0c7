/**
 * chemo-education: a Magnolia module for patient education about chemotherapy, plus the Java tooling that
 * checks its definitions and previews it without a Magnolia instance.
 */
package org.openhealth.chemoeducation;
