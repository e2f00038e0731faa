package dev.scimkit.testkit.internal.conformance;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeNames;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.core.schema.ResolvedAttribute;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.testkit.conformance.FilterInterpretation;
import dev.scimkit.testkit.conformance.FilterInterpretation.CaseFolding;
import dev.scimkit.testkit.conformance.FilterInterpretation.DateTimePrecision;
import dev.scimkit.testkit.conformance.FilterInterpretation.MultiValuedOrdering;
import dev.scimkit.testkit.conformance.FilterInterpretation.Negation;
import dev.scimkit.testkit.conformance.FilterInterpretation.Presence;
import dev.scimkit.testkit.conformance.FilterInterpretation.UnassignedPrimary;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates a filter against a resource under every accepted reading of the RFC's open points (see
 * {@link FilterInterpretation}) and says whether they all select it, none does, or they disagree.
 *
 * <p>Negations are pushed to the comparisons (De Morgan, which holds in every reading), so each
 * comparison knows whether it is negated and can be read per value or as a complement. Everything
 * the RFC does settle — types, {@code caseExact}, mismatched constants, value paths, {@code eq null}
 * — follows scimkit's {@link FilterEvaluator} exactly: under {@link FilterInterpretation#scimkit()}
 * the oracle gives scimkit's answer (a property test holds it to that).
 */
final class FilterOracle {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
    /** The {@code schemas} attribute every resource carries, which the User schema does not list. */
    private static final Attribute SCHEMAS = Attribute.builder("schemas", AttributeType.REFERENCE)
            .multiValued(true).build();
    /** Stands in for attributes without a definition: a string that is not caseExact. */
    private static final Attribute UNDEFINED_STRING = Attribute.builder("undefined", AttributeType.STRING).build();
    /** The widest offset a dateTime without one may have been meant in (UTC-12 to UTC+14). */
    private static final Duration OFFSET_WINDOW = Duration.ofHours(14);
    private static final String PRIMARY = "primary";

    private final FilterInterpretation interpretation;

    FilterOracle(FilterInterpretation interpretation) {
        this.interpretation = Objects.requireNonNull(interpretation, "interpretation is null");
    }

    /**
     * @param filter   the filter
     * @param resource a resource as the service returned it
     * @return whether every accepted reading selects it, none does, or they disagree
     */
    Truth test(Filter filter, JsonObject resource) {
        ResourceType type = FilterEvaluator.defaults().resourceTypeOf(resource);
        return eval(filter, new Scope(resource, type, null, false, false), false);
    }

    private Truth eval(Filter filter, Scope scope, boolean negated) {
        if (filter instanceof Filter.And and) {
            Truth left = eval(and.left(), scope, negated);
            Truth right = eval(and.right(), scope, negated);
            return negated ? left.or(right) : left.and(right);
        }
        if (filter instanceof Filter.Or or) {
            Truth left = eval(or.left(), scope, negated);
            Truth right = eval(or.right(), scope, negated);
            return negated ? left.and(right) : left.or(right);
        }
        if (filter instanceof Filter.Not not) {
            return eval(not.filter(), scope, !negated);
        }
        if (filter instanceof Filter.Presence presence) {
            return presence(scope.target(presence.path()), negated);
        }
        if (filter instanceof Filter.Comparison comparison) {
            return comparison(comparison, scope, negated);
        }
        return valuePath((Filter.ValuePath) filter, scope, negated);
    }

    // ---- pr ----

    private Truth presence(Target found, boolean negated) {
        Truth positive = null;
        for (Target target : variants(found)) {
            for (Presence reading : interpretation.presence()) {
                Truth answer = switch (reading) {
                    case NON_EMPTY -> Truth.of(target.values.stream().anyMatch(FilterOracle::nonEmpty));
                    case ANY_VALUE -> Truth.of(target.member);
                };
                positive = positive == null ? answer : positive.union(answer);
            }
        }
        return negated ? positive.not() : positive;
    }

    /** The target as each accepted reading of an unassigned {@code primary} sees it. */
    private List<Target> variants(Target target) {
        if (target.defaulted == null) {
            return List.of(target);
        }
        List<Target> variants = new ArrayList<>();
        for (UnassignedPrimary reading : interpretation.unassignedPrimary()) {
            variants.add(reading == UnassignedPrimary.ABSENT ? target : target.asDefaulted());
        }
        return variants;
    }

    private static boolean nonEmpty(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> false;
            case STRING -> !((JsonString) value).getString().isEmpty();
            case OBJECT -> !((JsonObject) value).isEmpty();
            default -> true;
        };
    }

    // ---- value paths ----

    private Truth valuePath(Filter.ValuePath valuePath, Scope scope, boolean negated) {
        Target owner = scope.target(valuePath.path());
        if (owner.attribute != null && !owner.attribute.isComplex()) {
            return Truth.of(negated);
        }
        List<JsonObject> elements = new ArrayList<>();
        if (owner.top instanceof JsonObject single) {
            elements.add(single);
        } else if (owner.top instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject element) {
                    elements.add(element);
                }
            }
        }
        Truth positive = Truth.FALSE;
        for (JsonObject element : elements) {
            positive = positive.or(eval(valuePath.filter(), scope.element(element, owner.attribute, owner.top instanceof JsonArray), false));
        }
        if (!negated) {
            return positive;
        }
        Truth answer = null;
        for (Negation reading : interpretation.negation()) {
            Truth next = Truth.FALSE;
            if (reading == Negation.COMPLEMENT) {
                next = positive.not();
            } else {
                for (JsonObject element : elements) {
                    next = next.or(eval(valuePath.filter(), scope.element(element, owner.attribute, owner.top instanceof JsonArray), true));
                }
            }
            answer = answer == null ? next : answer.union(next);
        }
        return answer;
    }

    // ---- comparisons ----

    private Truth comparison(Filter.Comparison comparison, Scope scope, boolean negated) {
        ComparisonOperator op = comparison.op();
        JsonValue constant = comparison.value();
        Target target = scope.target(comparison.path());
        if (constant.getValueType() == JsonValue.ValueType.NULL) {
            if (op != ComparisonOperator.EQ && op != ComparisonOperator.NE) {
                return Truth.of(negated);
            }
            // eq null: no value at all; ne null: some value (scimkit's reading; the suite sends neither)
            boolean some = target.values.stream().anyMatch(FilterOracle::nonEmpty);
            return Truth.of(some == (op == ComparisonOperator.NE) != negated);
        }
        Attribute attribute = target.attribute;
        if (attribute != null && attribute.isComplex()) {
            Attribute value = attribute.subAttribute("value").orElse(null);
            if (value == null || target.subPath) {
                return Truth.of(negated);
            }
            target = target.sub(value);
            attribute = value;
        }
        ValueTest test = valueTest(op == ComparisonOperator.NE ? ComparisonOperator.EQ : op, op, constant, attribute);
        if (test == null) {
            // the filter does not fit the schema: it matches nothing (scimkit's lenient reading)
            return Truth.of(negated);
        }
        boolean negative = negated != (op == ComparisonOperator.NE);
        Truth answer = null;
        for (Target variant : variants(target)) {
            Truth next = compare(variant, test, op, negative);
            answer = answer == null ? next : answer.union(next);
        }
        return answer;
    }

    private Truth compare(Target target, ValueTest test, ComparisonOperator op, boolean negative) {
        boolean ordering = op.isOrdering() && target.multiValued();
        List<List<JsonValue>> valueSets = new ArrayList<>();
        for (MultiValuedOrdering reading : ordering ? interpretation.multiValuedOrdering()
                : List.of(MultiValuedOrdering.ANY_VALUE)) {
            valueSets.add(reading == MultiValuedOrdering.ANY_VALUE ? target.values : target.primary);
        }
        Truth answer = null;
        for (List<JsonValue> values : valueSets) {
            Truth positive = Truth.FALSE;
            for (JsonValue value : values) {
                positive = positive.or(test.test(value));
            }
            if (!negative) {
                answer = answer == null ? positive : answer.union(positive);
                continue;
            }
            for (Negation reading : interpretation.negation()) {
                Truth next = Truth.FALSE;
                if (reading == Negation.COMPLEMENT) {
                    next = positive.not();
                } else {
                    for (JsonValue value : values) {
                        if (value.getValueType() != JsonValue.ValueType.NULL) {
                            next = next.or(test.test(value).not());
                        }
                    }
                }
                answer = answer == null ? next : answer.union(next);
            }
        }
        return answer;
    }

    /** One value against the constant, under the accepted readings; {@code null} when the types do not fit. */
    private interface ValueTest {
        Truth test(JsonValue value);
    }

    private ValueTest valueTest(ComparisonOperator op, ComparisonOperator written, JsonValue constant,
                                Attribute attribute) {
        AttributeType type = attribute != null ? attribute.type() : switch (constant.getValueType()) {
            case NUMBER -> AttributeType.DECIMAL;
            case TRUE, FALSE -> AttributeType.BOOLEAN;
            default -> AttributeType.STRING;
        };
        switch (type) {
            case STRING, REFERENCE, BINARY -> {
                if (!(constant instanceof JsonString string)) {
                    return null;
                }
                Attribute rules = attribute != null ? attribute : UNDEFINED_STRING;
                return value -> value instanceof JsonString text
                        ? strings(op, text.getString(), string.getString(), rules.caseExact()) : Truth.FALSE;
            }
            case BOOLEAN -> {
                if (written != ComparisonOperator.EQ && written != ComparisonOperator.NE
                        || constant.getValueType() != JsonValue.ValueType.TRUE
                        && constant.getValueType() != JsonValue.ValueType.FALSE) {
                    return null;
                }
                return value -> Truth.of(value.getValueType() == constant.getValueType());
            }
            case INTEGER, DECIMAL -> {
                if (op.isSubstring() || !(constant instanceof JsonNumber number)) {
                    return null;
                }
                BigDecimal expected = number.bigDecimalValue();
                return value -> value instanceof JsonNumber actual
                        ? Truth.of(holds(op, actual.bigDecimalValue().compareTo(expected))) : Truth.FALSE;
            }
            case DATE_TIME -> {
                if (!(constant instanceof JsonString string)) {
                    return null;
                }
                if (op.isSubstring()) {
                    return value -> value instanceof JsonString text
                            ? strings(op, text.getString(), string.getString(), attribute.caseExact()) : Truth.FALSE;
                }
                Instant expected = instant(string.getString());
                if (expected == null) {
                    return null;
                }
                boolean constantHasOffset = hasOffset(string.getString());
                return value -> value instanceof JsonString text
                        ? dateTimes(op, text.getString(), expected, constantHasOffset) : Truth.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private Truth strings(ComparisonOperator op, String value, String constant, boolean caseExact) {
        if (caseExact) {
            return Truth.of(stringHolds(op, value, constant, false));
        }
        Truth answer = null;
        for (CaseFolding folding : interpretation.caseFolding()) {
            Truth next = switch (folding) {
                case SIMPLE -> Truth.of(stringHolds(op, value, constant, true));
                case LOWER_CASE -> Truth.of(stringHolds(op, value.toLowerCase(Locale.ROOT),
                        constant.toLowerCase(Locale.ROOT), false));
                case UPPER_CASE -> Truth.of(stringHolds(op, value.toUpperCase(Locale.ROOT),
                        constant.toUpperCase(Locale.ROOT), false));
            };
            answer = answer == null ? next : answer.union(next);
        }
        return answer;
    }

    private static boolean stringHolds(ComparisonOperator op, String value, String constant, boolean ignoreCase) {
        int n = constant.length();
        return switch (op) {
            case EQ, NE -> ignoreCase ? value.equalsIgnoreCase(constant) : value.equals(constant);
            case SW -> value.regionMatches(ignoreCase, 0, constant, 0, n);
            case EW -> value.length() >= n && value.regionMatches(ignoreCase, value.length() - n, constant, 0, n);
            case CO -> contains(value, constant, ignoreCase);
            default -> holds(op, ignoreCase ? value.compareToIgnoreCase(constant) : value.compareTo(constant));
        };
    }

    private static boolean contains(String value, String constant, boolean ignoreCase) {
        for (int i = 0, last = value.length() - constant.length(); i <= last; i++) {
            if (value.regionMatches(ignoreCase, i, constant, 0, constant.length())) {
                return true;
            }
        }
        return false;
    }

    private Truth dateTimes(ComparisonOperator op, String text, Instant expected, boolean constantHasOffset) {
        Instant actual = instant(text);
        if (actual == null) {
            return Truth.FALSE;
        }
        if (interpretation.toleratesMissingOffsets() && !(constantHasOffset && hasOffset(text))
                && Duration.between(actual, expected).abs().compareTo(OFFSET_WINDOW) <= 0) {
            return Truth.EITHER;
        }
        Truth answer = null;
        for (DateTimePrecision precision : interpretation.dateTimePrecision()) {
            Instant left = precision == DateTimePrecision.WHOLE_SECONDS ? actual.truncatedTo(ChronoUnit.SECONDS) : actual;
            Instant right = precision == DateTimePrecision.WHOLE_SECONDS ? expected.truncatedTo(ChronoUnit.SECONDS)
                    : expected;
            Truth next = Truth.of(holds(op, left.compareTo(right)));
            answer = answer == null ? next : answer.union(next);
        }
        return answer;
    }

    private static boolean holds(ComparisonOperator op, int order) {
        return switch (op) {
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            default -> order == 0;
        };
    }

    /** Reads an xsd:dateTime as scimkit does: without offset it is UTC. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(10) != 'T' && text.charAt(10) != 't') {
            return null;
        }
        try {
            char last = text.charAt(length - 1);
            if (last == 'Z' || last == 'z') {
                return Instant.parse(text.toUpperCase(Locale.ROOT));
            }
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    private static boolean hasOffset(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'Z' || last == 'z' || text.indexOf('+', 19) > 0 || text.indexOf('-', 19) > 0;
    }

    // ---- where values live ----

    /** Resolves paths: against a resource type, or (inside brackets) against one element of an attribute. */
    private record Scope(JsonObject object, ResourceType type, Attribute owner, boolean element,
                         boolean multiValued) {

        Scope element(JsonObject value, Attribute ownerAttribute, boolean ofSeveral) {
            return new Scope(value, null, ownerAttribute, true, ofSeveral);
        }

        Target target(AttributePath path) {
            if (element) {
                Attribute sub = owner == null || path.schemaUrn() != null || path.subAttribute() != null ? null
                        : owner.subAttribute(path.name()).orElse(null);
                Target target = sub != null ? Target.of(object, null, sub.name(), null, sub)
                        : Target.of(object, null, path.name(), path.subAttribute(), null);
                return multiValued && path.subAttribute() == null && AttributeNames.same(path.name(), PRIMARY)
                        ? target.withDefaultedPrimary() : target;
            }
            ResolvedAttribute resolved = REGISTRY.resolve(type, path.schemaUrn(), path.name(), path.subAttribute())
                    .orElse(null);
            if (resolved == null) {
                if (path.schemaUrn() == null && path.subAttribute() == null
                        && AttributeNames.same(path.name(), SCHEMAS.name())) {
                    return Target.of(object, null, SCHEMAS.name(), null, SCHEMAS);
                }
                String urn = path.schemaUrn() == null || AttributeNames.same(path.schemaUrn(), type.schema())
                        ? null : path.schemaUrn();
                return Target.of(object, urn, path.name(), path.subAttribute(), null);
            }
            String urn = resolved.extension() ? resolved.schema().id() : null;
            Attribute top = resolved.topLevel();
            if (resolved.parent() == null) {
                return Target.of(object, urn, top.name(), null, resolved.attribute());
            }
            Target target = Target.of(object, urn, top.name(), resolved.attribute().name(), resolved.attribute());
            return top.multiValued() && AttributeNames.same(resolved.attribute().name(), PRIMARY)
                    ? target.withDefaultedPrimary() : target;
        }
    }

    /**
     * The values a path names in one object.
     *
     * @param attribute the definition (the sub-attribute's, for a sub-attribute path), or {@code null}
     * @param subPath   whether the path names a sub-attribute
     * @param top       the raw top-level value, or {@code null}
     * @param values    every value, arrays flattened (JSON nulls included)
     * @param primary   the primary (else first) element's value, for multi-valued ordering by that value
     * @param member    whether the attribute appears at all, whatever its value
     * @param defaulted for the {@code primary} of elements of a multi-valued attribute, the values with
     *                  {@code false} where an element has none (RFC 7643 §2.4); else {@code null}
     */
    private record Target(Attribute attribute, boolean subPath, JsonValue top, String subName, List<JsonValue> values,
                          List<JsonValue> primary, boolean member, List<JsonValue> defaulted) {

        static Target of(JsonObject object, String urn, String name, String subName, Attribute attribute) {
            JsonObject base = object;
            if (urn != null) {
                base = AttributeNames.get(object, urn) instanceof JsonObject extension ? extension : null;
            }
            JsonValue top = base == null ? null : AttributeNames.get(base, name);
            return read(attribute, top, subName);
        }

        private static Target read(Attribute attribute, JsonValue top, String subName) {
            List<JsonValue> values = new ArrayList<>();
            boolean member = top != null;
            if (subName == null) {
                flatten(top, values);
            } else if (top instanceof JsonObject complex) {
                JsonValue value = AttributeNames.get(complex, subName);
                member = value != null;
                flatten(value, values);
            } else if (top instanceof JsonArray array) {
                member = false;
                for (JsonValue item : array) {
                    if (item instanceof JsonObject element) {
                        JsonValue value = AttributeNames.get(element, subName);
                        member |= value != null;
                        flatten(value, values);
                    }
                }
            } else {
                member = false;
            }
            List<JsonValue> primary = new ArrayList<>();
            JsonValue chosen = top instanceof JsonArray array ? primaryOrFirst(array) : top;
            if (subName != null && chosen instanceof JsonObject complex) {
                chosen = AttributeNames.get(complex, subName);
            } else if (subName != null) {
                chosen = null;
            }
            if (chosen instanceof JsonArray array) {
                chosen = array.isEmpty() ? null : array.get(0);
            }
            if (chosen != null) {
                primary.add(chosen);
            }
            return new Target(attribute, subName != null, top, subName, values, primary, member, null);
        }

        /** @return this target knowing its values when an unassigned {@code primary} is {@code false} */
        Target withDefaultedPrimary() {
            List<JsonValue> withDefaults = new ArrayList<>();
            if (subName == null) {
                if (top == null || top == JsonValue.NULL) {
                    withDefaults.add(JsonValue.FALSE);
                } else {
                    flatten(top, withDefaults);
                }
            } else if (top instanceof JsonArray array) {
                for (JsonValue item : array) {
                    if (item instanceof JsonObject element) {
                        JsonValue value = AttributeNames.get(element, subName);
                        if (value == null || value == JsonValue.NULL) {
                            withDefaults.add(JsonValue.FALSE);
                        } else {
                            flatten(value, withDefaults);
                        }
                    }
                }
            }
            return new Target(attribute, subPath, top, subName, values, primary, member, withDefaults);
        }

        /** @return the target as the reading "an unassigned primary is false" sees it */
        Target asDefaulted() {
            return new Target(attribute, subPath, top, subName, defaulted, defaulted, member || !defaulted.isEmpty(),
                    null);
        }

        /** The same place one level down: the {@code value} sub-attribute of a complex attribute. */
        Target sub(Attribute value) {
            return read(value, top, value.name());
        }

        boolean multiValued() {
            return top instanceof JsonArray;
        }

        private static void flatten(JsonValue value, List<JsonValue> into) {
            if (value instanceof JsonArray array) {
                into.addAll(array);
            } else if (value != null) {
                into.add(value);
            }
        }

        private static JsonValue primaryOrFirst(JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject element && AttributeNames.get(element, "primary") == JsonValue.TRUE) {
                    return element;
                }
            }
            return array.isEmpty() ? null : array.get(0);
        }
    }
}
