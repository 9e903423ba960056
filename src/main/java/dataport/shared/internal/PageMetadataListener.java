package dataport.shared.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dataport.shared.Languages;
import dataport.shared.PageMetadata;
import dataport.shared.PageMetadataSource;
import dataport.shared.SiteUrl;
import dataport.shared.ui.LanguagePreference;
import dataport.shared.ui.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a public page's metadata into the first HTML response, per request, on the server: title, description,
 * canonical address, the {@code hreflang} alternates for English, Chinese and the bare address ({@code x-default}),
 * Open Graph tags, {@code <html lang>} and schema.org JSON-LD. The module that owns the route says what is in it
 * ({@link PageMetadataSource}); a path nobody describes (a workspace page, an unknown listing) keeps Vaadin's page.
 *
 * <p>The title is the one the view itself sets ({@code HasDynamicTitle}) when Vaadin rendered the view into this
 * response, so the server's and the browser's titles never differ.
 *
 * <p>JSON-LD carries merchants' own texts: every {@code <}, {@code >} and {@code &} is written as a JSON escape
 * ({@code \u003c}), so {@code </script>} or {@code <!--} in a title cannot end the script element.
 */
@Component
class PageMetadataListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PageMetadataListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MARKER = "data-seo";

    private final List<PageMetadataSource> sources;
    private final SiteUrl site;
    private final Translations translations;

    PageMetadataListener(List<PageMetadataSource> sources, SiteUrl site, Translations translations) {
        this.sources = sources;
        this.site = site;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::describe);
    }

    void describe(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = path(request);
        Locale locale = response.getUI().map(UI::getLocale).orElseGet(() -> LanguagePreference.resolve(request));
        Document document = response.getDocument();
        document.getElementsByTag("html").attr("lang", Languages.tag(locale));
        Optional<PageMetadata> metadata;
        try {
            metadata = sources.stream()
                    .filter(source -> source.owns(path))
                    .findFirst()
                    .flatMap(source -> source.describe(path, locale));
        } catch (RuntimeException e) {
            // The page itself still works without its metadata.
            log.warn("No metadata for /{}: {}", path, e.toString());
            return;
        }
        metadata.ifPresent(m -> write(
                document,
                path,
                locale,
                m,
                response.getUI().map(ui -> ui.getInternals().getTitle())));
    }

    private void write(Document document, String path, Locale locale, PageMetadata m, Optional<String> viewTitle) {
        Element head = document.head();
        String title = viewTitle.filter(t -> !t.isBlank()).orElse(m.title());
        document.title(title);
        String bare = site.of(path);
        String canonical = site.of(path, locale);
        meta(head, "name", "description", m.description());
        link(head, "canonical", canonical, null);
        link(head, "alternate", site.of(path, Languages.ENGLISH), "en");
        link(head, "alternate", site.of(path, Languages.CHINESE), "zh-Hans");
        link(head, "alternate", bare, "x-default");
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", m.description());
        meta(head, "property", "og:type", m.openGraphType());
        meta(head, "property", "og:url", canonical);
        meta(head, "property", "og:site_name", translations.getTranslation("app.name", locale));
        meta(head, "property", "og:locale", Languages.isChinese(locale) ? "zh_CN" : "en_US");
        meta(head, "property", "og:locale:alternate", Languages.isChinese(locale) ? "en_US" : "zh_CN");
        if (m.imageUrl() != null) {
            meta(head, "property", "og:image", m.imageUrl());
        }
        meta(head, "name", "twitter:card", m.imageUrl() == null ? "summary" : "summary_large_image");
        for (var data : m.structuredData()) {
            Element script = head.appendElement("script")
                    .attr("type", "application/ld+json")
                    .attr(MARKER, "");
            script.appendChild(new DataNode(jsonForScript(data)));
        }
    }

    /** JSON that cannot close or comment out the script element it stands in, whatever the strings hold. */
    static String jsonForScript(Object data) {
        return JSON.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.select("meta[" + attribute + "=\"" + name + "\"]").remove();
        head.appendElement("meta")
                .attr(attribute, name)
                .attr("content", content)
                .attr(MARKER, "");
    }

    private static void link(Element head, String rel, String href, String hreflang) {
        Element link =
                head.appendElement("link").attr("rel", rel).attr("href", href).attr(MARKER, "");
        if (hreflang != null) {
            link.attr("hreflang", hreflang);
        }
    }

    static String path(VaadinRequest request) {
        String uri = request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? servlet.getRequestURI().substring(servlet.getContextPath().length())
                : request.getPathInfo();
        if (uri == null) {
            return "";
        }
        String path = uri.startsWith("/") ? uri.substring(1) : uri;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
