package dev.scimkit.testkit.internal.server;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.testkit.FakeProfile;
import dev.scimkit.testkit.ZoomScimFake;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

/**
 * The standalone fake: {@code java -jar zoom-scim-fake.jar [options]} (see {@link #OPTIONS} or
 * {@code --help}). Prints a banner (profile, base URL, token, an example) ending with the ready line
 * {@code Ready: <base URL>} once the port serves and seeding is done, then serves on 127.0.0.1 until
 * stopped (Ctrl-C, SIGTERM).
 *
 * <p>Exit status: 0 after {@code --help}; 2 for a usage error (unknown option, missing or bad value);
 * 1 when the fake cannot start (port taken, seeding failed), with the reason on stderr and the port
 * released; on SIGTERM the fake closes and the JVM exits with 143.
 */
public final class FakeServerMain {

    private static final String USAGE = "usage: java -jar zoom-scim-fake.jar [options]";

    /** What the command line sets, before the fake starts. */
    private static final class Settings {
        final ZoomScimFake.Builder builder = ZoomScimFake.builder();
        int seed;
    }

    /**
     * One option: {@code --name VALUE} (or {@code --name=VALUE}).
     *
     * @param name        the option, with its dashes
     * @param value       what the value is, for the help text
     * @param description what it does, with its default
     * @param apply       sets it (throws {@link IllegalArgumentException} for a bad value)
     */
    private record Option(String name, String value, String description, BiConsumer<Settings, String> apply) {
    }

    private static final List<Option> OPTIONS = List.of(
            new Option("--port", "N", "port on 127.0.0.1 (default: any free port)",
                    (s, v) -> s.builder.port(integer("--port", v))),
            new Option("--token", "T", "the bearer token to accept (default: random)",
                    (s, v) -> s.builder.token(v)),
            new Option("--profile", "zoom|scim", "Zoom's behaviour or a full RFC 7644 service (default: zoom)",
                    (s, v) -> s.builder.profile(profile(v))),
            new Option("--seed", "N", "store N users user1@example.com ... before serving (default: 0)",
                    (s, v) -> s.seed = seedCount(v)),
            new Option("--read-timeout-ms", "N", "a request must arrive within N ms of its first byte, else 408;"
                    + " idle connections close after it (default: 30000)",
                    (s, v) -> s.builder.readTimeout(Duration.ofMillis(integer("--read-timeout-ms", v)))),
            new Option("--journal-bytes", "N", "the request journal keeps at most N bytes; bodies over N/512"
                    + " are truncated (default: 67108864)",
                    (s, v) -> s.builder.journalBytes(longInteger("--journal-bytes", v))));

    private FakeServerMain() {
    }

    /**
     * @param args the command line
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Settings settings = new Settings();
        try {
            if (!parse(args, settings)) {
                usage(System.out);
                return;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("zoom-scim-fake: " + e.getMessage());
            System.err.println(USAGE + " (--help lists the options)");
            System.exit(2);
            return;
        }
        ZoomScimFake fake = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "zoom-scim-fake-shutdown"));
        banner(fake, settings.seed);
        stopped.await();
    }

    /** @return false when help was asked for */
    private static boolean parse(String[] args, Settings settings) {
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (argument.equals("--help") || argument.equals("-h")) {
                return false;
            }
            int equals = argument.indexOf('=');
            String name = argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument;
            Option option = OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option " + name));
            if (!given.add(name)) {
                throw new IllegalArgumentException("option " + name + " is given twice");
            }
            String value;
            if (equals > 0 && name.length() < argument.length()) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + name + " needs a value (" + option.value() + ")");
            }
            option.apply().accept(settings, value);
        }
        if (settings.seed > 9_999) {
            settings.builder.basicUserCap(0);
        }
        return true;
    }

    /** Starts and seeds the fake, or exits 1 with the reason on stderr (the port released). */
    private static ZoomScimFake start(Settings settings) {
        ZoomScimFake fake;
        try {
            fake = settings.builder.start();
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("zoom-scim-fake: cannot start: " + e.getMessage());
            System.exit(1);
            return null;
        }
        try {
            for (int i = 1; i <= settings.seed; i++) {
                fake.seedUser(seedUser(i));
            }
            return fake;
        } catch (RuntimeException e) {
            fake.close();
            System.err.println("zoom-scim-fake: cannot seed users: " + e.getMessage());
            System.exit(1);
            return null;
        }
    }

    private static jakarta.json.JsonObject seedUser(int i) {
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder()
                        .add("urn:ietf:params:scim:schemas:core:2.0:User"))
                .add("userName", "user" + i + "@example.com")
                .add("name", ScimJson.builders().createObjectBuilder()
                        .add("givenName", "User").add("familyName", Integer.toString(i)))
                .add("emails", ScimJson.builders().createArrayBuilder().add(ScimJson.builders()
                        .createObjectBuilder().add("type", "work").add("value", "user" + i + "@example.com")
                        .add("primary", true)))
                .build();
    }

    private static void banner(ZoomScimFake fake, int seed) {
        System.out.println("Zoom SCIM fake (" + fake.profile().name().toLowerCase(Locale.ROOT) + " profile) serving "
                + seed + " users");
        System.out.println("Base URL: " + fake.baseUri());
        System.out.println("Token:    " + fake.token());
        System.out.println("Try:      curl -H 'Authorization: Bearer " + fake.token() + "' '" + fake.baseUri()
                + "/Users?startIndex=1&count=1'");
        System.out.println("Ready: " + fake.baseUri());
        System.out.flush();
    }

    private static int integer(String option, String value) {
        long parsed = longInteger(option, value);
        if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(option + " is out of range: '" + value + "'");
        }
        return (int) parsed;
    }

    private static long longInteger(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer but got '" + value + "'");
        }
    }

    private static int seedCount(String value) {
        int seed = integer("--seed", value);
        if (seed < 0) {
            throw new IllegalArgumentException("--seed must not be negative");
        }
        return seed;
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
        out.println(USAGE);
        out.println();
        out.println("Serves an in-memory fake of Zoom's SCIM API on 127.0.0.1 until stopped. Prints the base URL");
        out.println("and token, then a line 'Ready: <base URL>' once it serves.");
        out.println();
        for (Option option : OPTIONS) {
            String left = "  " + option.name() + " " + option.value();
            out.println(left + " ".repeat(Math.max(1, 28 - left.length())) + option.description());
        }
        out.println("  --help" + " ".repeat(20) + "this text");
        out.println();
        out.println("Exit status: 0 after --help; 2 for a usage error; 1 if the fake cannot start (port taken,");
        out.println("seeding failed); 143 when stopped by SIGTERM.");
    }
}
