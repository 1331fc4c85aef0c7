/** Translation drift: whether a Spanish translation still follows the English text it was made from. */
package org.openhealth.chemoeducation.module.translation;
