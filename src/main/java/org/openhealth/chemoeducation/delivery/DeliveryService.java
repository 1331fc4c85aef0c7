package org.openhealth.chemoeducation.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.apache.jackrabbit.util.ISO8601;
import org.openhealth.chemoeducation.jcr.ContentRepositoryException;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.quality.QualityMetadata;
import org.openhealth.chemoeducation.module.jcr.LocalizedProperties;

/**
 * Answers delivery requests as Magnolia's delivery endpoint v2 does, for one endpoint definition:
 * <ul>
 *   <li>{@code GET <endpoint>/<path>}: the node with properties and children down to {@code depth};</li>
 *   <li>{@code GET <endpoint>/<path>@nodes}: its child nodes;</li>
 *   <li>{@code GET <endpoint>}: a query, {@code {"results": [...]}}, with {@code limit}, {@code offset},
 *       {@code orderBy=prop [asc|desc]}, {@code q} (full text) and property filters {@code prop[op]=value}
 *       (eq, ne, lt, gt, lte, gte, like, in, not-in; ranges as {@code a~b}).</li>
 * </ul>
 * {@code lang} returns localized values under the plain property name. References named in the definition are
 * replaced by the referenced nodes; a reference to a missing node is left out.
 * https://docs.magnolia-cms.com/product-docs/6.2/developing/api/delivery-api/ ·
 * https://docs.magnolia-cms.com/product-docs/6.2/developing/api/Delivery-API/Resolving-references-with-the-delivery-endpoint
 *
 * <p>Beyond Magnolia, each article and glossary term the endpoint answers with (the node itself, each query result,
 * each item in an {@code @nodes} list) gets a computed {@code chemoQuality} key after its stored properties
 * ({@link QualityMetadata}): review status, readability and translation state in the requested language, on the
 * clock's day. When the policy hides overdue articles, such an article is withheld as on public pages: a request
 * for it or below it answers 404, and queries, {@code @nodes} lists and resolved references leave it out. This key
 * is computed by the preview harness. Magnolia's own delivery endpoint v2 returns stored properties only, so on a
 * real Magnolia instance {@code chemoQuality} needs a Java extension that we could not build here (Magnolia's
 * rest-delivery jars are not reachable). Until then hospital clients compute the status from
 * {@code lastReviewed}/{@code nextReview} with the same policy, or run {@code report ... --format csv}. The same
 * holds for withholding: Magnolia's endpoint delivers overdue articles under "hide", so clients leave them out.
 */
public final class DeliveryService {

    /** The most results one query returns, whatever {@code limit} asks. */
    public static final int MAX_LIMIT = 1000;
    private static final Pattern FILTER = Pattern.compile("([^\\[\\]]+)(?:\\[([a-z-]+)\\])?");
    private static final Set<String> RESERVED = Set.of("lang", "limit", "offset", "orderBy", "q");

    private final Set<String> languages;
    private final String defaultLanguage;
    private final QualityMetadata quality;
    private final Clock clock;

    /**
     * @param quality computes each item's {@code chemoQuality} and whether it is withheld
     * @param clock   gives "today" for review status (its zone's date)
     */
    public DeliveryService(Set<String> languages, String defaultLanguage, QualityMetadata quality, Clock clock) {
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.quality = quality;
        this.clock = clock;
    }

    /** Handles a GET below the endpoint path ({@code subPath} is "" for a query). */
    public DeliveryResponse get(EndpointDefinition endpoint, String subPath, Map<String, String> parameters,
                                Sessions sessions) {
        String language = parameters.getOrDefault("lang", defaultLanguage);
        if (!languages.contains(language)) {
            return DeliveryResponse.error(400, "unsupported lang '" + language + "'; supported: " + languages);
        }
        if (endpoint.bypassWorkspaceAcls()) {
            return DeliveryResponse.error(403, "endpoint " + endpoint.endpointPath() + " bypasses workspace ACLs");
        }
        Request request = new Request(endpoint, language, sessions, LocalDate.now(clock));
        try {
            if (subPath.isEmpty() || "/".equals(subPath)) {
                return query(request, parameters);
            }
            boolean children = subPath.endsWith("@nodes");
            String relative = children ? subPath.substring(0, subPath.length() - "@nodes".length()) : subPath;
            Node node = resolve(request, relative);
            if (node == null || (!children && !isResult(endpoint, node))
                    || request.withheld(endpoint.workspace(), node)) {
                return DeliveryResponse.error(404, "no content at " + relative);
            }
            if (children) {
                List<Object> list = new ArrayList<>();
                for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                    Node child = it.nextNode();
                    if (isResult(endpoint, child)) {
                        if (!request.withheld(endpoint.workspace(), child)) {
                            list.add(request.item(child));
                        }
                    } else if (isChild(endpoint, child)) {
                        list.add(request.json(child, endpoint.depth(), 0));
                    }
                }
                return new DeliveryResponse(200, list);
            }
            return new DeliveryResponse(200, request.item(node));
        } catch (IllegalArgumentException e) {
            return DeliveryResponse.error(400, e.getMessage());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("delivery " + endpoint.endpointPath() + subPath + " failed", e);
        }
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
        } catch (RepositoryException e) {
            return null;
        }
    }

    private DeliveryResponse query(Request request, Map<String, String> parameters) throws RepositoryException {
        int limit = number(parameters, "limit", request.endpoint.limit());
        int offset = number(parameters, "offset", 0);
        List<Node> matches = new ArrayList<>();
        Session session = request.session();
        String rootPath = request.endpoint.rootPath();
        if (session.nodeExists(rootPath)) {
            collect(request.endpoint, session.getNode(rootPath), matches);
        }
        List<Filter> filters = filters(parameters);
        String text = parameters.get("q");
        List<Node> kept = new ArrayList<>();
        for (Node node : matches) {
            if (filters.stream().allMatch(f -> f.test(request, node)) && (text == null || contains(request, node, text))
                    && !request.withheld(request.endpoint.workspace(), node)) {
                kept.add(node);
            }
        }
        String orderBy = parameters.get("orderBy");
        if (orderBy != null && !orderBy.isBlank()) {
            kept.sort(order(request, orderBy));
        }
        List<Object> results = new ArrayList<>();
        for (int i = offset; i < kept.size() && results.size() < limit; i++) {
            results.add(request.item(kept.get(i)));
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
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return "limit".equals(name) ? Math.min(n, MAX_LIMIT) : n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void collect(EndpointDefinition endpoint, Node node, List<Node> out) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isResult(endpoint, child)) {
                out.add(child);
            } else if (child.isNodeType("mgnl:folder")) {
                collect(endpoint, child, out);
            }
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

    private static boolean contains(Request request, Node node, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        try {
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                Property property = it.nextProperty();
                if (property.getType() != PropertyType.STRING) {
                    continue;
                }
                for (Value value : property.isMultiple() ? property.getValues() : new Value[]{property.getValue()}) {
                    if (value.getString().toLowerCase(Locale.ROOT).contains(needle)) {
                        return true;
                    }
                }
            }
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                if (contains(request, it.nextNode(), text)) {
                    return true;
                }
            }
        } catch (RepositoryException e) {
            return false;
        }
        return false;
    }

    private static Comparator<Node> order(Request request, String orderBy) {
        Comparator<Node> comparator = null;
        for (String clause : orderBy.split(",")) {
            String[] parts = clause.trim().split("\\s+");
            String property = parts[0];
            boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
            if (parts.length > 1 && !parts[1].matches("(?i)asc|desc")) {
                throw new IllegalArgumentException("orderBy direction must be asc or desc, not '" + parts[1] + "'");
            }
            Comparator<Node> next = Comparator.comparing(n -> request.sortKey(n, property),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            if (descending) {
                next = next.reversed();
            }
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        return comparator;
    }

    private List<Filter> filters(Map<String, String> parameters) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (RESERVED.contains(parameter.getKey())) {
                continue;
            }
            Matcher m = FILTER.matcher(parameter.getKey());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad filter '" + parameter.getKey() + "'");
            }
            String operator = m.group(2) == null ? "eq" : m.group(2);
            if (!Set.of("eq", "ne", "lt", "gt", "lte", "gte", "like", "in", "not-in").contains(operator)) {
                throw new IllegalArgumentException("unknown filter operator '" + operator + "'");
            }
            filters.add(new Filter(m.group(1), operator, parameter.getValue()));
        }
        return filters;
    }

    /** A property filter such as {@code audience[eq]=caregiver}. */
    private record Filter(String property, String operator, String value) {

        boolean test(Request request, Node node) {
            List<Comparable<Object>> values = request.comparableValues(node, property);
            return switch (operator) {
                case "ne" -> values.stream().noneMatch(v -> compare(v, value) == 0);
                case "in" -> values.stream().anyMatch(v -> inRange(v));
                case "not-in" -> values.stream().noneMatch(v -> inRange(v));
                case "like" -> values.stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT)
                        .matches(likePattern(value)));
                case "lt" -> values.stream().anyMatch(v -> compare(v, value) < 0);
                case "gt" -> values.stream().anyMatch(v -> compare(v, value) > 0);
                case "lte" -> values.stream().anyMatch(v -> compare(v, value) <= 0);
                case "gte" -> values.stream().anyMatch(v -> compare(v, value) >= 0);
                default -> values.stream().anyMatch(v -> compare(v, value) == 0);
            };
        }

        private boolean inRange(Comparable<Object> v) {
            String[] range = value.split("~", 2);
            if (range.length == 1) {
                return List.of(value.split(",")).stream().anyMatch(one -> compare(v, one) == 0);
            }
            return compare(v, range[0]) >= 0 && compare(v, range[1]) <= 0;
        }

        private static String likePattern(String like) {
            StringBuilder regex = new StringBuilder();
            for (String part : like.toLowerCase(Locale.ROOT).split("%", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return regex.toString();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static int compare(Object actual, String wanted) {
            Object other;
            if (actual instanceof Calendar) {
                Calendar parsed = ISO8601.parse(wanted.length() == 10 ? wanted + "T00:00:00.000Z" : wanted);
                if (parsed == null) {
                    throw new IllegalArgumentException("bad date '" + wanted + "'; use yyyy-MM-dd");
                }
                other = parsed;
            } else if (actual instanceof Long) {
                try {
                    other = Long.valueOf(wanted);
                } catch (NumberFormatException e) {
                    return String.valueOf(actual).compareTo(wanted);
                }
            } else if (actual instanceof Double || actual instanceof BigDecimal) {
                try {
                    other = Double.valueOf(wanted);
                    return Double.compare(((Number) actual).doubleValue(), (Double) other);
                } catch (NumberFormatException e) {
                    return String.valueOf(actual).compareTo(wanted);
                }
            } else if (actual instanceof Boolean) {
                other = Boolean.valueOf(wanted);
            } else {
                return String.valueOf(actual).compareToIgnoreCase(wanted);
            }
            return ((Comparable) actual).compareTo(other);
        }
    }

    /** Per-request state: language, day, sessions and the JSON writer. */
    private final class Request {
        private final EndpointDefinition endpoint;
        private final String language;
        private final Sessions sessions;
        private final LocalDate today;

        Request(EndpointDefinition endpoint, String language, Sessions sessions, LocalDate today) {
            this.endpoint = endpoint;
            this.language = language;
            this.sessions = sessions;
            this.today = today;
        }

        Session session() {
            return sessions.get(endpoint.workspace());
        }

        /** Whether the node, or a content item above it, is withheld from readers (overdue under "hide"). */
        boolean withheld(String workspace, Node node) throws RepositoryException {
            for (Node n = node; n.getDepth() > 0; n = n.getParent()) {
                if (n.isNodeType("mgnl:content")
                        && !quality.quality().publiclyVisible(workspace, n, language, today)) {
                    return true;
                }
            }
            return false;
        }

        /** A result item of the endpoint: its JSON with the computed {@code chemoQuality}. */
        Map<String, Object> item(Node node) throws RepositoryException {
            return json(node, endpoint.depth(), 0, true);
        }

        Map<String, Object> json(Node node, int depth, int referenceLevel) throws RepositoryException {
            return json(node, depth, referenceLevel, false);
        }

        private Map<String, Object> json(Node node, int depth, int referenceLevel, boolean item)
                throws RepositoryException {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("@name", node.getName());
            json.put("@path", node.getPath());
            json.put("@id", node.getIdentifier());
            json.put("@nodeType", node.getPrimaryNodeType().getName());
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                Property property = it.nextProperty();
                String name = property.getName();
                if (!visible(name) || localizedVariant(name)) {
                    continue;
                }
                Property localized = localized(node, name);
                Object value = value(localized);
                EndpointDefinition.Reference reference = reference(name);
                if (reference != null && referenceLevel < effectiveReferenceDepth()) {
                    value = resolve(reference, value, depth, referenceLevel);
                    if (value == null) {
                        continue;
                    }
                }
                json.put(name, value);
            }
            if (item) {
                Optional<Map<String, Object>> computed = quality.of(endpoint.workspace(), node, language, today);
                computed.ifPresent(q -> json.put(QualityMetadata.KEY, q));
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

        private Object resolve(EndpointDefinition.Reference reference, Object value, int depth, int referenceLevel)
                throws RepositoryException {
            if (value instanceof List<?> ids) {
                List<Object> resolved = new ArrayList<>();
                for (Object id : ids) {
                    Node target = target(reference, String.valueOf(id));
                    if (target != null) {
                        resolved.add(json(target, depth, referenceLevel + 1));
                    }
                }
                return resolved;
            }
            Node target = value == null ? null : target(reference, String.valueOf(value));
            return target == null ? null : json(target, depth, referenceLevel + 1);
        }

        private Node target(EndpointDefinition.Reference reference, String id) {
            if (!sessions.hasWorkspace(reference.targetWorkspace()) || id.isBlank()) {
                return null;
            }
            try {
                Node target = sessions.get(reference.targetWorkspace()).getNodeByIdentifier(id);
                return withheld(reference.targetWorkspace(), target) ? null : target;
            } catch (ItemNotFoundException e) {
                return null;
            } catch (RepositoryException e) {
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

        private Object value(Property property) throws RepositoryException {
            if (property.isMultiple()) {
                List<Object> values = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(scalar(value));
                }
                return values;
            }
            return scalar(property.getValue());
        }

        private Object scalar(Value value) throws RepositoryException {
            return switch (value.getType()) {
                case PropertyType.DATE -> ISO8601.format(value.getDate());
                case PropertyType.BOOLEAN -> value.getBoolean();
                case PropertyType.LONG -> value.getLong();
                case PropertyType.DOUBLE -> value.getDouble();
                case PropertyType.DECIMAL -> value.getDecimal();
                case PropertyType.BINARY -> null;
                default -> value.getString();
            };
        }

        Comparable<Object> sortKey(Node node, String property) {
            List<Comparable<Object>> values = comparableValues(node, property);
            return values.isEmpty() ? null : values.get(0);
        }

        @SuppressWarnings("unchecked")
        List<Comparable<Object>> comparableValues(Node node, String property) {
            List<Comparable<Object>> out = new ArrayList<>();
            try {
                if ("@name".equals(property)) {
                    out.add((Comparable<Object>) (Object) node.getName());
                    return out;
                }
                if (!node.hasProperty(property)) {
                    return out;
                }
                Property p = localized(node, property);
                for (Value value : p.isMultiple() ? p.getValues() : new Value[]{p.getValue()}) {
                    Object v = switch (value.getType()) {
                        case PropertyType.DATE -> value.getDate();
                        case PropertyType.LONG -> value.getLong();
                        case PropertyType.DOUBLE -> value.getDouble();
                        case PropertyType.BOOLEAN -> value.getBoolean();
                        default -> value.getString().toLowerCase(Locale.ROOT);
                    };
                    out.add((Comparable<Object>) v);
                }
            } catch (RepositoryException e) {
                return out;
            }
            return out;
        }
    }
}
