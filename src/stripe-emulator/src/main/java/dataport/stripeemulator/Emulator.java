package dataport.stripeemulator;

import static dataport.stripeemulator.Json.obj;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The HTTP side: Stripe's REST API under {@code /v1}, the hosted checkout page under {@code /c/pay}, and the test
 * control API under {@code /_emulator}. Bound to 127.0.0.1 only.
 */
final class Emulator implements AutoCloseable {

    /** The API version of stripe-java 33.3.0 (its Stripe.API_VERSION): the shapes this emulator answers with. */
    static final String API_VERSION = "2026-07-29.dahlia";

    private static final Logger LOG = Logger.getLogger(Emulator.class.getName());
    private static final Pattern TEST_KEY = Pattern.compile("(sk|rk)_test_[A-Za-z0-9_-]{1,240}");

    final String publicUrl;
    /** Changes with every start: all accounts are empty again, so an app can tell it must register anew. */
    private final String instance = Ids.random(16);

    private final long started = java.time.Instant.now().getEpochSecond();
    final Webhooks webhooks;
    private final HttpServer server;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** Which account owns a session, charge or invoice: hosted pages and receipts have no API key, only the id. */
    private final Map<String, Account> owners = new ConcurrentHashMap<>();

    private Emulator(HttpServer server, String publicUrl, long webhookRetryBaseMillis, int webhookAttempts) {
        this.server = server;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stripe-emulator-clock");
            thread.setDaemon(true);
            return thread;
        });
        this.webhooks = new Webhooks(scheduler, webhookRetryBaseMillis, webhookAttempts);
        this.publicUrl = publicUrl;
    }

    /**
     * Starts a server on 127.0.0.1:{@code port} (0 picks a free port); {@code publicUrl} is the address browsers use
     * for the hosted page ({@code null}: http://localhost:&lt;port&gt;).
     */
    static Emulator start(int port, String publicUrl, long webhookRetryBaseMillis, int webhookAttempts)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        String url = publicUrl != null
                ? stripSlash(publicUrl)
                : "http://localhost:" + server.getAddress().getPort();
        Emulator emulator = new Emulator(server, url, webhookRetryBaseMillis, webhookAttempts);
        server.createContext("/", emulator::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return emulator;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        webhooks.close();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void owns(Account account, String id) {
        owners.put(id, account);
    }

    void sessionCreated(Account account, String id, long expiresAt) {
        owners.put(id, account);
        long delay = Math.max(0, expiresAt - account.clock()) * 1000 + 500;
        scheduler.schedule(
                () -> {
                    synchronized (account) {
                        account.checkout.expireIfDue(id);
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    static String successUrl(Map<String, Object> session) {
        return ((String) session.get("success_url"))
                .replace("{CHECKOUT_SESSION_ID}", (String) session.get("id"))
                .replace("%7BCHECKOUT_SESSION_ID%7D", (String) session.get("id"));
    }

    // ------------------------------------------------------------------ HTTP plumbing

    private record Response(int status, String contentType, String body, Map<String, String> headers) {
        static Response json(int status, Object body) {
            return new Response(status, "application/json", Json.write(body), Map.of());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/v1/")) {
                response = api(exchange, path.substring(4));
            } else if (path.startsWith("/_emulator/")) {
                response = control(exchange, path.substring("/_emulator/".length()));
            } else if (path.startsWith("/c/pay/")) {
                response = page(exchange, path.substring("/c/pay/".length()));
            } else if (path.startsWith("/setup/s/")) {
                response = onboarding(exchange, path.substring("/setup/s/".length()));
            } else if (path.startsWith("/receipts/") || path.startsWith("/invoices/")) {
                response = document(exchange, path.substring(path.indexOf('/', 1) + 1));
            } else if (path.equals("/")) {
                response = new Response(
                        200,
                        "text/plain; charset=utf-8",
                        "DataPort Stripe emulator (API version " + API_VERSION
                                + "). See README, \"Stripe emulator\".\n",
                        Map.of());
            } else {
                throw unrecognized(exchange);
            }
        } catch (ApiError e) {
            response = Response.json(e.status, e.body());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request failed: " + exchange.getRequestURI(), e);
            response = Response.json(
                    500, new ApiError(500, "api_error", null, "The Stripe emulator failed: " + e, null).body());
        }
        send(exchange, response);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set(
                "Content-Type",
                response.contentType().startsWith("application/json")
                        ? "application/json; charset=utf-8"
                        : response.contentType());
        headers.set("Cache-Control", "no-cache, no-store");
        headers.set("Stripe-Version", API_VERSION);
        response.headers().forEach(headers::set);
        if (!headers.containsKey("Request-Id")) {
            headers.set("Request-Id", Ids.of("req"));
        }
        boolean head = exchange.getRequestMethod().equals("HEAD") || response.status() == 303;
        exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ApiError unrecognized(HttpExchange exchange) {
        return new ApiError(
                404,
                "invalid_request_error",
                null,
                "Unrecognized request URL ("
                        + exchange.getRequestMethod() + ": "
                        + exchange.getRequestURI().getPath()
                        + "). The DataPort Stripe emulator implements only the endpoints DataPort calls (see README).",
                null);
    }

    /** The account named by the request's secret key (Bearer, or Basic as curl -u sends it). */
    private Account authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String key = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = header.substring(7).trim();
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                key = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            } catch (IllegalArgumentException e) {
                key = "";
            }
        }
        if (key == null || key.isEmpty()) {
            throw new ApiError(
                    401,
                    "invalid_request_error",
                    null,
                    "You did not provide an API key. You need to"
                            + " provide your API key in the Authorization header, using Bearer auth (e.g."
                            + " 'Authorization: Bearer YOUR_SECRET_KEY').",
                    null);
        }
        if (!TEST_KEY.matcher(key).matches()) {
            String shown = key.length() > 12 ? key.substring(0, 8) + "****" + key.substring(key.length() - 4) : "****";
            throw new ApiError(
                    401,
                    "invalid_request_error",
                    "api_key_invalid",
                    "Invalid API Key provided: " + shown
                            + " (the DataPort Stripe emulator accepts test-mode secret keys sk_test_…)",
                    null);
        }
        if (exchange.getRequestHeaders().getFirst("Stripe-Account") != null) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    null,
                    "The DataPort Stripe emulator does not implement requests on behalf of a connected account"
                            + " (Stripe-Account header): the platform moves money with transfers.",
                    null);
        }
        String accountKey = key;
        return accounts.computeIfAbsent(accountKey, k -> new Account(accountKey, this));
    }

    // ------------------------------------------------------------------ /v1: Stripe's API

    private Response api(HttpExchange exchange, String route) throws IOException {
        Account account = authenticate(exchange);
        String method = exchange.getRequestMethod();
        String[] seg = route.split("/");
        Form form = method.equals("POST")
                ? Form.parse(body(exchange))
                : Form.parse(exchange.getRequestURI().getRawQuery());
        Map<String, Object> params = form.root;
        List<String> expand = expand(params);
        String requestId = Ids.of("req");
        String key = method.equals("POST") || method.equals("DELETE")
                ? exchange.getRequestHeaders().getFirst("Idempotency-Key")
                : null;
        if (key != null && (key.isEmpty() || key.length() > 255)) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    null,
                    "Invalid Idempotency-Key: it must be between 1 and 255 characters long.",
                    null);
        }
        Account.Req req = new Account.Req(requestId, key);
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Request-Id", requestId);
        synchronized (account) {
            if (key != null) {
                headers.put("Idempotency-Key", key);
                Account.Stored stored = account.idempotent.get(key);
                if (stored != null) {
                    if (!stored.method().equals(method)
                            || !stored.path().equals(route)
                            || !stored.canonical().equals(form.canonical)) {
                        throw new ApiError(
                                400,
                                "idempotency_error",
                                null,
                                "Keys for idempotent requests can only be"
                                        + " used with the same parameters they were first used with. Try using a key other"
                                        + " than '" + key + "' if you meant to execute a different request.",
                                null);
                    }
                    headers.put("Idempotent-Replayed", "true");
                    return new Response(stored.status(), "application/json", stored.body(), headers);
                }
            }
            int status = 200;
            String body;
            try {
                body = Json.write(account.render(route(account, method, seg, params, req, exchange), expand));
            } catch (ApiError e) {
                status = e.status;
                body = Json.write(e.body());
                // Like Stripe, only a request that got to run keeps its result (validation errors are not stored).
                if (key != null && e.status == 402) {
                    account.idempotent.put(key, new Account.Stored(method, route, form.canonical, status, body));
                }
                return new Response(status, "application/json", body, headers);
            }
            if (key != null) {
                account.idempotent.put(key, new Account.Stored(method, route, form.canonical, status, body));
            }
            return new Response(status, "application/json", body, headers);
        }
    }

    private static List<String> expand(Map<String, Object> params) {
        List<Object> raw = Form.list(params, "expand", "expand");
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (Object o : raw) {
                out.add((String) o);
            }
        }
        params.remove("expand");
        return out;
    }

    private Map<String, Object> route(
            Account a, String method, String[] seg, Map<String, Object> p, Account.Req req, HttpExchange exchange) {
        String m = method;
        int n = seg.length;
        String r0 = seg[0];
        switch (r0) {
            case "checkout" -> {
                if (n >= 2 && seg[1].equals("sessions")) {
                    if (n == 2 && m.equals("POST")) {
                        return a.checkout.createSession(p, req);
                    }
                    if (n == 2 && m.equals("GET")) {
                        return a.checkout.listSessions(p);
                    }
                    if (n == 3 && m.equals("GET")) {
                        return a.get(seg[2], "checkout.session", "session");
                    }
                    if (n == 4 && seg[3].equals("expire") && m.equals("POST")) {
                        return a.checkout.expireSession(seg[2], req);
                    }
                    if (n == 4 && seg[3].equals("line_items") && m.equals("GET")) {
                        return a.checkout.sessionLineItems(seg[2], p);
                    }
                }
            }
            case "payment_intents" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "payment_intent", "intent");
                }
            }
            case "charges" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "charge", "charge");
                }
            }
            case "customers" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "customer", "customer");
                }
            }
            case "prices" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "price", "price");
                }
            }
            case "products" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "product", "id");
                }
            }
            case "subscriptions" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "subscription", "id");
                }
                if (n == 2 && m.equals("POST")) {
                    return a.billing.updateSubscription(seg[1], p, req);
                }
                if (n == 2 && m.equals("DELETE")) {
                    return a.billing.cancelSubscription(seg[1], req);
                }
            }
            case "disputes" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "dispute", "dispute");
                }
            }
            case "invoices" -> {
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "invoice", "invoice");
                }
            }
            case "refunds" -> {
                if (n == 1 && m.equals("POST")) {
                    return a.refunds.createRefund(p, req);
                }
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "refund", "refund");
                }
            }
            case "accounts" -> {
                if (n == 1 && m.equals("POST")) {
                    return a.connect.createAccount(p, req);
                }
                if (n == 1 && m.equals("GET")) {
                    return a.listObjects("account", "/v1/accounts", p, x -> true);
                }
                if (n == 2 && m.equals("GET")) {
                    return a.connect.connected(seg[1]);
                }
            }
            case "account_links" -> {
                if (n == 1 && m.equals("POST")) {
                    return a.connect.createAccountLink(p);
                }
            }
            case "transfers" -> {
                if (n == 1 && m.equals("POST")) {
                    return a.connect.createTransfer(p, req);
                }
                if (n == 1 && m.equals("GET")) {
                    String destination = Form.string(p, "destination", "destination");
                    String group = Form.string(p, "transfer_group", "transfer_group");
                    p.remove("destination");
                    p.remove("transfer_group");
                    return a.listObjects(
                            "transfer",
                            "/v1/transfers",
                            p,
                            t -> (destination == null || destination.equals(t.get("destination")))
                                    && (group == null || group.equals(t.get("transfer_group"))));
                }
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "transfer", "id");
                }
                if (n == 3 && seg[2].equals("reversals") && m.equals("POST")) {
                    return a.connect.createReversal(seg[1], p, req);
                }
                if (n == 3 && seg[2].equals("reversals") && m.equals("GET")) {
                    a.get(seg[1], "transfer", "id");
                    return a.listObjects(
                            "transfer_reversal",
                            "/v1/transfers/" + seg[1] + "/reversals",
                            p,
                            r -> seg[1].equals(r.get("transfer")));
                }
                if (n == 4 && seg[2].equals("reversals") && m.equals("GET")) {
                    return a.connect.reversal(seg[1], seg[3]);
                }
            }
            case "balance_transactions" -> {
                if (n == 1 && m.equals("GET")) {
                    return a.balance.listTransactions(p);
                }
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "balance_transaction", "id");
                }
            }
            case "webhook_endpoints" -> {
                if (n == 1 && m.equals("POST")) {
                    return a.createEndpoint(p);
                }
                if (n == 1 && m.equals("GET")) {
                    return a.listObjects("webhook_endpoint", "/v1/webhook_endpoints", p, x -> true);
                }
                if (n == 2 && m.equals("GET")) {
                    return a.get(seg[1], "webhook_endpoint", "id");
                }
                if (n == 2 && m.equals("POST")) {
                    return a.updateEndpoint(seg[1], p);
                }
                if (n == 2 && m.equals("DELETE")) {
                    return a.deleteEndpoint(seg[1]);
                }
            }
            case "events" -> {
                if (n == 1 && m.equals("GET")) {
                    return a.listEvents(p);
                }
                if (n == 2 && m.equals("GET")) {
                    return a.event(seg[1]);
                }
            }
            default -> {}
        }
        throw unrecognized(exchange);
    }

    // ------------------------------------------------------------------ /_emulator: control API for tests

    private Response control(HttpExchange exchange, String route) throws IOException {
        String method = exchange.getRequestMethod();
        if (route.equals("health")) {
            return Response.json(
                    200,
                    obj().with("status", "ok")
                            .with("api_version", API_VERSION)
                            .with("public_url", publicUrl)
                            .with("instance", instance)
                            .with("started", started)
                            .with("accounts", accounts.size()));
        }
        Account a = authenticate(exchange);
        Map<String, Object> p = Form.parse(exchange.getRequestURI().getRawQuery()).root;
        if (method.equals("POST")) {
            p.putAll(Form.parse(body(exchange)).root);
        }
        String[] seg = route.split("/");
        int n = seg.length;
        if (n == 1 && seg[0].equals("stats") && method.equals("GET")) {
            synchronized (a) {
                return Response.json(200, a.stats());
            }
        }
        if (n == 2 && seg[0].equals("webhooks") && seg[1].equals("deliveries") && method.equals("GET")) {
            Long limit = Form.integer(p, "limit", "limit");
            int max = limit == null ? 100 : (int) Math.max(1, Math.min(1000, limit));
            return Response.json(200, Account.listObject(a.webhookStats.recent(max), "/_emulator/webhooks/deliveries"));
        }
        if (!method.equals("POST")) {
            throw unrecognized(exchange);
        }
        if (n == 4 && seg[0].equals("checkout") && seg[1].equals("sessions")) {
            synchronized (a) {
                return Response.json(200, act(a, seg[2], seg[3], Form.string(p, "email", "email")));
            }
        }
        if (n == 3 && seg[0].equals("events") && seg[2].equals("resend")) {
            Long count = Form.integer(p, "count", "count");
            long copies = count == null ? 1 : count;
            if (copies < 1 || copies > 100) {
                throw ApiError.invalid("count must be between 1 and 100", "count");
            }
            synchronized (a) {
                int sent = a.deliver(a.event(seg[1]), (int) copies);
                return Response.json(200, obj().with("event", seg[1]).with("deliveries", sent));
            }
        }
        if (n == 1 && seg[0].equals("reset")) {
            // A fresh account for this key: what a test run needs when its database (and so its order ids, which
            // its idempotency keys are made of) starts again from scratch while the emulator keeps running.
            synchronized (a) {
                accounts.remove(a.apiKey, a);
                owners.values().removeIf(owner -> owner == a);
                a.holdingWebhooks = false;
                a.held.clear();
            }
            return Response.json(200, obj().with("reset", true));
        }
        if (n == 3 && seg[0].equals("charges") && seg[2].equals("dispute")) {
            synchronized (a) {
                return Response.json(200, a.disputes.open(seg[1], Form.string(p, "reason", "reason")));
            }
        }
        if (n == 3 && seg[0].equals("disputes") && seg[2].equals("close")) {
            synchronized (a) {
                return Response.json(200, a.disputes.close(seg[1], Form.string(p, "outcome", "outcome")));
            }
        }
        if (n == 2 && seg[0].equals("clock") && seg[1].equals("advance")) {
            Long seconds = Form.integer(p, "seconds", "seconds");
            if (seconds == null) {
                throw ApiError.missing("seconds");
            }
            synchronized (a) {
                return Response.json(200, obj().with("clock", a.advanceClock(seconds)));
            }
        }
        if (n == 2 && seg[0].equals("webhooks") && seg[1].equals("hold")) {
            synchronized (a) {
                a.holdingWebhooks = true;
                return Response.json(200, obj().with("holding", true).with("held", a.held.size()));
            }
        }
        if (n == 2 && seg[0].equals("webhooks") && seg[1].equals("release")) {
            String order = Form.string(p, "order", "order");
            if (order != null && !order.equals("reverse") && !order.equals("original")) {
                throw ApiError.invalid("order must be original or reverse", "order");
            }
            Long delay = Form.integer(p, "delay_ms", "delay_ms");
            int released = webhooks.release(a, "reverse".equals(order), delay == null ? 0 : delay);
            return Response.json(
                    200, obj().with("released", released).with("order", order == null ? "original" : order));
        }
        if (n == 3 && seg[0].equals("accounts")) {
            // complete | leave_due | payouts_disabled | payouts_enabled: what onboarding or Stripe's review would do.
            synchronized (a) {
                return Response.json(200, a.connect.setState(seg[1], seg[2], Account.Req.NONE));
            }
        }
        if (n == 3 && seg[0].equals("subscriptions") && seg[2].equals("renew")) {
            String outcome = Form.string(p, "outcome", "outcome");
            synchronized (a) {
                return Response.json(200, a.billing.renew(seg[1], outcome == null ? "paid" : outcome));
            }
        }
        throw unrecognized(exchange);
    }

    private static Map<String, Object> act(Account a, String sessionId, String action, String email) {
        Account.Req none = Account.Req.NONE;
        return switch (action) {
            case "pay" -> a.checkout.pay(sessionId, email, none);
            case "decline" -> a.checkout.decline(sessionId, email, none);
            case "require_action" -> a.checkout.requireAction(sessionId, email, none);
            case "complete_auth" -> a.checkout.completeAuthentication(sessionId, none);
            case "fail_auth" -> a.checkout.failAuthentication(sessionId, none);
            case "abandon", "back" -> a.checkout.abandon(sessionId);
            default ->
                throw new ApiError(
                        404,
                        "invalid_request_error",
                        null,
                        "Unknown action: " + action
                                + " (pay, decline, require_action, complete_auth, fail_auth, abandon)",
                        null);
        };
    }

    // ------------------------------------------------------------------ /c/pay: the hosted checkout page

    private Response page(HttpExchange exchange, String route) throws IOException {
        String[] seg = route.split("/");
        String id = seg[0];
        Account account = owners.get(id);
        String method = exchange.getRequestMethod();
        if (account == null) {
            return new Response(
                    404,
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html><title>Not found</title><h1>Checkout session not found</h1>",
                    Map.of());
        }
        boolean zh;
        Map<String, Object> session;
        synchronized (account) {
            session = account.objects.get(id);
            if (session == null) {
                return new Response(
                        404,
                        "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>Not found</title><h1>Checkout session not found</h1>",
                        Map.of());
            }
            zh = chinese(
                    (String) session.get("locale"), exchange.getRequestHeaders().getFirst("Accept-Language"));
        }
        String base = publicUrl + "/c/pay/" + id;
        if (method.equals("GET") || method.equals("HEAD")) {
            synchronized (account) {
                if (seg.length == 2 && seg[1].equals("authenticate")) {
                    return html(
                            account.checkout.awaitingAuthentication(id) || !"open".equals(session.get("status"))
                                    ? CheckoutPage.authenticate(session, zh)
                                    : null,
                            base);
                }
                String error = Form.string(Form.parse(exchange.getRequestURI().getRawQuery()).root, "error", "error");
                return html(CheckoutPage.checkout(account, session, zh, error), null);
            }
        }
        if (!method.equals("POST") || seg.length != 2) {
            throw unrecognized(exchange);
        }
        String email = Form.string(Form.parse(body(exchange)).root, "email", "email");
        String target;
        synchronized (account) {
            try {
                switch (seg[1]) {
                    case "pay", "complete_auth" -> {
                        act(account, id, seg[1], email);
                        target = successUrl(session);
                    }
                    case "decline" -> {
                        act(account, id, "decline", email);
                        target = base + "?error=card_declined";
                    }
                    case "require_action" -> {
                        act(account, id, "require_action", email);
                        target = base + "/authenticate";
                    }
                    case "fail_auth" -> {
                        act(account, id, "fail_auth", email);
                        target = base + "?error=authentication_failed";
                    }
                    case "back" -> {
                        Object cancel = session.get("cancel_url");
                        target = cancel == null ? base : (String) cancel;
                    }
                    default -> throw unrecognized(exchange);
                }
            } catch (ApiError e) {
                // A second tab, a double click, an expired session: show the page's current state instead.
                target = base
                        + ("open".equals(session.get("status"))
                                ? "?error=" + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8)
                                : "");
            }
        }
        return redirect(target);
    }

    // ------------------------------------------------------------------ /setup/s: Connect's hosted onboarding

    /** An account link's page: GET shows it; POST .../complete, .../leave_due or .../back redirects (303). */
    private Response onboarding(HttpExchange exchange, String route) throws IOException {
        String[] seg = route.split("/");
        String linkId = seg[0];
        Account account = owners.get(linkId);
        if (account == null) {
            return new Response(
                    404,
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html><title>Not found</title><h1>Onboarding link not found</h1>",
                    Map.of());
        }
        boolean zh = chinese(null, exchange.getRequestHeaders().getFirst("Accept-Language"));
        String method = exchange.getRequestMethod();
        synchronized (account) {
            if ((method.equals("GET") || method.equals("HEAD")) && seg.length == 1) {
                Map<String, Object> link = account.connect.usableLink(linkId);
                if (link == null) {
                    // As Stripe: a used or expired link sends the user to refresh_url for a new one.
                    return redirect(account.connect.refreshUrl(linkId));
                }
                return html(
                        OnboardingPage.page(linkId, account.connect.connected((String) link.get("account")), zh), null);
            }
            if (method.equals("POST") && seg.length == 2) {
                return redirect(account.connect.finishOnboarding(linkId, seg[1]));
            }
        }
        throw unrecognized(exchange);
    }

    /** A charge's receipt_url or an invoice's hosted_invoice_url: read-only pages, like Stripe's. */
    private Response document(HttpExchange exchange, String id) {
        Account account = owners.get(id);
        if (account == null || !exchange.getRequestMethod().equals("GET")) {
            return new Response(
                    404,
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>",
                    Map.of());
        }
        boolean zh = chinese(null, exchange.getRequestHeaders().getFirst("Accept-Language"));
        synchronized (account) {
            Map<String, Object> object = account.objects.get(id);
            if (object == null) {
                return new Response(
                        404,
                        "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>",
                        Map.of());
            }
            return html(
                    "charge".equals(object.get("object"))
                            ? CheckoutPage.receipt(object, zh)
                            : CheckoutPage.invoice(object, zh),
                    null);
        }
    }

    private static Response html(String page, String redirectTo) {
        if (page == null) {
            return redirect(redirectTo);
        }
        return new Response(200, "text/html; charset=utf-8", page, Map.of());
    }

    private static Response redirect(String location) {
        return new Response(303, "text/html; charset=utf-8", "", Map.of("Location", location));
    }

    private static boolean chinese(String locale, String acceptLanguage) {
        if (locale != null && !locale.equals("auto")) {
            return locale.startsWith("zh");
        }
        return acceptLanguage != null
                && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh");
    }
}
