package dataport.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes behind one URL against the emulator (the local cluster): with {@code STRIPE_WEBHOOK_SECRET} set, as in
 * production, every node verifies with that one secret and none registers an endpoint of its own (which would delete
 * the endpoint another node registered for the same URL, and with it the only secret that node knows). A fake
 * emulator on loopback counts what the nodes ask it.
 */
class StripeGatewaySecretTest {

    private static final String SECRET = "whsec_shared_by_every_node";

    private HttpServer fakeEmulator;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startFakeEmulator() throws Exception {
        fakeEmulator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeEmulator.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"error\":{\"type\":\"api_error\",\"message\":\"fake\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fakeEmulator.start();
    }

    @AfterEach
    void stopFakeEmulator() {
        fakeEmulator.stop(0);
    }

    @Test
    void twoNodesWithTheConfiguredSecretBothVerifyTheSameDeliveryAndRegisterNothing() throws Exception {
        StripeGateway node1 = node();
        StripeGateway node2 = node();
        node1.registerAtStart();
        node2.registerAtStart();
        node1.registerWhileMissing();
        node2.registerWhileMissing();

        assertThat(requests)
                .as("requests to the emulator (list/delete/create endpoints)")
                .hasValue(0);
        assertThat(node1.available()).isTrue();
        assertThat(node2.available()).isTrue();
        assertThat(node1.testMode()).isTrue();
        String payload =
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"checkout.session.completed\",\"api_version\":\""
                        + Stripe.API_VERSION
                        + "\",\"data\":{\"object\":{\"id\":\"cs_1\",\"object\":\"checkout.session\"}}}";
        String header = signature(payload, SECRET);
        for (StripeGateway node : List.of(node1, node2)) {
            Event event = node.verifiedEvent(payload, header);
            assertThat(event.getId()).isEqualTo("evt_1");
        }
        assertThatThrownBy(() -> node2.verifiedEvent(payload, signature(payload, "whsec_of_another_endpoint")))
                .isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void withoutAConfiguredSecretANodeRegistersItsOwnEndpointAsBefore() {
        StripeGateway node =
                new StripeGateway("", "", url(), "dataport_cluster", "http://localhost:8140", List.of("*"));
        assertThat(node.available()).isFalse();
        node.registerAtStart();
        assertThat(requests.get()).as("it asked the emulator").isPositive();
        assertThat(node.available()).as("the fake emulator refused").isFalse();
    }

    private StripeGateway node() {
        return new StripeGateway("", SECRET, url(), "dataport_cluster", "http://localhost:8140", List.of("*"));
    }

    private String url() {
        return "http://127.0.0.1:" + fakeEmulator.getAddress().getPort();
    }

    private static String signature(String payload, String secret) throws Exception {
        long t = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return "t=" + t + ",v1=" + hex;
    }
}
