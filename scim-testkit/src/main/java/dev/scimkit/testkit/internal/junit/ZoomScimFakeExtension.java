package dev.scimkit.testkit.internal.junit;

import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import dev.scimkit.testkit.ZoomScimFakeTest;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Backs {@link ZoomScimFakeTest}: starts a {@link ZoomScimFake} per extension context (test method, or
 * class for {@code @BeforeAll}), closes it with that context, resets shared ones after each test and
 * fails tests that leave queued faults unused.
 */
public final class ZoomScimFakeExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ZoomScimFakeExtension.class);
    private static final String KEY = "fake";

    /** Creates the extension (JUnit instantiates it). */
    public ZoomScimFakeExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ZoomScimFake.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // Store lookups are hierarchical: a fake started for the class (in @BeforeAll) is found here.
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> new ClosableFake(start(context)), ClosableFake.class)
                .fake();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClosableFake holder = context.getStore(NAMESPACE).get(KEY, ClosableFake.class);
        if (holder == null) {
            return;
        }
        List<String> unused = holder.fake().unusedFaults();
        boolean shared = context.getParent()
                .map(parent -> parent.getStore(NAMESPACE).get(KEY, ClosableFake.class))
                .isPresent();
        if (shared) {
            holder.fake().reset();
        }
        if (!unused.isEmpty()) {
            throw new AssertionError("the test left " + unused.size() + " queued fault(s) unused: " + unused);
        }
    }

    private static ZoomScimFake start(ExtensionContext context) {
        FakeProfile profile = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, ZoomScimFakeTest.class))
                .or(() -> context.getTestClass()
                        .flatMap(type -> AnnotationSupport.findAnnotation(type, ZoomScimFakeTest.class)))
                .map(ZoomScimFakeTest::profile)
                .orElse(FakeProfile.ZOOM);
        return ZoomScimFake.builder().profile(profile).start();
    }

    /** Closes the fake when JUnit closes the store it lives in. */
    private record ClosableFake(ZoomScimFake fake) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            fake.close();
        }
    }
}
