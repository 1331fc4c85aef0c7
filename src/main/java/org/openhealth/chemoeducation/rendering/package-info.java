/**
 * A FreeMarker harness implementing the documented Magnolia templating contract the module's templates use:
 * HTML-escaping {@code content} maps, {@code cmsfn}, {@code cms.page/area/component}, {@code i18n}, {@code ctx},
 * {@code state} and {@code def}. It is a preview, not Magnolia: only what the templates call exists.
 * Contract: https://docs.magnolia-cms.com/product-docs/Developing/Templating/Template-scripts/Rendering-context-objects
 */
package org.openhealth.chemoeducation.rendering;
