package dev.scimkit.filter.internal.eval;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.schema.Attribute;
import dev.scimkit.core.schema.AttributeType;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * Compiles a {@link Filter} into {@link Matcher}s against a {@link Scope}: attribute paths are
 * resolved and constants normalised (numbers to {@code BigDecimal}, dateTimes to {@code Instant})
 * once, so evaluation only walks JSON.
 *
 * <p>Problems the filter itself has — an unknown attribute, a constant of the wrong type, ordering
 * booleans or complex values, substring operators on numbers — are a 400 {@code invalidFilter} in
 * strict mode; in lenient mode that comparison matches nothing.
 */
public final class FilterCompiler {

    /** Stands in for attributes without a definition: a string that is not caseExact. */
    private static final Attribute UNDEFINED_STRING = Attribute.builder("undefined", AttributeType.STRING).build();

    private final Scope scope;
    private final boolean strict;

    /**
     * @param scope  where paths resolve
     * @param strict whether problems of the filter throw (else they match nothing)
     */
    public FilterCompiler(Scope scope, boolean strict) {
        this.scope = scope;
        this.strict = strict;
    }

    /**
     * @param filter the filter
     * @return the compiled form
     * @throws ScimException 400 {@code invalidFilter} in strict mode, if the filter does not fit the scope
     */
    public Matcher compile(Filter filter) {
        if (filter instanceof Filter.And and) {
            return new Matchers.And(compile(and.left()), compile(and.right()));
        }
        if (filter instanceof Filter.Or or) {
            return new Matchers.Or(compile(or.left()), compile(or.right()));
        }
        if (filter instanceof Filter.Not not) {
            return new Matchers.Not(compile(not.filter()));
        }
        if (filter instanceof Filter.Presence presence) {
            return new Matchers.Compare(access(filter, presence.path()), ValueTests.PRESENT, false);
        }
        if (filter instanceof Filter.Comparison comparison) {
            return comparison(comparison, access(filter, comparison.path()));
        }
        return valuePath((Filter.ValuePath) filter);
    }

    private AttributeAccess access(Filter filter, dev.scimkit.filter.AttributePath path) {
        AttributeAccess access = scope.resolve(path);
        if (access != null) {
            return access;
        }
        if (strict) {
            throw problem("'" + filter + "' names attribute '" + path + "', which " + scope.describe()
                    + " does not define");
        }
        return scope.undefined(path);
    }

    private Matcher valuePath(Filter.ValuePath valuePath) {
        AttributeAccess access = access(valuePath, valuePath.path());
        Attribute owner = access.attribute();
        if (owner != null && !owner.isComplex()) {
            return mismatch(valuePath, "'" + valuePath.path() + "' is not a complex attribute, so it has no "
                    + "elements to filter");
        }
        Matcher element = new FilterCompiler(Scope.element(owner, valuePath.path().toString()), strict)
                .compile(valuePath.filter());
        return new Matchers.ValuePath(access, element);
    }

    private Matcher comparison(Filter.Comparison comparison, AttributeAccess access) {
        ComparisonOperator op = comparison.op();
        JsonValue constant = comparison.value();
        if (constant.getValueType() == JsonValue.ValueType.NULL) {
            if (op == ComparisonOperator.EQ || op == ComparisonOperator.NE) {
                // eq null: no value at all; ne null: some value
                return new Matchers.Compare(access, ValueTests.PRESENT, op == ComparisonOperator.EQ);
            }
            return mismatch(comparison, "null can only be compared with eq and ne");
        }
        Attribute attribute = access.attribute();
        if (attribute != null && attribute.isComplex()) {
            Optional<Attribute> value = attribute.subAttribute("value");
            if (value.isEmpty() || access.parent() != null) {
                return mismatch(comparison, "'" + comparison.path() + "' is complex; compare one of its "
                        + "sub-attributes instead");
            }
            access = access.sub(value.get());
            attribute = value.get();
        }
        AttributeType type = attribute != null ? attribute.type() : undefinedType(constant);
        boolean negate = op == ComparisonOperator.NE;
        ComparisonOperator test = negate ? ComparisonOperator.EQ : op;
        switch (type) {
            case STRING, REFERENCE, BINARY -> {
                if (!(constant instanceof JsonString string)) {
                    return mismatch(comparison, "'" + comparison.path() + "' holds strings");
                }
                Attribute rules = attribute != null ? attribute : UNDEFINED_STRING;
                return new Matchers.Compare(access, new ValueTests.StringTest(test, string.getString(), rules), negate);
            }
            case BOOLEAN -> {
                if (op != ComparisonOperator.EQ && op != ComparisonOperator.NE) {
                    return mismatch(comparison, "booleans can only be compared with eq and ne");
                }
                if (constant.getValueType() != JsonValue.ValueType.TRUE
                        && constant.getValueType() != JsonValue.ValueType.FALSE) {
                    return mismatch(comparison, "'" + comparison.path() + "' holds booleans (true or false)");
                }
                return new Matchers.Compare(access,
                        new ValueTests.BooleanTest(constant.getValueType() == JsonValue.ValueType.TRUE), negate);
            }
            case INTEGER, DECIMAL -> {
                if (op.isSubstring()) {
                    return mismatch(comparison, "numbers cannot be compared with " + op.token());
                }
                if (!(constant instanceof JsonNumber number)) {
                    return mismatch(comparison, "'" + comparison.path() + "' holds numbers");
                }
                return new Matchers.Compare(access, new ValueTests.NumberTest(test, number.bigDecimalValue()), negate);
            }
            case DATE_TIME -> {
                if (!(constant instanceof JsonString string)) {
                    return mismatch(comparison, "'" + comparison.path() + "' holds dateTimes such as "
                            + "\"2011-05-13T04:42:34Z\"");
                }
                if (op.isSubstring()) {
                    return new Matchers.Compare(access, new ValueTests.StringTest(op, string.getString(), attribute), false);
                }
                Instant instant = DateTimes.parse(string.getString());
                if (instant == null) {
                    return mismatch(comparison, "\"" + string.getString() + "\" is not a dateTime such as "
                            + "\"2011-05-13T04:42:34Z\"");
                }
                return new Matchers.Compare(access, new ValueTests.DateTimeTest(test, instant), negate);
            }
            default -> {
                return mismatch(comparison, "'" + comparison.path() + "' cannot be compared");
            }
        }
    }

    /** Without a definition the constant decides how values are compared. */
    private static AttributeType undefinedType(JsonValue constant) {
        return switch (constant.getValueType()) {
            case NUMBER -> AttributeType.DECIMAL;
            case TRUE, FALSE -> AttributeType.BOOLEAN;
            default -> AttributeType.STRING;
        };
    }

    private Matcher mismatch(Filter filter, String reason) {
        if (strict) {
            throw problem("cannot evaluate '" + filter + "': " + reason);
        }
        return Matchers.NEVER;
    }

    private static ScimException problem(String detail) {
        return ScimException.badRequest(ScimException.INVALID_FILTER, detail);
    }
}
