package org.openhealth.chemoeducation.delivery;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.openhealth.chemoeducation.jcr.ContentRepositoryException;

/**
 * The order of delivery items by properties whose values differ in type from item to item, which Jackrabbit's sort
 * refuses ({@code Unable to compare values}). Like {@link DeliveryQuery}'s {@code ORDER BY LOWER(n.[p])}: an item
 * without the property first (ascending), then by type (booleans, numbers, dates, text), each type in its own order
 * (text case-insensitively); a list counts as its first value. {@code @name} orders by node name.
 */
final class MixedTypeOrder {

    /** One {@code orderBy} clause. */
    record Key(String property, boolean descending) {
    }

    private MixedTypeOrder() {
    }

    static Comparator<Node> of(List<Key> keys) {
        Comparator<Node> order = (a, b) -> 0;
        for (Key key : keys) {
            Comparator<Node> one = Comparator.comparing(node -> sortValue(node, key.property()));
            order = order.thenComparing(key.descending() ? one.reversed() : one);
        }
        return order;
    }

    /** A value's place: its type's rank, then the value itself. */
    private record SortValue(int rank, Comparable<Object> value) implements Comparable<SortValue> {
        @Override
        public int compareTo(SortValue other) {
            return rank != other.rank ? Integer.compare(rank, other.rank)
                    : value == null ? 0 : value.compareTo(other.value);
        }
    }

    @SuppressWarnings("unchecked")
    private static SortValue sortValue(Node node, String property) {
        try {
            if (DeliveryQuery.NODE_NAME.equals(property)) {
                return new SortValue(4, (Comparable<Object>) (Comparable<?>) node.getName());
            }
            if (!node.hasProperty(property)) {
                return new SortValue(0, null);
            }
            Property p = node.getProperty(property);
            Value[] values = p.isMultiple() ? p.getValues() : new Value[]{p.getValue()};
            if (values.length == 0) {
                return new SortValue(0, null);
            }
            Value value = values[0];
            Comparable<?> comparable = switch (value.getType()) {
                case PropertyType.BOOLEAN -> value.getBoolean();
                case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL -> value.getDecimal();
                case PropertyType.DATE -> value.getDate().getTimeInMillis();
                default -> value.getString().toLowerCase(Locale.ROOT);
            };
            int rank = switch (value.getType()) {
                case PropertyType.BOOLEAN -> 1;
                case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL -> 2;
                case PropertyType.DATE -> 3;
                default -> 4;
            };
            return new SortValue(rank, (Comparable<Object>) comparable);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read " + property + " of an item to sort it", e);
        }
    }
}
