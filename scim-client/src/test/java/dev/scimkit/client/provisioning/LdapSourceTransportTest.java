package dev.scimkit.client.provisioning;

import static dev.scimkit.client.provisioning.LdapFixture.BIND_DN;
import static dev.scimkit.client.provisioning.LdapFixture.PASSWORD;
import static dev.scimkit.client.provisioning.LdapFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.client.provisioning.LdapSourceException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link LdapSource}'s transport: ldaps, StartTLS, certificate checks, timeouts, unreachable servers. */
@Timeout(60) // a hang guard only: each wait inside has a deadline of at most a second
class LdapSourceTransportTest {

    private static final String START_TLS_OID = "1.3.6.1.4.1.1466.20037";

    private static final String GROUPS_DN = STAFF; // the group base defaults to the base DN

    private static LdapFixture directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new LdapFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        directory.close();
    }

    @Test
    void ldaps_privateCaTrusted_readsOverTls() {
        LdapSource source = LdapSource.builder().url(directory.ldapsUrl()).trustedCertificates(directory.caCertificate())
                .bind(BIND_DN, PASSWORD.toCharArray()).baseDn(STAFF).build();

        assertThat(source.read()).hasSize(3);
    }

    @Test
    void ldaps_hostNameInCertificate_isAccepted() {
        URI byName = URI.create(directory.ldapsUrl().toString().replace("127.0.0.1", "localhost"));
        LdapSource source = LdapSource.builder().url(byName).trustedCertificates(directory.caCertificate())
                .baseDn(STAFF).withoutGroups().build();

        assertThat(source.read()).hasSize(3);
    }

    @Test
    void ldaps_certificateNotTrusted_isATlsError() {
        LdapSource source = LdapSource.builder().url(directory.ldapsUrl()).bind(BIND_DN, PASSWORD.toCharArray())
                .baseDn(STAFF).build(); // the JVM's default trust store does not know the test CA

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

        assertThat(e.reason()).isEqualTo(Reason.TLS);
        assertThat(e.getCause()).isInstanceOf(SSLException.class);
        assertThat(e).hasMessageContaining("PKIX path building failed");
        assertThat(e.getMessage()).doesNotContain(PASSWORD).doesNotContain(BIND_DN);
    }

    @Test
    void ldaps_trustedCertificateForAnotherHost_isATlsError() {
        LdapSource source = LdapSource.builder().url(directory.ldapsWrongHostUrl())
                .trustedCertificates(directory.caCertificate()).bind(BIND_DN, PASSWORD.toCharArray()).baseDn(STAFF)
                .build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

        assertThat(e.reason()).isEqualTo(Reason.TLS);
        assertThat(e).hasMessageContaining("127.0.0.1");
    }

    @Test
    void startTls_passwordNeverCrossesTheWireInClearText() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(directory.ldapUrl().getPort())) {
            LdapSource source = LdapSource.builder().url(proxy.url()).startTls(true)
                    .trustedCertificates(directory.caCertificate()).bind(BIND_DN, PASSWORD.toCharArray())
                    .baseDn(STAFF).build();

            assertThat(source.read()).hasSize(3);

            assertThat(proxy.clientBytes()).contains(START_TLS_OID).doesNotContain(PASSWORD).doesNotContain(BIND_DN);
            assertThat(source.toString()).contains("with StartTLS");
        }
    }

    @Test
    void plainLdap_toLoopback_sendsThePasswordInClearText_theControlForTheStartTlsTest() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(directory.ldapUrl().getPort())) {
            LdapSource source = LdapSource.builder().url(proxy.url()).bind(BIND_DN, PASSWORD.toCharArray())
                    .baseDn(STAFF).build();

            assertThat(source.read()).hasSize(3);

            assertThat(proxy.clientBytes()).contains(PASSWORD).doesNotContain(START_TLS_OID);
        }
    }

    @Test
    void read_serverAcceptsButNeverAnswersTheSearch_readTimeoutFires() throws Exception {
        try (SilentServer silent = new SilentServer(false)) {
            LdapSource source = LdapSource.builder().url(silent.url("ldap")).baseDn(STAFF)
                    .readTimeout(Duration.ofMillis(321)).connectTimeout(Duration.ofSeconds(20)).build();

            LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e).hasMessageContaining("searching " + GROUPS_DN + " for groups failed")
                    .hasMessageContaining("timed out").hasMessageContaining("321");
            assertThat(silent.connections()).isEqualTo(1);
        }
    }

    @Test
    void read_serverAcceptsButNeverAnswersTheBind_connectTimeoutBoundsIt() throws Exception {
        try (SilentServer silent = new SilentServer(false)) {
            LdapSource source = LdapSource.builder().url(silent.url("ldap")).bind(BIND_DN, PASSWORD.toCharArray())
                    .baseDn(STAFF).connectTimeout(Duration.ofMillis(321)).build(); // JNDI binds as part of connecting

            LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e).hasMessageContaining("connecting and binding failed").hasMessageContaining("timed out")
                    .hasMessageContaining("321");
            assertThat(e.getMessage()).doesNotContain(PASSWORD).doesNotContain(BIND_DN);
        }
    }

    @Test
    void ldaps_serverNeverAnswersTheHandshake_connectTimeoutFires() throws Exception {
        try (SilentServer silent = new SilentServer(false)) {
            LdapSource source = LdapSource.builder().url(silent.url("ldaps"))
                    .trustedCertificates(directory.caCertificate()).baseDn(STAFF)
                    .connectTimeout(Duration.ofMillis(300)).build();

            LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void startTls_serverAcceptsStartTlsThenNeverAnswersTheHandshake_timesOut() throws Exception {
        try (SilentServer silent = new SilentServer(true)) {
            LdapSource source = LdapSource.builder().url(silent.url("ldap")).startTls(true)
                    .trustedCertificates(directory.caCertificate()).bind(BIND_DN, PASSWORD.toCharArray())
                    .baseDn(STAFF).readTimeout(Duration.ofMillis(300)).build();

            LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e).hasMessageContaining("TLS negotiation after StartTLS failed");
            assertThat(silent.received()).noneMatch(request -> request.contains(BIND_DN));
        }
    }

    @Test
    void read_nothingListening_isAConnectionError() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        LdapSource source = LdapSource.builder().url(URI.create("ldap://127.0.0.1:" + port)).baseDn(STAFF).build();

        LdapSourceException e = catchThrowableOfType(LdapSourceException.class, source::read);

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION);
        assertThat(e.server()).isEqualTo("ldap://127.0.0.1:" + port);
        assertThat(e).hasMessageStartingWith("LDAP source ldap://127.0.0.1:" + port + ": connecting failed");
    }

    /** Forwards one port to another, keeping every byte the client sent. */
    private static final class RecordingProxy implements AutoCloseable {

        private final ServerSocket server;
        private final int target;
        private final java.io.ByteArrayOutputStream fromClient = new java.io.ByteArrayOutputStream();
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        RecordingProxy(int target) throws IOException {
            this.server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
            this.target = target;
            Thread acceptor = new Thread(this::accept, "recording-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url() {
            return URI.create("ldap://127.0.0.1:" + server.getLocalPort());
        }

        String clientBytes() {
            synchronized (fromClient) {
                return fromClient.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getByName("127.0.0.1"), target);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream, true);
                    pump(upstream, client, false);
                }
            } catch (IOException closed) {
                // close() ends the loop
            }
        }

        private void pump(Socket from, Socket to, boolean record) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        if (record) {
                            synchronized (fromClient) {
                                fromClient.write(buffer, 0, n);
                            }
                        }
                        to.getOutputStream().write(buffer, 0, n);
                    }
                } catch (IOException ended) {
                    // either side closed
                } finally {
                    try {
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "recording-proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * Accepts connections and never answers; or, with {@code answerStartTls}, answers the first
     * request (StartTLS) with success and then stays silent through the TLS handshake.
     */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket server;
        private final boolean answerStartTls;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final List<String> received = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentServer(boolean answerStartTls) throws IOException {
            this.server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
            this.answerStartTls = answerStartTls;
            this.acceptor = new Thread(this::accept, "silent-ldap");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url(String scheme) {
            return URI.create(scheme + "://127.0.0.1:" + server.getLocalPort());
        }

        int connections() {
            return sockets.size();
        }

        List<String> received() {
            return received;
        }

        private void accept() {
            try {
                while (true) {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    if (answerStartTls) {
                        answerFirstRequest(socket);
                    }
                }
            } catch (IOException closed) {
                // close() ends the loop
            }
        }

        private void answerFirstRequest(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            byte[] request = new byte[512];
            int n = in.read(request);
            if (n < 5) {
                return;
            }
            received.add(new String(request, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            // LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp } - short lengths in JNDI's request
            int idLength = request[3];
            byte[] id = java.util.Arrays.copyOfRange(request, 4, 4 + idLength);
            // ExtendedResponse [APPLICATION 24] { resultCode success, matchedDN "", diagnosticMessage "" }
            byte[] op = {0x78, 0x07, 0x0a, 0x01, 0x00, 0x04, 0x00, 0x04, 0x00};
            byte[] response = new byte[4 + idLength + op.length];
            response[0] = 0x30;
            response[1] = (byte) (2 + idLength + op.length);
            response[2] = 0x02;
            response[3] = (byte) idLength;
            System.arraycopy(id, 0, response, 4, idLength);
            System.arraycopy(op, 0, response, 4 + idLength, op.length);
            socket.getOutputStream().write(response);
            socket.getOutputStream().flush();
            // then silence: the client's TLS handshake gets no answer
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
