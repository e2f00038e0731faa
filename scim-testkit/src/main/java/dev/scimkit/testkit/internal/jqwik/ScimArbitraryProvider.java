package dev.scimkit.testkit.internal.jqwik;

import dev.scimkit.core.Group;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.User;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.PatchPath;
import dev.scimkit.testkit.ScimArbitraries;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes bare {@code @ForAll User} (and {@code Group}, {@code Filter}, {@code PatchRequest},
 * {@code AttributePath}, {@code PatchPath}) work: registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, found by jqwik through
 * {@link java.util.ServiceLoader}.
 */
public final class ScimArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = Map.of(
            User.class, ScimArbitraries::users,
            Group.class, ScimArbitraries::groups,
            Filter.class, ScimArbitraries::filters,
            PatchRequest.class, ScimArbitraries::patchRequests,
            AttributePath.class, ScimArbitraries::attributePaths,
            PatchPath.class, ScimArbitraries::patchPaths);

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public ScimArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return DEFAULTS.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> entry : DEFAULTS.entrySet()) {
            if (targetType.isOfType(entry.getKey())) {
                return Set.of(entry.getValue().get());
            }
        }
        return Set.of();
    }
}
