package org.openhealth.chemoeducation.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.openhealth.chemoeducation.jcr.ContentRepositoryException;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.module.jcr.LocalizedProperties;

/**
 * Answers delivery requests as Magnolia's delivery endpoint v2 does, for one endpoint definition:
 * <ul>
 *   <li>{@code GET <endpoint>/<path>}: the node with properties and children down to {@code depth};</li>
 *   <li>{@code GET <endpoint>/<path>@nodes}: its child nodes;</li>
 *   <li>{@code GET <endpoint>}: a query, {@code {"results": [...]}}, with {@code limit}, {@code offset},
 *       {@code orderBy=prop [asc|desc],prop2 [asc|desc]}, {@code q} (full text) and property filters
 *       {@code prop[op]=value} (eq, ne, lt, gt, lte, gte, like, in, not-in; ranges as {@code a~b}).</li>
 * </ul>
 * The JSON is written as Magnolia's README for REST 2.1 (delivery v2) shows it (docs/magnolia-sources.md §7):
 * <ul>
 *   <li>each node is {@code @name @path @id @nodeType}, its properties, its child nodes, then {@code @nodes} (the
 *       child names, an array even when empty);</li>
 *   <li>every value is a JSON string, as JCR's {@code Value.getString()} gives it: {@code "false"}, {@code "7"}, dates
 *       ISO-8601 with milliseconds and the stored offset ({@code "2026-11-01T00:00:00.000Z"}); multi-values are arrays
 *       of strings (medium: every scalar in the documented examples is a string);</li>
 *   <li>language: {@code lang} wins over {@code Accept-Language} (quality values honoured); a language the site does
 *       not have gives the closest one (same language, else the fallback, English); values come localised under the
 *       plain names and {@code <name>_<lang>} properties are not shown; {@code lang=all} gives the stored properties
 *       as they are;</li>
 *   <li>references named in the definition are replaced by the referenced nodes; an identifier that resolves to no
 *       node is left as the stored identifier (the docs show unresolved references as raw identifiers; what 6.3 does
 *       for a dangling one is not documented: this is our choice);</li>
 *   <li>errors are {@code {"error": {"code": "pathNotFound", "message": "/no-such-node"}}} with the README's codes:
 *       404 {@code pathNotFound} (no node) and {@code notFound} (no resource, or a query parameter that is not a
 *       number, as JAX-RS answers), 400 {@code invalidQuery} (bad filter or order), {@code invalidValueFormat} (a value
 *       that does not fit the property) and {@code badRequest}.</li>
 * </ul>
 * It returns what is stored and nothing else: no computed keys and no editorial withholding (the preview's quality
 * metadata is at {@code /.preview/quality/…}, see {@code preview.PreviewSite#quality}).
 * https://docs.magnolia-cms.com/product-docs/6.2/developing/api/delivery-api/ ·
 * https://docs.magnolia-cms.com/product-docs/6.2/developing/api/Delivery-API/Resolving-references-with-the-delivery-endpoint
 */
public final class DeliveryService {

    /** The most results one query returns, whatever {@code limit} asks. */
    public static final int MAX_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    /** The {@code lang} value that turns localisation off. */
    public static final String ALL_LANGUAGES = "all";

    private final Set<String> languages;
    private final String defaultLanguage;

    /** @param languages the site's languages, {@code defaultLanguage} (the fallback) among them */
    public DeliveryService(Set<String> languages, String defaultLanguage) {
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
    }

    /** Handles a GET below the endpoint path ({@code subPath} is "" for a query), without an Accept-Language. */
    public DeliveryResponse get(EndpointDefinition endpoint, String subPath, Map<String, String> parameters,
                                Sessions sessions) {
        return get(endpoint, subPath, parameters, null, sessions);
    }

    /** Handles a GET below the endpoint path; {@code acceptLanguage} is the request's header, or null. */
    public DeliveryResponse get(EndpointDefinition endpoint, String subPath, Map<String, String> parameters,
                                String acceptLanguage, Sessions sessions) {
        String language = language(parameters.get("lang"), acceptLanguage);
        Request request = new Request(endpoint, language, sessions);
        try {
            if (subPath.isEmpty() || "/".equals(subPath)) {
                return query(request, parameters);
            }
            boolean children = subPath.endsWith("@nodes");
            String relative = children ? subPath.substring(0, subPath.length() - "@nodes".length()) : subPath;
            Node node = resolve(request, relative);
            if (node == null || (!children && !isResult(endpoint, node))) {
                return DeliveryResponse.error(404, "pathNotFound", "/" + relative.replaceAll("^/+", ""));
            }
            if (children) {
                List<Object> list = new ArrayList<>();
                for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                    Node child = it.nextNode();
                    if (isResult(endpoint, child)) {
                        list.add(request.item(child));
                    } else if (isChild(endpoint, child)) {
                        list.add(request.json(child, endpoint.depth(), 0));
                    }
                }
                return new DeliveryResponse(200, list);
            }
            return new DeliveryResponse(200, request.item(node));
        } catch (BadRequest e) {
            return DeliveryResponse.error(e.status(), e.code(), e.getMessage());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("delivery " + endpoint.endpointPath() + subPath + " failed", e);
        }
    }

    /**
     * The node a delivery path answers with ({@code subPath} below the endpoint), when it is a result node of the
     * endpoint; empty otherwise.
     */
    public Optional<Node> item(EndpointDefinition endpoint, String subPath, Sessions sessions) {
        try {
            Node node = resolve(new Request(endpoint, defaultLanguage, sessions), subPath);
            return node != null && isResult(endpoint, node) ? Optional.of(node) : Optional.empty();
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("delivery " + endpoint.endpointPath() + subPath + " failed", e);
        }
    }

    /**
     * The language of a request: {@code lang} if given ({@link #ALL_LANGUAGES} for none), else the best
     * {@code Accept-Language} range the site has, else the fallback. A language the site does not have becomes the
     * closest one it has: the same language without a country, else the fallback (Magnolia's
     * {@code AbstractI18nContentSupport#getNextLocale}).
     */
    public String language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return ALL_LANGUAGES.equals(lang.trim()) ? ALL_LANGUAGES : closest(lang.trim());
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    String wanted = range.getRange();
                    if ("*".equals(wanted)) {
                        return defaultLanguage;
                    }
                    String tag = Locale.forLanguageTag(wanted).getLanguage();
                    if (languages.contains(wanted) || languages.contains(tag)) {
                        return languages.contains(wanted) ? wanted : tag;
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("ignoring malformed Accept-Language '{}': {}", acceptLanguage, e.getMessage());
            }
        }
        return defaultLanguage;
    }

    private String closest(String lang) {
        if (languages.contains(lang)) {
            return lang;
        }
        String language = Locale.forLanguageTag(lang.replace('_', '-')).getLanguage();
        return languages.contains(language) ? language : defaultLanguage;
    }

    private Node resolve(Request request, String relative) throws RepositoryException {
        String root = request.endpoint.rootPath().replaceAll("/+$", "");
        String path = (root + "/" + relative.replaceAll("^/+|/+$", "")).replaceAll("/+", "/");
        if (path.contains("/../") || path.endsWith("/..") || path.contains("[")) {
            return null;
        }
        Session session = request.session();
        try {
            return session.nodeExists(path) ? session.getNode(path) : null;
        } catch (javax.jcr.PathNotFoundException | javax.jcr.nodetype.ConstraintViolationException e) {
            return null;
        } catch (RepositoryException e) {
            if (e.getCause() instanceof org.apache.jackrabbit.spi.commons.conversion.MalformedPathException
                    || e.getCause() instanceof IllegalArgumentException) {
                return null;
            }
            throw e;
        }
    }

    private DeliveryResponse query(Request request, Map<String, String> parameters) throws RepositoryException {
        int limit = number(parameters, "limit", request.endpoint.limit());
        int offset = number(parameters, "offset", 0);
        Session session = request.session();
        Optional<DeliveryQuery> query = DeliveryQuery.of(request.endpoint, parameters, session);
        List<Object> results = new ArrayList<>();
        if (query.isPresent() && limit > 0) {
            for (NodeIterator it = query.get().execute(session, limit, offset); it.hasNext(); ) {
                results.add(request.item(it.nextNode()));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        return new DeliveryResponse(200, body);
    }

    private static int number(Map<String, String> parameters, String name, int fallback) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new BadRequest(400, "badRequest", name + " must not be negative");
            }
            return "limit".equals(name) ? Math.min(n, MAX_LIMIT) : n;
        } catch (NumberFormatException e) {
            // JAX-RS answers a query parameter it cannot convert with 404 (NotFoundException)
            throw new BadRequest(404, "notFound", name + " must be a whole number, not '" + value + "'");
        }
    }

    static boolean isResult(EndpointDefinition endpoint, Node node) throws RepositoryException {
        return matchesType(node, endpoint.nodeTypes(), endpoint.strict());
    }

    private static boolean isChild(EndpointDefinition endpoint, Node node) throws RepositoryException {
        return matchesType(node, endpoint.childNodeTypes(), endpoint.strict());
    }

    private static boolean matchesType(Node node, List<String> types, boolean strict) throws RepositoryException {
        for (String type : types) {
            if (strict ? node.getPrimaryNodeType().getName().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** Per-request state: language, sessions and the JSON writer. */
    private final class Request {
        private final EndpointDefinition endpoint;
        private final String language;
        private final Sessions sessions;

        Request(EndpointDefinition endpoint, String language, Sessions sessions) {
            this.endpoint = endpoint;
            this.language = language;
            this.sessions = sessions;
        }

        Session session() {
            return sessions.get(endpoint.workspace());
        }

        boolean localised() {
            return !ALL_LANGUAGES.equals(language);
        }

        /** A result item of the endpoint. */
        Map<String, Object> item(Node node) throws RepositoryException {
            return json(node, endpoint.depth(), 0);
        }

        Map<String, Object> json(Node node, int depth, int referenceLevel) throws RepositoryException {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@name", node.getName());
            json.put("@path", node.getPath());
            json.put("@id", node.getIdentifier());
            json.put("@nodeType", node.getPrimaryNodeType().getName());
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                Property property = it.nextProperty();
                String name = property.getName();
                if (!visible(name) || (localised() && localizedVariant(name))) {
                    continue;
                }
                Object value = value(localised() ? localized(node, name) : property);
                if (value == null) {
                    continue;
                }
                EndpointDefinition.Reference reference = reference(name);
                if (reference != null && referenceLevel < effectiveReferenceDepth()) {
                    value = resolve(reference, value, depth, referenceLevel);
                }
                json.put(name, value);
            }
            List<String> names = new ArrayList<>();
            if (depth > 0) {
                for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                    Node child = it.nextNode();
                    if (isChild(endpoint, child)) {
                        json.put(child.getName(), json(child, depth - 1, referenceLevel));
                        names.add(child.getName());
                    }
                }
            }
            json.put("@nodes", names);
            return json;
        }

        private int effectiveReferenceDepth() {
            return endpoint.referenceDepth() < 0 ? 10 : endpoint.referenceDepth();
        }

        /** The referenced nodes in place of their identifiers; an identifier that resolves to nothing stays. */
        private Object resolve(EndpointDefinition.Reference reference, Object value, int depth, int referenceLevel)
                throws RepositoryException {
            if (value instanceof List<?> ids) {
                List<Object> resolved = new ArrayList<>();
                for (Object id : ids) {
                    Node target = target(reference, String.valueOf(id));
                    resolved.add(target == null ? id : json(target, depth, referenceLevel + 1));
                }
                return resolved;
            }
            Node target = target(reference, String.valueOf(value));
            return target == null ? value : json(target, depth, referenceLevel + 1);
        }

        /** The node an identifier points to in the reference's workspace; null when there is none. */
        private Node target(EndpointDefinition.Reference reference, String id) throws RepositoryException {
            if (!sessions.hasWorkspace(reference.targetWorkspace()) || !isIdentifier(id)) {
                return null;
            }
            try {
                return sessions.get(reference.targetWorkspace()).getNodeByIdentifier(id.trim());
            } catch (ItemNotFoundException e) {
                return null;
            }
        }

        private EndpointDefinition.Reference reference(String propertyName) {
            for (EndpointDefinition.Reference reference : endpoint.references()) {
                if (reference.propertyName().equals(propertyName)) {
                    return reference;
                }
            }
            return null;
        }

        private boolean visible(String name) {
            if (name.startsWith("jcr:") || name.startsWith("mgnl:") || name.startsWith("rep:")) {
                return endpoint.includeSystemProperties() && !name.startsWith("rep:")
                        || endpoint.systemProperties().contains(name);
            }
            return true;
        }

        private boolean localizedVariant(String name) {
            int underscore = name.lastIndexOf('_');
            return underscore > 0 && languages.contains(name.substring(underscore + 1));
        }

        private Property localized(Node node, String name) throws RepositoryException {
            Property property = LocalizedProperties.get(node, name, language, defaultLanguage);
            return property != null ? property : node.getProperty(name);
        }

        /** The JSON of a property: its value as a string, or an array of strings; null for binary data. */
        private Object value(Property property) throws RepositoryException {
            if (property.getType() == PropertyType.BINARY) {
                return null;
            }
            if (property.isMultiple()) {
                List<Object> values = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(value.getString());
                }
                return values;
            }
            return property.getValue().getString();
        }
    }

    private static boolean isIdentifier(String id) {
        try {
            UUID.fromString(id.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
