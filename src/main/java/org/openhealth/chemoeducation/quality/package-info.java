/**
 * Medical-content quality: review currency against the hospital's policy, readability per section and article,
 * and Spanish translations that fell behind their English source.
 */
package org.openhealth.chemoeducation.quality;
