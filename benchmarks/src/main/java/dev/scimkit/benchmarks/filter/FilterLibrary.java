package dev.scimkit.benchmarks.filter;

import com.unboundid.scim2.common.utils.JsonUtils;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.ResourceType;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import jakarta.json.JsonObject;

/**
 * Adapts each filter library to the three operations the benchmarks measure: parse a string,
 * prepare a filter for evaluation, and evaluate a prepared filter against a prepared resource.
 */
public enum FilterLibrary {

    /** scimkit: {@code Filter.parse}; evaluation through a {@link CompiledFilter} (paths resolved once). */
    SCIMKIT {
        private final ResourceType user = SchemaRegistry.defaults().resourceType("User").orElseThrow();

        @Override
        Object parse(String text) {
            return Filter.parse(text);
        }

        @Override
        Object prepare(String text) {
            return FilterEvaluator.defaults().compile(Filter.parse(text), user);
        }

        @Override
        Object resource(String json) {
            return ScimJson.parseObject(json);
        }

        @Override
        boolean evaluate(Object prepared, Object resource) {
            return ((CompiledFilter) prepared).test((JsonObject) resource);
        }
    },

    /** scimkit without compiling first: {@code Filter.test(JsonObject)} resolves paths on every call. */
    SCIMKIT_UNCOMPILED {
        @Override
        Object parse(String text) {
            return Filter.parse(text);
        }

        @Override
        Object prepare(String text) {
            return Filter.parse(text);
        }

        @Override
        Object resource(String json) {
            return ScimJson.parseObject(json);
        }

        @Override
        boolean evaluate(Object prepared, Object resource) {
            return ((Filter) prepared).test((JsonObject) resource);
        }
    },

    /** UnboundID SCIM 2 SDK 6.0.0: hand-written parser, {@code FilterEvaluator.evaluate} on Jackson trees. */
    UNBOUNDID {
        @Override
        Object parse(String text) {
            try {
                return com.unboundid.scim2.common.filters.Filter.fromString(text);
            } catch (Exception e) {
                throw new IllegalStateException(text, e);
            }
        }

        @Override
        Object prepare(String text) {
            return parse(text);
        }

        @Override
        Object resource(String json) {
            try {
                return JsonUtils.getObjectReader().readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        boolean evaluate(Object prepared, Object resource) {
            try {
                return com.unboundid.scim2.common.utils.FilterEvaluator.evaluate(
                        (com.unboundid.scim2.common.filters.Filter) prepared, (tools.jackson.databind.JsonNode) resource);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    },

    /** Apache SCIMple 1.0.0-M1: ANTLR-generated parser ({@code new Filter(String)}); parsing only. */
    SCIMPLE {
        @Override
        Object parse(String text) {
            try {
                return new org.apache.directory.scim.spec.filter.Filter(text);
            } catch (Exception e) {
                throw new IllegalStateException(text, e);
            }
        }

        @Override
        Object prepare(String text) {
            throw new UnsupportedOperationException("SCIMple is measured for parsing only");
        }

        @Override
        Object resource(String json) {
            throw new UnsupportedOperationException("SCIMple is measured for parsing only");
        }

        @Override
        boolean evaluate(Object prepared, Object resource) {
            throw new UnsupportedOperationException("SCIMple is measured for parsing only");
        }
    };

    abstract Object parse(String text);

    abstract Object prepare(String text);

    abstract Object resource(String json);

    abstract boolean evaluate(Object prepared, Object resource);
}
