/**
 * Emulation of Magnolia's delivery endpoint v2 ({@code jcrDeliveryEndpoint_v2}) from the module's
 * {@code restEndpoints} definitions: read node, children, and query with paging, ordering, filters, language
 * and reference resolution. https://docs.magnolia-cms.com/product-docs/6.2/developing/api/delivery-api/
 */
package org.openhealth.chemoeducation.delivery;
