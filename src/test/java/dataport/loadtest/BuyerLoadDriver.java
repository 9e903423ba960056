package dataport.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded load test (README "Load test"): N simulated buyers, each with a session of its own, for a fixed time,
 * each repeating home → search → facet → listing → another search with think times between the steps.
 *
 * <p>Every step is what a browser does on a full page load of a Vaadin 25 Flow page: {@code GET} the route (the server
 * creates a UI, runs the router and renders the view into the page as the initial UIDL, {@code
 * window.Vaadin.TypeScript}), then the client's {@code ui-navigate} event, a {@code POST ?v-r=uidl} with the page's
 * CSRF token and sync id (if the page did not carry the initial UIDL, the client's {@code GET ?v-r=init} first).
 * Before leaving a page the buyer sends the {@code UNLOAD} beacon a browser sends, so the server closes that UI, as it
 * does for real visitors. Static assets are fetched once per buyer (a browser cache). A step counts as an error when
 * any of its requests fails, answers an error status, or the rendered view is not the expected one (the not-found or
 * error page, Vaadin's session-expired or app-error answers, the search rate-limit notice, a listing page without the
 * listing).
 *
 * <p>Queries and facets come from the catalogue being served: {@code /sitemap.xml} gives listing ids and category
 * codes; the titles of a sample of listings, in English and Chinese (the pages' {@code <title>}), give the query
 * words. Half the buyers browse in Chinese ({@code Accept-Language: zh-CN}).
 *
 * <p>Each buyer sends {@code X-Forwarded-For} with an address of its own from 198.18.0.0/15 (the range set aside for
 * benchmarks): the site's per-client limits (searches per minute) then apply per buyer, as with real visitors,
 * instead of to the one loopback address every simulated buyer shares. The site trusts that header from loopback
 * (Tomcat's RemoteIpValve); nginx in the cluster appends to it.
 *
 * <p>JDK only (java.net.http, virtual threads), so it runs without Maven: {@code java
 * src/test/java/dataport/loadtest/BuyerLoadDriver.java --url http://localhost:8080 --buyers 200 --minutes 5}. Exit
 * status 0 when no step failed, 1 otherwise, 2 for bad arguments or an unreachable site.
 */
public final class BuyerLoadDriver {

    /** The steps of a buyer's visit, in order. */
    public enum Step {
        HOME("home"),
        SEARCH("search"),
        FACET("facet"),
        LISTING("listing"),
        SEARCH_AGAIN("search again");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** What a run is told: where, how many buyers, how long, how long buyers think between steps. */
    public record Settings(
            URI base,
            int buyers,
            Duration duration,
            Duration rampUp,
            Duration thinkMin,
            Duration thinkMax,
            Duration requestTimeout,
            long seed,
            Step broken) {

        static Settings parse(String[] args) {
            URI base = URI.create("http://localhost:8080");
            int buyers = 200;
            double minutes = 5;
            int rampSeconds = -1;
            int thinkMinMs = 1500;
            int thinkMaxMs = 4500;
            int timeoutSeconds = 30;
            long seed = 16;
            Step broken = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--url" -> base = URI.create(stripSlash(need(a, v)));
                    case "--buyers" -> buyers = Integer.parseInt(need(a, v));
                    case "--minutes" -> minutes = Double.parseDouble(need(a, v));
                    case "--ramp-seconds" -> rampSeconds = Integer.parseInt(need(a, v));
                    case "--think-ms" -> {
                        String[] range = need(a, v).split("-");
                        thinkMinMs = Integer.parseInt(range[0]);
                        thinkMaxMs = Integer.parseInt(range[range.length - 1]);
                    }
                    case "--timeout-seconds" -> timeoutSeconds = Integer.parseInt(need(a, v));
                    case "--seed" -> seed = Long.parseLong(need(a, v));
                    // Checks the driver itself: this step opens an address that names nothing (README "Load test").
                    case "--break" ->
                        broken =
                                Step.valueOf(need(a, v).toUpperCase(Locale.ROOT).replace('-', '_'));
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
                i++;
            }
            if (buyers < 1 || minutes <= 0 || thinkMinMs < 0 || thinkMaxMs < thinkMinMs) {
                throw new IllegalArgumentException("buyers ≥ 1, minutes > 0, think-ms MIN-MAX with MIN ≤ MAX");
            }
            Duration duration = Duration.ofMillis(Math.round(minutes * 60_000));
            // Buyers arrive over a tenth of the run (at most 30 s) unless told otherwise.
            Duration ramp = rampSeconds >= 0
                    ? Duration.ofSeconds(rampSeconds)
                    : Duration.ofMillis(Math.min(30_000, duration.toMillis() / 10));
            return new Settings(
                    base,
                    buyers,
                    duration,
                    ramp,
                    Duration.ofMillis(thinkMinMs),
                    Duration.ofMillis(thinkMaxMs),
                    Duration.ofSeconds(timeoutSeconds),
                    seed,
                    broken);
        }

        private static String need(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return value;
        }

        private static String stripSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** What the buyers search for and open: from the served catalogue. */
    public record Catalogue(
            List<Long> listingIds, List<String> categories, List<String> englishQueries, List<String> chineseQueries) {}

    /** One finished step: how long its requests took together, and the error kind when it failed (else null). */
    record Sample(Step step, long nanos, String error) {}

    /** A step that failed, with a short kind ("http 503", "error page", "timeout", ...) to count errors by. */
    static final class StepFailure extends Exception {
        final String kind;

        StepFailure(String kind, String detail) {
            super(kind + (detail == null ? "" : ": " + detail), null, false, false);
            this.kind = kind;
        }
    }

    private static final Pattern LISTING_LINK = Pattern.compile("listings/(\\d+)");
    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(?:\\./|/)?(VAADIN/[^\"]+\\.(?:js|css))\"");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z-]{3,}");
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}]{2,}");
    private static final Set<String> STOP_WORDS = Set.of(
            "with", "from", "data", "dataport", "and", "the", "for", "daily", "api", "feed", "listing", "sample");

    private final Settings settings;
    private final HttpClient http;
    private final PrintStream out;
    private final Map<Step, List<Long>> nanos = new EnumMap<>(Step.class);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrorDetail = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();
    private final AtomicLong buyerAddresses = new AtomicLong();

    public BuyerLoadDriver(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        for (Step s : Step.values()) {
            nanos.put(s, Collections.synchronizedList(new ArrayList<>()));
        }
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (RuntimeException e) {
            System.err.println("usage: BuyerLoadDriver [--url URL] [--buyers N] [--minutes M] [--ramp-seconds S]"
                    + " [--think-ms MIN-MAX] [--timeout-seconds T] [--seed N] [--break STEP]\n" + e.getMessage());
            System.exit(2);
            return;
        }
        BuyerLoadDriver driver = new BuyerLoadDriver(settings, System.out);
        Catalogue catalogue;
        try {
            catalogue = driver.discoverCatalogue();
        } catch (IOException | StepFailure e) {
            System.err.println("The site at " + settings.base() + " could not be read: " + e.getMessage());
            System.exit(2);
            return;
        }
        Report report = driver.run(catalogue);
        report.print(System.out);
        System.exit(report.errorCount() == 0 ? 0 : 1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The catalogue

    /** Listing ids and category codes from the sitemap; English and Chinese query words from listing titles. */
    public Catalogue discoverCatalogue() throws IOException, StepFailure, InterruptedException {
        // A sitemap index names the sitemap files; their addresses are read on this site (its public base URL may
        // name another host).
        String index = get(null, "/sitemap.xml", "en", null).body();
        StringBuilder sitemap = new StringBuilder();
        if (index.contains("<sitemapindex")) {
            Matcher file = SITEMAP_LOC.matcher(index);
            while (file.find()) {
                URI loc = URI.create(unescape(file.group(1).strip()));
                sitemap.append(get(null, loc.getRawPath(), "en", null).body());
            }
        } else {
            sitemap.append(index);
        }
        List<Long> ids = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        Matcher m = SITEMAP_LOC.matcher(sitemap);
        while (m.find()) {
            String path = URI.create(unescape(m.group(1).strip())).getPath();
            Matcher id = Pattern.compile("/listings/(\\d+)$").matcher(path);
            if (id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
            Matcher c = Pattern.compile("/categories/([A-Za-z0-9_.-]+)$").matcher(path);
            if (c.find()) {
                categories.add(c.group(1));
            }
        }
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (ids.isEmpty()) {
            throw new StepFailure("empty catalogue", "no listing in " + settings.base() + "/sitemap.xml");
        }
        Random random = new Random(settings.seed());
        List<Long> sample = new ArrayList<>(ids);
        Collections.shuffle(sample, random);
        sample = sample.subList(0, Math.min(20, sample.size()));
        Set<String> english = Collections.synchronizedSet(new LinkedHashSet<>());
        Set<String> chinese = Collections.synchronizedSet(new LinkedHashSet<>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long id : sample) {
                pool.submit(() -> {
                    titleOf(id, "en").ifPresent(t -> englishWords(t, english));
                    titleOf(id, "zh").ifPresent(t -> chineseWords(t, chinese));
                    return null;
                });
            }
        }
        if (english.isEmpty()) {
            english.add("data");
        }
        if (chinese.isEmpty()) {
            chinese.add("数据");
        }
        return new Catalogue(ids, List.copyOf(categories), List.copyOf(english), List.copyOf(chinese));
    }

    private java.util.Optional<String> titleOf(long id, String lang) throws InterruptedException {
        try {
            HttpResponse<String> page = get(null, "/listings/" + id + "?lang=" + lang, lang, null);
            Matcher t = TITLE.matcher(page.body());
            if (page.statusCode() == 200 && t.find()) {
                String title = unescape(t.group(1));
                int bar = title.lastIndexOf('|');
                return java.util.Optional.of((bar > 0 ? title.substring(0, bar) : title).strip());
            }
        } catch (IOException e) {
            // A sample listing that does not answer just gives no words.
        }
        return java.util.Optional.empty();
    }

    static void englishWords(String title, Set<String> into) {
        Matcher w = ENGLISH_WORD.matcher(title);
        List<String> words = new ArrayList<>();
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        if (!words.isEmpty()) {
            into.add(words.getFirst());
        }
        if (words.size() >= 2) {
            into.add(words.get(0) + " " + words.get(1));
        }
    }

    static void chineseWords(String title, Set<String> into) {
        Matcher run = CJK_RUN.matcher(title);
        if (run.find()) {
            String r = run.group();
            into.add(r.substring(0, 2));
            if (r.length() >= 4) {
                into.add(r.substring(0, 4));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run

    public Report run(Catalogue catalogue) throws InterruptedException {
        out.printf(
                Locale.ROOT,
                "Load test: %d buyers for %s against %s (arriving over %d s, thinking %d–%d ms between steps);"
                        + " catalogue: %d listings, %d categories, %d English and %d Chinese queries%n",
                settings.buyers(),
                human(settings.duration()),
                settings.base(),
                settings.rampUp().toSeconds(),
                settings.thinkMin().toMillis(),
                settings.thinkMax().toMillis(),
                catalogue.listingIds().size(),
                catalogue.categories().size(),
                catalogue.englishQueries().size(),
                catalogue.chineseQueries().size());
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        CountDownLatch done = new CountDownLatch(settings.buyers());
        Thread progress = Thread.ofVirtual().start(() -> progress(start, end));
        for (int b = 0; b < settings.buyers(); b++) {
            long arrival = start + settings.rampUp().toNanos() * b / settings.buyers();
            int number = b;
            Thread.ofVirtual().name("buyer-" + b).start(() -> {
                try {
                    sleepUntil(arrival);
                    new Buyer(number, catalogue).visitUntil(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        progress.interrupt();
        long elapsed = System.nanoTime() - start;
        return new Report(
                settings,
                elapsed,
                snapshot(),
                Map.copyOf(counts()),
                Map.copyOf(firstErrorDetail),
                requests.sum(),
                responseBytes.sum());
    }

    private Map<Step, List<Long>> snapshot() {
        Map<Step, List<Long>> copy = new EnumMap<>(Step.class);
        nanos.forEach((step, list) -> {
            synchronized (list) {
                copy.put(step, new ArrayList<>(list));
            }
        });
        return copy;
    }

    private Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private void progress(long start, long end) {
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(30_000);
                long steps = nanos.values().stream().mapToLong(List::size).sum();
                long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
                out.printf(
                        Locale.ROOT,
                        "  %3d s: %d steps, %d errors, load average %s%n",
                        (System.nanoTime() - start) / 1_000_000_000L,
                        steps,
                        failed,
                        loadAverage());
            }
        } catch (InterruptedException e) {
            // The run is over.
        }
    }

    private void record(Step step, long took, String errorKind, String detail) {
        nanos.get(step).add(took);
        if (errorKind != null) {
            errors.computeIfAbsent(step.label + ": " + errorKind, k -> new LongAdder())
                    .increment();
            firstErrorDetail.putIfAbsent(step.label + ": " + errorKind, detail == null ? "" : detail);
        }
    }

    /** One simulated buyer: its cookies, its language, its address, the page it is on. */
    final class Buyer {
        private final Catalogue catalogue;
        private final String language;
        private final String address;
        private final Map<String, String> cookies = new ConcurrentHashMap<>();
        private final Set<String> assetsFetched = new LinkedHashSet<>();
        private final Random random;
        private OpenPage current;

        Buyer(int number, Catalogue catalogue) {
            this.catalogue = catalogue;
            this.language = number % 2 == 0 ? "en" : "zh";
            long a = buyerAddresses.incrementAndGet();
            this.address = "198." + (18 + (a >> 16 & 1)) + "." + (a >> 8 & 255) + "." + (a & 255);
            this.random = new Random(settings.seed() * 1_000_003L + number);
        }

        void visitUntil(long end) throws InterruptedException {
            while (System.nanoTime() < end) {
                String query = query();
                List<Long> found = new ArrayList<>();
                boolean home = step(Step.HOME, "/", null, end);
                think(end);
                if (!home) {
                    continue;
                }
                step(Step.SEARCH, "/search", "q=" + encode(query), end, found);
                think(end);
                String category = catalogue.categories().isEmpty()
                        ? null
                        : catalogue
                                .categories()
                                .get(random.nextInt(catalogue.categories().size()));
                String facetQuery = "q=" + encode(query) + (category == null ? "" : "&category=" + encode(category));
                step(Step.FACET, "/search", facetQuery, end, found);
                think(end);
                long listing = found.isEmpty()
                        ? catalogue
                                .listingIds()
                                .get(random.nextInt(catalogue.listingIds().size()))
                        : found.get(random.nextInt(Math.min(found.size(), 10)));
                step(Step.LISTING, "/listings/" + listing, null, end);
                think(end);
                step(Step.SEARCH_AGAIN, "/search", "q=" + encode(query()), end);
                think(end);
            }
            unload();
        }

        private boolean step(Step step, String path, String query, long end) throws InterruptedException {
            return step(step, path, query, end, null);
        }

        /** Times one full page load; false (and counted) when it failed. Steps started after the end are skipped. */
        private boolean step(Step step, String path, String query, long end, List<Long> listingsFound)
                throws InterruptedException {
            if (System.nanoTime() >= end) {
                return false;
            }
            unload();
            if (step == settings.broken()) {
                path = step == Step.LISTING ? "/listings/999999999" : path + "-broken";
            }
            long t0 = System.nanoTime();
            try {
                String rendered = loadPage(path, query);
                check(step, path, rendered, listingsFound);
                record(step, System.nanoTime() - t0, null, null);
                return true;
            } catch (StepFailure f) {
                record(step, System.nanoTime() - t0, f.kind, f.getMessage());
                current = null;
                return false;
            } catch (HttpTimeoutException e) {
                record(step, System.nanoTime() - t0, "timeout", path);
                current = null;
                return false;
            } catch (IOException e) {
                record(
                        step,
                        System.nanoTime() - t0,
                        "io " + e.getClass().getSimpleName(),
                        String.valueOf(e.getMessage()));
                current = null;
                return false;
            }
        }

        /**
         * The requests of a full page load; returns the rendered view's UIDL (the initial one in the page, plus the
         * answer to the navigation event) for the step's checks.
         */
        String loadPage(String path, String query) throws IOException, StepFailure, InterruptedException {
            String target = path + (query == null ? "" : "?" + query);
            HttpResponse<String> page = get(this, target, language, null);
            expectStatus(page, 200);
            String html = page.body();
            if (!html.contains("<html") && !html.contains("<!DOCTYPE html") && !html.contains("<!doctype html")) {
                throw new StepFailure("not a page", target);
            }
            fetchAssets(html);
            String initial = initialJson(html);
            if (initial == null) {
                // The page did not carry the UI: the client asks for it.
                String init = "/?v-r=init&location=" + encode(path.substring(1)) + "&query="
                        + encode(query == null ? "" : query)
                        + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1280&v-bh=960&v-bw=1280&v-curdate="
                        + System.currentTimeMillis() + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false"
                        + "&v-tzid=Asia%2FShanghai&v-td=false";
                HttpResponse<String> response = get(this, init, language, null);
                expectStatus(response, 200);
                initial = response.body();
            }
            String uiId = first(UI_ID, initial);
            String key = first(SECURITY_KEY, initial);
            String sync = first(SYNC_ID, initial);
            if (uiId == null || key == null) {
                throw new StepFailure("no Vaadin UI in the page", target + ": " + abbreviate(initial));
            }
            current = new OpenPage(uiId, key, sync == null ? 0 : Integer.parseInt(sync), 0);
            String navigation = uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                    + json(path.substring(1)) + ",\"query\":" + json(query == null ? "" : query)
                    + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
            return initial + "\n" + navigation;
        }

        /** A UIDL request on the open page; returns the answer without Vaadin's {@code for(;;);} prefix. */
        private String uidl(String rpc) throws IOException, StepFailure, InterruptedException {
            OpenPage p = current;
            String body = "{\"csrfToken\":" + json(p.csrfToken) + ",\"rpc\":" + rpc + ",\"syncId\":" + p.syncId
                    + ",\"clientId\":" + p.clientId + "}";
            HttpResponse<String> response = post(this, "/?v-r=uidl&v-uiId=" + p.uiId, body);
            expectStatus(response, 200);
            String answer = response.body();
            if (answer.startsWith("for(;;);")) {
                answer = answer.substring("for(;;);".length());
            }
            if (answer.contains("\"sessionExpired\"")) {
                throw new StepFailure("session expired", abbreviate(answer));
            }
            if (answer.contains("\"appError\"")) {
                throw new StepFailure("Vaadin app error", abbreviate(answer));
            }
            String sync = first(SYNC_ID, answer);
            String client = first(CLIENT_ID, answer);
            current = new OpenPage(
                    p.uiId,
                    p.csrfToken,
                    sync == null ? p.syncId : Integer.parseInt(sync),
                    client == null ? p.clientId + 1 : Integer.parseInt(client));
            return answer;
        }

        /** The beacon a browser sends when it leaves a page: the server closes that UI. Not timed. */
        private void unload() throws InterruptedException {
            OpenPage p = current;
            current = null;
            if (p == null) {
                return;
            }
            String body = "{\"csrfToken\":" + json(p.csrfToken) + ",\"rpc\":[],\"syncId\":" + p.syncId
                    + ",\"clientId\":" + p.clientId + ",\"UNLOAD\":true}";
            try {
                post(this, "/?v-r=uidl&v-uiId=" + p.uiId, body);
            } catch (IOException e) {
                // A lost beacon is what browsers live with too.
            }
        }

        private void fetchAssets(String html) throws IOException, StepFailure, InterruptedException {
            Matcher a = ASSET.matcher(html);
            while (a.find()) {
                String asset = "/" + a.group(1);
                if (assetsFetched.add(asset)) {
                    HttpResponse<String> response = get(this, asset, language, null);
                    if (response.statusCode() != 200) {
                        throw new StepFailure("asset http " + response.statusCode(), asset);
                    }
                }
            }
        }

        private String query() {
            List<String> queries = language.equals("zh") ? catalogue.chineseQueries() : catalogue.englishQueries();
            return queries.get(random.nextInt(queries.size()));
        }

        private void think(long end) throws InterruptedException {
            long min = settings.thinkMin().toMillis();
            long max = settings.thinkMax().toMillis();
            long ms = min + (max > min ? random.nextLong(max - min + 1) : 0);
            long until = Math.min(end, System.nanoTime() + ms * 1_000_000L);
            sleepUntil(until);
        }

        void rememberCookies(HttpResponse<?> response) {
            for (String header : response.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
        }

        String cookieHeader() {
            StringBuilder b = new StringBuilder();
            cookies.forEach((k, v) ->
                    b.append(b.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            return b.toString();
        }
    }

    /** The Vaadin UI a buyer's page holds: its id, CSRF token, last server sync id and the next client id. */
    record OpenPage(String uiId, String csrfToken, int syncId, int clientId) {}

    /**
     * The rendered view must be the step's: not the error or not-found page, searches not rate-limited, a listing page
     * with the listing class. Search steps collect the listing ids their results link to.
     */
    static void check(Step step, String path, String rendered, List<Long> listingsFound) throws StepFailure {
        if (rendered.contains("dp-message-page")) {
            throw new StepFailure("error page", path);
        }
        switch (step) {
            case HOME -> {
                if (!rendered.contains("\"recent-listings\"")) {
                    throw new StepFailure("unexpected page", path + ": no home page in the UIDL");
                }
            }
            case SEARCH, FACET, SEARCH_AGAIN -> {
                if (rendered.contains("search-rate-limited")) {
                    throw new StepFailure("rate limited", path);
                }
                if (!rendered.contains("search-heading") && !rendered.contains("dp-search")) {
                    throw new StepFailure("unexpected page", path + ": no search page in the UIDL");
                }
                if (listingsFound != null) {
                    Matcher m = LISTING_LINK.matcher(rendered);
                    Set<Long> ids = new LinkedHashSet<>();
                    while (m.find() && ids.size() < 40) {
                        ids.add(Long.parseLong(m.group(1)));
                    }
                    if (!ids.isEmpty()) {
                        listingsFound.clear();
                        listingsFound.addAll(ids);
                    }
                }
            }
            case LISTING -> {
                if (!rendered.contains("dp-listing")) {
                    throw new StepFailure("unexpected page", path + ": no listing page in the UIDL");
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP

    private HttpResponse<String> get(Buyer buyer, String pathAndQuery, String language, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = request(buyer, pathAndQuery, language)
                .GET()
                .header("Accept", accept == null ? "text/html,application/xhtml+xml,*/*;q=0.8" : accept);
        return send(buyer, r.build());
    }

    private HttpResponse<String> post(Buyer buyer, String pathAndQuery, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = request(buyer, pathAndQuery, buyer.language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "*/*");
        return send(buyer, r.build());
    }

    private HttpRequest.Builder request(Buyer buyer, String pathAndQuery, String language) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(settings.base() + pathAndQuery))
                .timeout(settings.requestTimeout())
                // A browser's User-Agent: the site counts the buyers' views and searches as it counts people's (no
                // bot).
                .header(
                        "User-Agent",
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/142.0 Safari/537.36 DataPort-load-test/1")
                .header("Accept-Language", "zh".equals(language) ? "zh-CN,zh;q=0.9,en;q=0.5" : "en-GB,en;q=0.9");
        if (buyer != null) {
            String cookies = buyer.cookieHeader();
            if (!cookies.isEmpty()) {
                r.header("Cookie", cookies);
            }
            r.header("X-Forwarded-For", buyer.address);
        }
        return r;
    }

    private HttpResponse<String> send(Buyer buyer, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        requests.increment();
        responseBytes.add(response.body().length());
        if (buyer != null) {
            buyer.rememberCookies(response);
        }
        return response;
    }

    private static void expectStatus(HttpResponse<String> response, int status) throws StepFailure {
        if (response.statusCode() != status) {
            String query = response.uri().getRawQuery();
            throw new StepFailure(
                    "http " + response.statusCode(), response.uri().getRawPath() + (query == null ? "" : "?" + query));
        }
    }

    /**
     * The initial UIDL a page carries ({@code window.Vaadin.TypeScript= {"appConfig": ...};}), or null when it
     * carries none (Vaadin 25 writes {@code window.Vaadin.TypeScript= {};} and the client asks with {@code v-r=init}).
     */
    static String initialJson(String html) {
        int at = html.indexOf("window.Vaadin.TypeScript");
        if (at < 0) {
            return null;
        }
        int end = html.indexOf("</script>", at);
        String script = end < 0 ? html.substring(at) : html.substring(at, end);
        return script.contains("\"appConfig\"") ? script : null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures

    /** The figures of a run: per step count, errors and latency percentiles; errors by kind; throughput. */
    public record Report(
            Settings settings,
            long elapsedNanos,
            Map<Step, List<Long>> nanos,
            Map<String, Long> errors,
            Map<String, String> firstErrorDetail,
            long requests,
            long responseChars) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        public long steps() {
            return nanos.values().stream().mapToLong(List::size).sum();
        }

        public void print(PrintStream out) {
            double seconds = elapsedNanos / 1e9;
            out.printf(
                    Locale.ROOT,
                    "%nLoad test figures (%s, %d buyers, %.0f s, %s)%n",
                    Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                    settings.buyers(),
                    seconds,
                    settings.base());
            out.printf(
                    Locale.ROOT,
                    "%-13s %7s %7s %9s %9s %9s %9s%n",
                    "step",
                    "count",
                    "errors",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "max ms");
            for (Step step : Step.values()) {
                List<Long> list = new ArrayList<>(nanos.getOrDefault(step, List.of()));
                Collections.sort(list);
                long failed = errors.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(step.label + ": "))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
                out.printf(
                        Locale.ROOT,
                        "%-13s %7d %7d %9.0f %9.0f %9.0f %9.0f%n",
                        step.label,
                        list.size(),
                        failed,
                        percentile(list, 50),
                        percentile(list, 95),
                        percentile(list, 99),
                        list.isEmpty() ? 0 : list.getLast() / 1e6);
            }
            out.printf(
                    Locale.ROOT,
                    "throughput: %.1f page loads/s (%d steps), %.1f HTTP requests/s, %.1f million characters"
                            + " received%n",
                    steps() / seconds,
                    steps(),
                    requests / seconds,
                    responseChars / 1e6);
            if (errors.isEmpty()) {
                out.println("errors: 0");
            } else {
                out.println("errors: " + errorCount());
                errors.forEach((kind, n) ->
                        out.printf("  %6d  %s   (first: %s)%n", n, kind, firstErrorDetail.getOrDefault(kind, "")));
            }
        }

        static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small helpers

    /** This machine's 1-minute load average (Linux), or "?" elsewhere. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    private static String human(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
