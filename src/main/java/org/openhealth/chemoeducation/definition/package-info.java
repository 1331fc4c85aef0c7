/**
 * Loading and checking the module's Magnolia definitions (YAML with Magnolia's tags, i18n bundles, content files);
 * every problem is reported with its file and line. {@link org.openhealth.chemoeducation.definition.ModuleValidator}
 * runs the project's rules, one small package-private class per kind of definition ({@code ContentTypeRules},
 * {@code AppRules}, {@code FormRules}, {@code TemplateRules}, {@code UserRoleRules} ...), over a {@code ModuleIndex}
 * of what the module defines; {@link org.openhealth.chemoeducation.definition.ContentFile} is the parse of one
 * bootstrap content file (YAML, or system-view XML read by
 * {@link org.openhealth.chemoeducation.definition.SystemViewXml}).
 */
package org.openhealth.chemoeducation.definition;
