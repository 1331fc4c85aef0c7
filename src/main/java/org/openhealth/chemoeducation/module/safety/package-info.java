/**
 * What keeps a reader's browser safe from what editors store: the rich-text allow-list (the same list the light
 * module's {@code templates/macros/richText.ftl} cleans to without Java) and the tokens that turn node names into
 * HTML ids. Depends only on jsoup.
 */
package org.openhealth.chemoeducation.module.safety;
