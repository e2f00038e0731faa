package dev.scimkit.testkit.internal.server;

import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import dev.scimkit.core.json.ScimJson;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone fake: {@code java -jar zoom-scim-fake.jar [--port N] [--token T] [--profile zoom|scim]
 * [--seed N]}. Prints the base URL and the bearer token, then serves on 127.0.0.1 until stopped
 * (Ctrl-C). {@code --seed N} stores N users ({@code user1@example.com} …) before serving.
 */
public final class FakeServerMain {

    private FakeServerMain() {
    }

    /**
     * @param args the command line
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        ZoomScimFake fake;
        int seed;
        try {
            ZoomScimFake.Builder builder = ZoomScimFake.builder();
            seed = 0;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    usage(System.out);
                    return;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--port" -> builder.port(integer(option, value));
                    case "--token" -> builder.token(value);
                    case "--profile" -> builder.profile(profile(value));
                    case "--seed" -> seed = integer(option, value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (seed < 0) {
                throw new IllegalArgumentException("--seed must not be negative");
            }
            if (seed > 9_999) {
                builder.basicUserCap(0);
            }
            fake = builder.start();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("zoom-scim-fake: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        for (int i = 1; i <= seed; i++) {
            fake.seedUser(ScimJson.builders().createObjectBuilder()
                    .add("userName", "user" + i + "@example.com")
                    .add("name", ScimJson.builders().createObjectBuilder()
                            .add("givenName", "User").add("familyName", Integer.toString(i)))
                    .add("emails", ScimJson.builders().createArrayBuilder().add(ScimJson.builders()
                            .createObjectBuilder().add("type", "work").add("value", "user" + i + "@example.com")
                            .add("primary", true)))
                    .build());
        }
        System.out.println("Zoom SCIM fake (" + fake.profile().name().toLowerCase(Locale.ROOT) + " profile) serving "
                + seed + " users");
        System.out.println("Base URL: " + fake.baseUri());
        System.out.println("Token:    " + fake.token());
        System.out.println("Try:      curl -H 'Authorization: Bearer " + fake.token() + "' '" + fake.baseUri()
                + "/Users?startIndex=1&count=1'");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "zoom-scim-fake-shutdown"));
        stopped.await();
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer but got '" + value + "'");
        }
    }

    private static FakeProfile profile(String value) {
        for (FakeProfile profile : FakeProfile.values()) {
            if (profile.name().equalsIgnoreCase(value)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("--profile must be zoom or scim but was '" + value + "'");
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar zoom-scim-fake.jar [--port N] [--token T] [--profile zoom|scim] [--seed N]");
    }
}
