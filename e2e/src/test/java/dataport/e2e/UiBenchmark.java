package dataport.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The UI benchmark ({@code ./dataport bench-ui}, README "UI benchmark"): figures, not a test. A real Chromium against
 * the production jar the script started ({@code base.url}, {@code bench.app.pid}): Enter-to-results over a fixed list
 * of queries (English and Chinese) with facet clicks and paging, typing suggestions, UIDL bytes per search, home page
 * LCP on a cold cache, and server heap per browsing session. Left out of the e2e run by its tag.
 */
@Tag("benchmark")
class UiBenchmark {

    private static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    private static final long APP_PID = Long.getLong("bench.app.pid", -1L);

    /** 44 queries: words of the demo and generated catalogues, English and Chinese, one and two words. */
    static final List<String> QUERIES = List.of(
            "weather",
            "cloud storage",
            "traffic",
            "satellite imagery",
            "finance",
            "air quality",
            "shipping",
            "logistics api",
            "retail sales",
            "energy",
            "healthcare",
            "privacy",
            "translation",
            "maps",
            "customs",
            "payments",
            "agriculture",
            "real estate",
            "news feed",
            "exchange rates",
            "ecommerce",
            "climate",
            "data",
            "analytics",
            "气象",
            "云存储",
            "交通",
            "卫星",
            "金融",
            "空气质量",
            "物流",
            "零售",
            "能源",
            "医疗",
            "隐私",
            "翻译",
            "地图",
            "海关",
            "支付",
            "农业",
            "房地产",
            "新闻",
            "汇率",
            "数据");

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    @Test
    void printsTheFiguresOfIssue14() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "%nDataPort UI benchmark against %s (pid %d), %d cores, load average %.2f%n",
                BASE_URL,
                APP_PID,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        try (Playwright playwright = Playwright.create()) {
            Browser browser = launch(playwright, List.of());
            searchFigures(browser);
            lcp(browser);
            browser.close();
            // Many pages in few renderer processes, so 200 sessions fit in the machine's memory.
            Browser many = launch(playwright, List.of("--renderer-process-limit=4"));
            heapPerSession(many);
            many.close();
        }
    }

    private static Browser launch(Playwright playwright, List<String> extra) {
        List<String> args = new ArrayList<>(CHROMIUM_ARGS);
        args.addAll(extra);
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(args));
    }

    private static BrowserContext context(Browser browser, int width, int height, boolean mobile, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(mobile)
                .setHasTouch(mobile)
                .setLocale(locale)
                .setBaseURL(BASE_URL));
        context.setDefaultTimeout(60_000);
        return context;
    }

    // ---------------------------------------------------------------- search: Enter, facets, paging, UIDL, suggestions

    private static void searchFigures(Browser browser) {
        BrowserContext context = context(browser, 1280, 800, false, "en-US");
        Page page = context.newPage();
        List<Response> uidl = Collections.synchronizedList(new ArrayList<>());
        page.onResponse(r -> {
            if (r.url().contains("v-r=uidl")) {
                uidl.add(r);
            }
        });
        page.navigate("/search");
        waitForVaadin(page);
        // Warm-up: the browser caches, the server's JIT and caches (not counted).
        for (String q : List.of("warmup", "cloud", "天气")) {
            enter(page, q);
        }
        List<Double> enterMs = new ArrayList<>();
        List<Double> facetMs = new ArrayList<>();
        List<Double> pageMs = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> wire = new ArrayList<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            String q = QUERIES.get(i);
            typeWithoutSuggestions(page, q);
            uidl.clear();
            try {
                enterMs.add(enter(page, q));
            } catch (com.microsoft.playwright.PlaywrightException lost) {
                // Enter picked a suggestion with exactly that title (opens the listing): not a search, not counted.
                System.out.printf("  %s: Enter did not show a result page (%s), skipped%n", q, page.url());
                page.navigate("/search");
                waitForVaadin(page);
                continue;
            }
            long[] bytes = bytes(uidl);
            if (i == 0 || i == 24) {
                dump(uidl, "uidl-search-" + i + ".json");
            }
            raw.add(bytes[0]);
            wire.add(bytes[1]);
            if (i % 4 == 1) {
                Locator box = page.locator("#search-filters input[type=checkbox]:not(:checked)");
                if (box.count() > 0) {
                    String before = page.url();
                    long t0 = System.nanoTime();
                    box.first().click();
                    page.waitForURL(url -> !url.equals(before));
                    waitForVaadin(page);
                    facetMs.add((System.nanoTime() - t0) / 1e6);
                }
            }
            if (i % 3 == 2) {
                Locator next = page.locator(".dp-pager .dp-page-link");
                if (next.count() > 0) {
                    String before = page.url();
                    long t0 = System.nanoTime();
                    next.last().click();
                    page.waitForURL(url -> !url.equals(before));
                    waitForVaadin(page);
                    pageMs.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Enter -> results, warm browser, %d queries (en + zh): p50 %.0f ms, p95 %.0f ms%n",
                enterMs.size(),
                percentile(enterMs, 50),
                percentile(enterMs, 95));
        System.out.printf(
                Locale.ROOT,
                "Facet click -> results, %d clicks: p50 %.0f ms, p95 %.0f ms; next page, %d clicks: p50 %.0f ms, p95"
                        + " %.0f ms%n",
                facetMs.size(),
                percentile(facetMs, 50),
                percentile(facetMs, 95),
                pageMs.size(),
                percentile(pageMs, 50),
                percentile(pageMs, 95));
        System.out.printf(
                Locale.ROOT,
                "UIDL per search (Enter): uncompressed median %.1f KB, max %.1f KB; on the wire median %.1f KB, max"
                        + " %.1f KB%n",
                percentile(raw.stream().map(Long::doubleValue).toList(), 50) / 1024,
                Collections.max(raw) / 1024.0,
                percentile(wire.stream().map(Long::doubleValue).toList(), 50) / 1024,
                Collections.max(wire) / 1024.0);
        suggestions(page);
        context.close();
    }

    /** Puts the text in the box as a paste would (one input event), and lets the suggestions it asks for settle. */
    private static void typeWithoutSuggestions(Page page, String q) {
        Locator input = page.locator("#search-box input");
        input.fill(q);
        waitForVaadin(page);
    }

    /** Presses Enter in the box; the time until the page shows the results of {@code q} and Vaadin is idle. */
    private static double enter(Page page, String q) {
        Locator input = page.locator("#search-box input");
        if (!q.equals(input.inputValue())) {
            input.fill(q);
            waitForVaadin(page);
        }
        String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        input.press("Enter");
        page.waitForFunction(
                """
                ([encoded, q]) => {
                  const p = new URLSearchParams(location.search).get('q');
                  const heading = document.getElementById('search-heading');
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (p !== q || !heading || !heading.textContent.includes(q) || !clients) return false;
                  return Object.values(clients).filter(c => typeof c.isActive === 'function').every(c => !c.isActive());
                }
                """,
                List.of(encoded, q),
                new Page.WaitForFunctionOptions().setPollingInterval(5).setTimeout(20_000));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Decoded and transferred body bytes of the UIDL responses collected. */
    private static long[] bytes(List<Response> responses) {
        long raw = 0;
        long wire = 0;
        for (Response r : List.copyOf(responses)) {
            try {
                int decoded = r.body().length;
                raw += decoded;
                long transferred = r.request().sizes().responseBodySize;
                wire += transferred > 0 ? transferred : decoded;
            } catch (RuntimeException gone) {
                // A response whose body the browser no longer holds: not counted.
            }
        }
        return new long[] {raw, wire};
    }

    /** Keeps the UIDL bodies of one search in target/bench-ui, to see what a search sends. */
    private static void dump(List<Response> responses, String name) {
        try {
            java.nio.file.Path folder = Paths.get("target", "bench-ui");
            java.nio.file.Files.createDirectories(folder);
            StringBuilder all = new StringBuilder();
            for (Response r : List.copyOf(responses)) {
                all.append(new String(r.body(), StandardCharsets.UTF_8)).append('\n');
            }
            java.nio.file.Files.writeString(folder.resolve(name), all);
        } catch (IOException | RuntimeException e) {
            System.out.println("  (could not keep " + name + ": " + e + ")");
        }
    }

    /** Typing the start of a word: time from the last keystroke until the drop-down shows suggestions. */
    private static void suggestions(Page page) {
        List<Double> ms = new ArrayList<>();
        List<String> starts =
                List.of("wea", "clo", "tra", "sat", "fin", "air", "shi", "ene", "hea", "pri", "气象", "云", "交通", "金融");
        Locator input = page.locator("#search-box input");
        for (String start : starts) {
            // Escape first: on a closed drop-down it puts the chosen value's text back into the box, and the word
            // start would then be appended to the last query (no suggestion at all: the first runs counted 0 of 14).
            page.keyboard().press("Escape");
            input.fill("");
            waitForVaadin(page);
            input.click();
            input.pressSequentially(start.substring(0, start.length() - 1));
            long t0 = System.nanoTime();
            // pressSequentially, not press: a Chinese character is no key of the keyboard (press throws "Unknown key").
            input.pressSequentially(start.substring(start.length() - 1));
            try {
                // Vaadin 25's items are vaadin-combo-box-item elements in the overlay's shadow DOM, which
                // document.querySelectorAll does not see; Playwright's locators pierce open shadow roots. An item
                // with the typed text: loading placeholders have none.
                page.locator("vaadin-combo-box-item")
                        .filter(new Locator.FilterOptions().setVisible(true))
                        .filter(new Locator.FilterOptions().setHasText(start))
                        .first()
                        .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                ms.add((System.nanoTime() - t0) / 1e6);
            } catch (com.microsoft.playwright.TimeoutError none) {
                // No suggestion for this start: not a figure.
                System.out.printf("  suggestions for \"%s\": none shown (box: \"%s\")%n", start, input.inputValue());
            }
        }
        page.keyboard().press("Escape");
        System.out.printf(
                Locale.ROOT,
                "Typing suggestions shown after the last keystroke, %d of %d word starts: p50 %.0f ms, p95 %.0f ms%n",
                ms.size(),
                starts.size(),
                percentile(ms, 50),
                percentile(ms, 95));
    }

    // ---------------------------------------------------------------- home page LCP, cold cache

    private static void lcp(Browser browser) {
        for (boolean phone : new boolean[] {false, true}) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // A new context has an empty HTTP cache: a first visit.
                BrowserContext context = phone
                        ? context(browser, 390, 844, true, "en-US")
                        : context(browser, 1280, 800, false, "en-US");
                Page page = context.newPage();
                page.navigate("/");
                waitForVaadin(page);
                Object value = page.evaluate(
                        """
                        () => new Promise(resolve => {
                          let last = 0;
                          new PerformanceObserver(list => {
                            for (const e of list.getEntries()) last = e.startTime;
                          }).observe({type: 'largest-contentful-paint', buffered: true});
                          setTimeout(() => resolve(last), 500);
                        })
                        """);
                ms.add(((Number) value).doubleValue());
                context.close();
            }
            System.out.printf(
                    Locale.ROOT,
                    "Home page LCP, cold cache, %s: median of 5 %.0f ms (all: %s)%n",
                    phone ? "phone 390" : "desktop 1280",
                    percentile(ms, 50),
                    ms.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(", ")));
        }
    }

    // ---------------------------------------------------------------- heap per browsing session

    /**
     * N browser contexts (each its own cookie, so its own HTTP and Vaadin session) visit home, search (the header's
     * box) and a listing (a result's link) in one tab, all in-app navigations of one UI. The contexts stay open while
     * the server's heap is measured: no page unloads, so no UI is closed, and their heartbeats keep them alive. Live
     * heap after a full GC ({@code jcmd GC.class_histogram}), N sessions open minus before they were opened.
     */
    private static void heapPerSession(Browser browser) throws Exception {
        if (APP_PID <= 0) {
            System.out.println("Heap per session: no bench.app.pid given, not measured");
            return;
        }
        Map<String, long[]> before = histogram();
        Map<String, long[]> half = null;
        List<BrowserContext> open = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            if (i == SESSIONS / 2) {
                half = histogram();
            }
            BrowserContext context = context(browser, 1280, 800, false, i % 2 == 0 ? "en-US" : "zh-CN");
            open.add(context);
            Page page = context.newPage();
            page.navigate("/");
            waitForVaadin(page);
            Locator header = page.locator("#header-search input");
            header.fill(QUERIES.get(i % QUERIES.size()));
            header.press("Enter");
            page.waitForURL(url -> url.contains("/search"));
            waitForVaadin(page);
            Locator link = page.locator("#search-results .dp-card-link");
            if (link.count() > 0) {
                link.first().click();
                page.waitForURL(url -> url.contains("/listings/"));
                waitForVaadin(page);
            }
        }
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, long[]> after = histogram();
        long totalBefore = before.values().stream().mapToLong(v -> v[1]).sum();
        long totalAfter = after.values().stream().mapToLong(v -> v[1]).sum();
        System.out.printf(
                Locale.ROOT,
                "Server heap per browsing session (home -> search -> listing), %d sessions open at once (opened in %.0f"
                        + " s): %.1f KB (live heap after full GC %.1f MB -> %.1f MB)%n",
                SESSIONS,
                openSeconds,
                (totalAfter - totalBefore) / 1024.0 / SESSIONS,
                totalBefore / 1048576.0,
                totalAfter / 1048576.0);
        System.out.printf(
                Locale.ROOT,
                "  alive while measured: %d VaadinSession, %d UI instances (before: %d, %d)%n",
                count(after, "com.vaadin.flow.server.VaadinSession"),
                count(after, "com.vaadin.flow.component.UI"),
                count(before, "com.vaadin.flow.server.VaadinSession"),
                count(before, "com.vaadin.flow.component.UI"));
        // What the first sessions also bring once (caches filled by the first searches and pages, pools grown) is in
        // the figure above; the second half's growth is what each further session costs.
        if (half == null || SESSIONS < 2) {
            open.forEach(BrowserContext::close);
            return;
        }
        int later = SESSIONS - SESSIONS / 2;
        long totalHalf = half.values().stream().mapToLong(v -> v[1]).sum();
        System.out.printf(
                Locale.ROOT,
                "  each further session (the last %d opened): %.1f KB (live heap %.1f MB -> %.1f MB)%n",
                later,
                (totalAfter - totalHalf) / 1024.0 / later,
                totalHalf / 1048576.0,
                totalAfter / 1048576.0);
        System.out.println("  largest growth per further session, by class:");
        printGrowth(half, after, later, 20);
        open.forEach(BrowserContext::close);
    }

    private static void printGrowth(Map<String, long[]> from, Map<String, long[]> to, int sessions, int classes) {
        to.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[1] - from.getOrDefault(e.getKey(), new long[2])[1]))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(classes)
                .forEach(e -> System.out.printf(
                        Locale.ROOT, "    %8.1f KB  %s%n", e.getValue() / 1024.0 / sessions, e.getKey()));
    }

    private static long count(Map<String, long[]> histogram, String className) {
        return histogram.getOrDefault(className, new long[2])[0];
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Class name to {instances, bytes} of the app's live heap (the histogram runs a full GC first). */
    private static Map<String, long[]> histogram() throws IOException, InterruptedException {
        String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, String.valueOf(APP_PID), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        Map<String, long[]> classes = new HashMap<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = HISTOGRAM_LINE.matcher(line);
                if (m.find()) {
                    classes.merge(
                            m.group(3),
                            new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
        }
        process.waitFor(2, TimeUnit.MINUTES);
        return classes;
    }

    // ---------------------------------------------------------------- helpers

    private static void waitForVaadin(Page page) {
        page.waitForFunction(
                """
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients) return false;
                  const all = Object.values(clients).filter(c => typeof c.isActive === 'function');
                  return all.length > 0 && all.every(c => !c.isActive());
                }
                """,
                null,
                new Page.WaitForFunctionOptions().setPollingInterval(10));
    }

    /** Nearest rank. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
