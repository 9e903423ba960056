package dataport.e2e.pages;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as a search engine's crawler reads it: the first HTML response, fetched without a browser (Playwright's
 * APIRequestContext), and what its head says: title, canonical address, hreflang alternates and schema.org JSON-LD.
 */
public class SearchEngineView {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern LOC = Pattern.compile("<loc>(.*?)</loc>");

    private final int status;
    private final String html;

    private SearchEngineView(int status, String html) {
        this.status = status;
        this.html = html;
    }

    public static SearchEngineView fetch(APIRequestContext crawler, String path) {
        APIResponse response = crawler.get(path);
        return new SearchEngineView(response.status(), response.text());
    }

    /** The {@code <loc>} addresses of a sitemap. */
    public static List<String> sitemapAddresses(APIRequestContext crawler, String path) {
        List<String> locs = new ArrayList<>();
        Matcher m = LOC.matcher(crawler.get(path).text());
        while (m.find()) {
            locs.add(unescape(m.group(1)));
        }
        return locs;
    }

    public int status() {
        return status;
    }

    public String title() {
        Matcher m = TITLE.matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    public List<String> canonicals() {
        return links().stream()
                .filter(l -> "canonical".equals(l.get("rel")))
                .map(l -> l.get("href"))
                .toList();
    }

    /** hreflang → address of the {@code <link rel="alternate" hreflang>} tags. */
    public Map<String, String> alternates() {
        Map<String, String> alternates = new LinkedHashMap<>();
        links().stream()
                .filter(l -> "alternate".equals(l.get("rel")) && l.containsKey("hreflang"))
                .forEach(l -> alternates.put(l.get("hreflang"), l.get("href")));
        return alternates;
    }

    /** The JSON-LD objects of the given {@code @type}. */
    public List<JsonObject> structuredData(String type) {
        List<JsonObject> found = new ArrayList<>();
        Matcher m = JSON_LD.matcher(html);
        while (m.find()) {
            JsonElement json = JsonParser.parseString(m.group(1));
            if (json.isJsonObject()
                    && json.getAsJsonObject().has("@type")
                    && type.equals(json.getAsJsonObject().get("@type").getAsString())) {
                found.add(json.getAsJsonObject());
            }
        }
        return found;
    }

    private List<Map<String, String>> links() {
        List<Map<String, String>> links = new ArrayList<>();
        Matcher tag = LINK.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(tag.group());
            while (a.find()) {
                attributes.put(a.group(1), unescape(a.group(2)));
            }
            links.add(attributes);
        }
        return links;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
