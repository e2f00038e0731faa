package dev.scimkit.filter;

import dev.scimkit.filter.internal.eval.Matcher;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A {@link Filter} prepared for repeated evaluation by a {@link FilterEvaluator}: attribute paths
 * are resolved against the schemas and constants normalised once, so testing many resources only
 * walks their JSON. Immutable and thread-safe.
 *
 * <p>Depending on how it was compiled it tests whole resources
 * ({@link FilterEvaluator#compile(Filter, dev.scimkit.core.schema.ResourceType)}) or single elements
 * of a multi-valued attribute ({@link FilterEvaluator#compileElementFilter(Filter, dev.scimkit.core.schema.Attribute)}).
 */
public final class CompiledFilter implements Predicate<JsonObject> {

    private final Filter filter;
    private final Matcher matcher;

    CompiledFilter(Filter filter, Matcher matcher) {
        this.filter = filter;
        this.matcher = matcher;
    }

    /**
     * @param object the resource (or element) to test
     * @return whether it matches the filter
     * @throws NullPointerException if {@code object} is null
     */
    @Override
    public boolean test(JsonObject object) {
        Objects.requireNonNull(object, "object is null");
        return matcher.matches(object);
    }

    /** @return the filter this was compiled from */
    public Filter filter() {
        return filter;
    }

    /** @return the filter's canonical text */
    @Override
    public String toString() {
        return filter.toString();
    }
}
