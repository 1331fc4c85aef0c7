package org.openhealth.chemoeducation.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.NamespaceException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.ValueFormatException;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeIterator;
import javax.jcr.nodetype.NodeTypeManager;
import javax.jcr.query.Query;

import org.apache.jackrabbit.commons.iterator.NodeIteratorAdapter;
import org.apache.jackrabbit.util.ISO8601;
import org.apache.jackrabbit.util.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JCR-SQL2 statement that answers a delivery query, built from the endpoint definition and the request's
 * parameters the way Magnolia's delivery endpoint v2 builds its query (node types, root path, filters, full text and
 * order in the statement; offset and limit on the {@link Query}):
 * <pre>
 * SELECT * FROM [nt:base] AS n
 * WHERE (n.[jcr:primaryType] = $type0 OR …) AND ISDESCENDANTNODE(n, '/root') AND CONTAINS(n.*, $q)
 *   AND LOWER(n.[audience]) = $filter0 AND n.[lastReviewed] &gt;= $filter1
 * ORDER BY LOWER(n.[term]) DESC, NAME(n)
 * </pre>
 * What a request sends reaches the statement only as a bind value, or as a property name that is a plain JCR name
 * ({@link #JCR_NAME}), written {@code n.[name]}; anything else is refused with 400 {@code invalidQuery}. The root
 * path, from the endpoint definition, is the one value written into the statement (quoted), because Jackrabbit's
 * {@code ISDESCENDANTNODE} takes no bind variable.
 * <p>
 * Node types: Jackrabbit 2's JCR-SQL2 has no {@code UNION} ({@code InvalidQueryException: … expected: <end>}) and a
 * selector names one type, so the statement selects {@code [nt:base]} and ORs {@code jcr:primaryType} (and, for a
 * mixin, {@code jcr:mixinTypes}) terms, each type name a bind value: the exact types when the endpoint is
 * {@code strict}, else every registered type that is one of them or a subtype, as {@code Node.isNodeType} counts them.
 * Measured on 10,000 glossary terms this selects as fast as {@code FROM [mgnl:content]} (p50 about 6 ms for a page
 * of 20). A type the repository does not know selects nothing.
 * <p>
 * Values are typed as the stored property is: a filter on a property first reads which type one stored value has
 * (a {@code LIMIT 1} query); text compares case-insensitively ({@code LOWER(n.[p])} with the value lower-cased), a
 * date filter takes {@code yyyy-MM-dd} or ISO-8601 (anything else: 400 {@code invalidValueFormat}), numbers and
 * booleans compare as such, and a value that does not read as the property's number type compares as text. Orders
 * are {@code LOWER(n.[p])}, which Jackrabbit keeps numeric for numbers and chronological for dates; a node without
 * the property sorts first ascending, last descending.
 */
final class DeliveryQuery {

    /**
     * A property name a request may filter or order by: an optional namespace prefix, then letters, digits,
     * {@code _}, {@code -} and {@code .}; nothing that could close {@code n.[…]} or start another clause.
     */
    static final Pattern JCR_NAME = Pattern.compile("(?:[\\p{L}_][\\p{L}\\p{N}_.-]*:)?[\\p{L}_][\\p{L}\\p{N}_.-]*");

    /** The special name filters and orders use for the node name (Magnolia's delivery README, "Filters"). */
    static final String NODE_NAME = "@name";

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQuery.class);

    /**
     * Most {@code %} wildcards a {@code like} filter may hold. Jackrabbit matches a LIKE pattern as a regular
     * expression ({@code %} becomes {@code .*}) against every distinct indexed value of the property, and the
     * backtracking costs up to n<sup>k</sup> steps for k wildcards: with 10,000 glossary definitions
     * {@code %e%zzzq} answers in 0.35 s, three wildcards in 1.4 s, and eleven
     * ({@code % % % % % % % % % % %zzzq}) never answer, holding a worker after the client has gone. Two cover
     * every pattern a site asks for: starts with ({@code c%}), ends with, contains ({@code %resist%}) and
     * {@code a%b}. {@code _} (one character) costs no backtracking and is not counted; {@code \%} is a literal.
     */
    static final int MAX_LIKE_WILDCARDS = 2;

    private static final Pattern FILTER = Pattern.compile("([^\\[\\]]+)(?:\\[([a-z-]+)\\])?");
    private static final Set<String> RESERVED = Set.of("lang", "limit", "offset", "orderBy", "q");
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "gt", "lte", "gte", "like", "in", "not-in");
    private static final Map<String, String> COMPARISONS = Map.of("eq", "=", "ne", "<>", "lt", "<", "gt", ">",
            "lte", "<=", "gte", ">=");

    private final String statement;
    private final String unordered;
    private final List<Order> orders;
    private final Map<String, Value> bindings;

    private DeliveryQuery(String statement, String unordered, List<Order> orders, Map<String, Value> bindings) {
        this.statement = statement;
        this.unordered = unordered;
        this.orders = orders;
        this.bindings = bindings;
    }

    /** The JCR-SQL2 statement, with {@code $variables} where the request's values go. */
    String statement() {
        return statement;
    }

    /** The bind values, by variable name. */
    Map<String, Value> bindings() {
        return bindings;
    }

    /**
     * The query for a request's parameters (the reserved {@code lang, limit, offset, orderBy, q} and property
     * filters); empty when it can select nothing (no root node, no known node type).
     *
     * @throws BadRequest 400 for a bad filter, operator, order or value
     */
    static Optional<DeliveryQuery> of(EndpointDefinition endpoint, Map<String, String> parameters, Session session)
            throws RepositoryException {
        List<Filter> filters = filters(parameters, session);
        List<Order> orders = orders(parameters.get("orderBy"), session);
        String root = endpoint.rootPath().replaceAll("/+$", "");
        root = root.isEmpty() ? "/" : root;
        if (!session.nodeExists(root)) {
            return Optional.empty();
        }
        Builder builder = new Builder(session);
        if (!builder.nodeTypes(endpoint)) {
            return Optional.empty();
        }
        if (!"/".equals(root)) {
            builder.where("ISDESCENDANTNODE(n, '" + root.replace("'", "''") + "')");
        }
        builder.freezeScope();
        String text = parameters.get("q");
        if (text != null && !text.isBlank()) {
            // a trailing '?' or '!' would otherwise be read as Lucene syntax (JCR-1248)
            builder.bindings.put("q", builder.values.createValue(Text.escapeIllegalXpathSearchChars(text.trim())));
            builder.where("CONTAINS(n.*, $q)");
        }
        for (Filter filter : filters) {
            builder.where(builder.condition(filter));
        }
        String unordered = "SELECT * FROM [nt:base] AS n WHERE " + String.join(" AND ", builder.conditions);
        StringBuilder statement = new StringBuilder(unordered);
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            statement.append(i == 0 ? " ORDER BY " : ", ")
                    .append(NODE_NAME.equals(order.property()) ? "NAME(n)" : "LOWER(" + column(order.property()) + ")")
                    .append(order.descending() ? " DESC" : " ASC");
        }
        return Optional.of(new DeliveryQuery(statement.toString(), unordered, orders, builder.bindings));
    }

    /**
     * Runs the statement for one page of results. When Jackrabbit's sort fails on values of different types, the
     * matching items are sorted by {@link MixedTypeOrder} instead (logged; a fault of the content, rare and slower).
     *
     * @throws BadRequest 400 {@code invalidQuery} when Jackrabbit cannot read {@code q} as a full-text expression
     */
    NodeIterator execute(Session session, long limit, long offset) throws RepositoryException {
        try {
            return run(session, statement, limit, offset);
        } catch (RuntimeException e) {
            if (orders.isEmpty()) {
                throw e;
            }
            // Jackrabbit's sort cannot compare values of different types ("Unable to compare values"), e.g. a date
            // here and text or a list there; content from other sources can hold them, and one such item must not
            // fail the list for everyone
            LOG.warn("orderBy {} meets values Jackrabbit cannot compare ({}); sorting in Java instead", orders,
                    e.getMessage());
            List<Node> all = new ArrayList<>();
            for (NodeIterator it = run(session, unordered, -1, 0); it.hasNext(); ) {
                all.add(it.nextNode());
            }
            all.sort(MixedTypeOrder.of(orders.stream()
                    .map(order -> new MixedTypeOrder.Key(order.property(), order.descending())).toList()));
            int from = (int) Math.min(offset, all.size());
            int to = limit < 0 ? all.size() : (int) Math.min(all.size(), from + limit);
            return new NodeIteratorAdapter(all.subList(from, to));
        }
    }

    private NodeIterator run(Session session, String sql, long limit, long offset) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        for (Map.Entry<String, Value> binding : bindings.entrySet()) {
            query.bindValue(binding.getKey(), binding.getValue());
        }
        if (limit >= 0) {
            query.setLimit(limit);
        }
        query.setOffset(offset);
        try {
            return query.execute().getNodes();
        } catch (ValueFormatException e) {
            throw new BadRequest(400, "invalidValueFormat", e.getMessage());
        } catch (RepositoryException e) {
            if (bindings.containsKey("q") && isFullTextSyntaxError(e)) {
                throw new BadRequest(400, "invalidQuery", "q is not a full-text expression Jackrabbit can read: '"
                        + bindings.get("q").getString() + "'");
            }
            throw e;
        }
    }

    /** Whether Jackrabbit's Lucene query parser refused the full-text expression (Lucene is not on our API). */
    private static boolean isFullTextSyntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("org.apache.lucene.queryParser.")) {
                return true;
            }
        }
        return false;
    }

    private static List<Filter> filters(Map<String, String> parameters, Session session) throws RepositoryException {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (RESERVED.contains(parameter.getKey())) {
                continue;
            }
            Matcher m = FILTER.matcher(parameter.getKey());
            if (!m.matches() || !isName(m.group(1), session)) {
                throw new BadRequest(400, "invalidQuery", "bad filter '" + parameter.getKey() + "'");
            }
            String operator = m.group(2) == null ? "eq" : m.group(2);
            if (!OPERATORS.contains(operator)) {
                throw new BadRequest(400, "invalidQuery", "unknown filter operator '" + operator + "'");
            }
            String value = parameter.getValue() == null ? "" : parameter.getValue();
            if ("like".equals(operator) && likeWildcards(value) > MAX_LIKE_WILDCARDS) {
                throw new BadRequest(400, "invalidQuery", "a like filter takes at most " + MAX_LIKE_WILDCARDS
                        + " % wildcards; '" + parameter.getKey() + "' has " + likeWildcards(value));
            }
            filters.add(new Filter(m.group(1), operator, value));
        }
        return filters;
    }

    /**
     * The {@code %} wildcards of a LIKE pattern, {@code \%} (a literal) not counted. A run such as {@code %%} counts
     * each one: Jackrabbit writes {@code .*.*}, which backtracks as much as two apart.
     */
    static int likeWildcards(String pattern) {
        int count = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '%') {
                count++;
            }
        }
        return count;
    }

    private static List<Order> orders(String orderBy, Session session) throws RepositoryException {
        List<Order> orders = new ArrayList<>();
        if (orderBy == null || orderBy.isBlank()) {
            return orders;
        }
        for (String clause : orderBy.split(",")) {
            String[] parts = clause.trim().split("\\s+");
            if (parts.length > 1 && !parts[1].matches("(?i)asc|desc")) {
                throw new BadRequest(400, "invalidQuery", "orderBy direction must be asc or desc, not '" + parts[1]
                        + "'");
            }
            if (!isName(parts[0], session)) {
                throw new BadRequest(400, "invalidQuery", "orderBy property must be a property name or @name, not '"
                        + parts[0] + "'");
            }
            orders.add(new Order(parts[0], parts.length > 1 && parts[1].equalsIgnoreCase("desc")));
        }
        return orders;
    }

    /** {@code @name}, or a JCR name whose prefix (if any) the repository knows. */
    private static boolean isName(String name, Session session) throws RepositoryException {
        if (NODE_NAME.equals(name)) {
            return true;
        }
        if (!JCR_NAME.matcher(name).matches()) {
            return false;
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            try {
                session.getNamespaceURI(name.substring(0, colon));
            } catch (NamespaceException e) {
                return false;
            }
        }
        return true;
    }

    /** A property as the statement spells it; only ever called with a name {@link #isName} accepted. */
    private static String column(String property) {
        return "n.[" + property + "]";
    }

    /** A property filter such as {@code audience[eq]=caregiver}. */
    private record Filter(String property, String operator, String value) {
    }

    /** One {@code orderBy} clause. */
    private record Order(String property, boolean descending) {
    }

    /** The WHERE conditions and bind values of a statement being built. */
    private static final class Builder {
        private final Session session;
        private final ValueFactory values;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Value> bindings = new LinkedHashMap<>();
        private final Map<String, Integer> storedTypes = new HashMap<>();
        private int filterValues;
        private String scope;
        private Map<String, Value> scopeBindings;

        Builder(Session session) throws RepositoryException {
            this.session = session;
            this.values = session.getValueFactory();
        }

        void where(String condition) {
            conditions.add(condition);
        }

        /** Adds the node-type condition; false when no type of the endpoint is known to the repository. */
        boolean nodeTypes(EndpointDefinition endpoint) throws RepositoryException {
            NodeTypeManager manager = session.getWorkspace().getNodeTypeManager();
            Map<String, Boolean> mixinByName = new LinkedHashMap<>();
            for (String name : endpoint.nodeTypes()) {
                if (!JCR_NAME.matcher(name).matches() || !manager.hasNodeType(name)) {
                    continue;
                }
                if (endpoint.strict()) {
                    // strict compares the primary type, which is never a mixin
                    if (!manager.getNodeType(name).isMixin()) {
                        mixinByName.put(name, false);
                    }
                    continue;
                }
                for (NodeTypeIterator it = manager.getAllNodeTypes(); it.hasNext(); ) {
                    NodeType type = it.nextNodeType();
                    if (type.isNodeType(name)) {
                        mixinByName.put(type.getName(), type.isMixin());
                    }
                }
            }
            if (mixinByName.isEmpty()) {
                return false;
            }
            List<String> terms = new ArrayList<>();
            for (Map.Entry<String, Boolean> type : mixinByName.entrySet()) {
                String variable = "type" + terms.size();
                bindings.put(variable, values.createValue(type.getKey(), PropertyType.NAME));
                terms.add((type.getValue() ? "n.[jcr:mixinTypes]" : "n.[jcr:primaryType]") + " = $" + variable);
            }
            where("(" + String.join(" OR ", terms) + ")");
            return true;
        }

        /** Remembers the conditions so far (types, root) as the scope in which stored types are looked up. */
        void freezeScope() {
            scope = String.join(" AND ", conditions);
            scopeBindings = new LinkedHashMap<>(bindings);
        }

        String condition(Filter filter) throws RepositoryException {
            boolean name = NODE_NAME.equals(filter.property());
            int type = name || "like".equals(filter.operator()) ? PropertyType.STRING : storedType(filter.property());
            String operand = name ? "LOWER(NAME(n))"
                    : type == PropertyType.STRING ? "LOWER(" + column(filter.property()) + ")"
                    : column(filter.property());
            return switch (filter.operator()) {
                case "like" -> operand + " LIKE " + bind(filter.value(), type);
                case "in" -> in(operand, filter.value(), type);
                case "not-in" -> "NOT " + in(operand, filter.value(), type);
                default -> operand + " " + COMPARISONS.get(filter.operator()) + " " + bind(filter.value(), type);
            };
        }

        /** {@code a~b}: between a and b, both included; {@code a,b,c}: any of them. */
        private String in(String operand, String value, int type) throws RepositoryException {
            String[] range = value.split("~", 2);
            if (range.length == 2) {
                return "(" + operand + " >= " + bind(range[0], type) + " AND " + operand + " <= " + bind(range[1], type)
                        + ")";
            }
            List<String> any = new ArrayList<>();
            for (String one : value.split(",", -1)) {
                any.add(operand + " = " + bind(one, type));
            }
            return "(" + String.join(" OR ", any) + ")";
        }

        private String bind(String text, int type) throws RepositoryException {
            String variable = "filter" + filterValues++;
            bindings.put(variable, value(text, type));
            return "$" + variable;
        }

        private Value value(String text, int type) throws RepositoryException {
            switch (type) {
                case PropertyType.STRING:
                    return values.createValue(text.toLowerCase(Locale.ROOT));
                case PropertyType.DATE:
                    Calendar date = date(text);
                    if (date == null) {
                        throw new BadRequest(400, "invalidValueFormat", "bad date '" + text + "'; use yyyy-MM-dd or "
                                + "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
                    }
                    return values.createValue(date);
                case PropertyType.BOOLEAN:
                    return values.createValue(Boolean.parseBoolean(text));
                default:
                    try {
                        return switch (type) {
                            case PropertyType.LONG -> values.createValue(Long.parseLong(text));
                            case PropertyType.DOUBLE -> values.createValue(Double.parseDouble(text));
                            case PropertyType.DECIMAL -> values.createValue(new BigDecimal(text));
                            default -> values.createValue(text, type);
                        };
                    } catch (NumberFormatException | ValueFormatException e) {
                        return values.createValue(text);
                    }
            }
        }

        private static Calendar date(String text) {
            try {
                return ISO8601.parse(text.length() == 10 ? text + "T00:00:00.000Z" : text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The type of one stored value of the property within the endpoint's scope; STRING when none has it. */
        private int storedType(String property) throws RepositoryException {
            Integer known = storedTypes.get(property);
            if (known != null) {
                return known;
            }
            Query sample = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [nt:base] AS n WHERE "
                    + scope + " AND " + column(property) + " IS NOT NULL", Query.JCR_SQL2);
            for (Map.Entry<String, Value> binding : scopeBindings.entrySet()) {
                sample.bindValue(binding.getKey(), binding.getValue());
            }
            sample.setLimit(1);
            NodeIterator it = sample.execute().getNodes();
            int type = it.hasNext() ? it.nextNode().getProperty(property).getType() : PropertyType.STRING;
            storedTypes.put(property, type);
            return type;
        }
    }
}
