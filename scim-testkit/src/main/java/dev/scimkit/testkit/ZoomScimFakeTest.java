package dev.scimkit.testkit;

import dev.scimkit.testkit.internal.junit.ZoomScimFakeExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class or method with a started {@link ZoomScimFake} injected as a parameter of
 * test methods, lifecycle methods or constructors.
 *
 * <pre>{@code
 * @ZoomScimFakeTest
 * class ProvisioningTest {
 *     @Test
 *     void create_sendsPost(ZoomScimFake fake) throws Exception {
 *         // ... point the code under test at fake.baseUri() and fake.token()
 *         assertThat(fake.takeRequest().method()).isEqualTo("POST");
 *     }
 * }
 * }</pre>
 *
 * <p>Every test sees a fresh fake state: a fake injected into a test method is started for that test
 * and closed after it; one injected into {@code @BeforeAll} (or a per-class constructor) is shared by
 * the class and {@link ZoomScimFake#reset() reset} after each test. A test that leaves queued faults
 * unused fails, listing them. Fakes use the {@link #profile()} given here and defaults otherwise; build
 * one with {@link ZoomScimFake#builder()} when a test needs more configuration.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ZoomScimFakeExtension.class)
public @interface ZoomScimFakeTest {

    /** @return the profile of injected fakes; default {@link FakeProfile#ZOOM} */
    FakeProfile profile() default FakeProfile.ZOOM;
}
