/** Review currency: when an article or term was last medically reviewed and whether its next review is due. */
package org.openhealth.chemoeducation.module.review;
