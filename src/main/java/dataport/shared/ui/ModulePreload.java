package dataport.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * First paint: every page needs the Vaadin bundle's component module ({@code generated-flow-imports-*.js}, the largest
 * file) and the chunks it imports, but the bootstrap script asks for them only once it has run. Listing them as
 * {@code <link rel="modulepreload">} in the page's head lets the browser fetch and compile them while it is still on
 * the bootstrap script. The names carry content hashes, so they are read from the bootstrap script in the jar (once
 * per bootstrap file); in development mode, or when no such script is found, nothing is added.
 */
@Component
public class ModulePreload implements VaadinServiceInitListener {

    /** Where the production bundle's files are inside the jar. */
    private static final String BUNDLE = "META-INF/VAADIN/webapp/";

    /** The files the bootstrap script imports on demand (Vite's dependency list), e.g. {@code "./vaadin-icon-x.js"}. */
    private static final Pattern MODULE = Pattern.compile("\"\\./([A-Za-z0-9_.-]+\\.js)\"");

    private final Map<String, List<String>> modulesByEntry = new ConcurrentHashMap<>();
    private final String bundle;

    public ModulePreload() {
        this(BUNDLE);
    }

    /** With the bundle's files under {@code bundle} on the classpath (tests). */
    ModulePreload(String bundle) {
        this.bundle = bundle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> addPreloads(response.getDocument()));
    }

    void addPreloads(Document document) {
        Element entry = document.head().selectFirst("script[type=module][src*=/indexhtml-]");
        if (entry == null) {
            return;
        }
        String src = entry.attr("src");
        String folder = src.substring(0, src.lastIndexOf('/') + 1);
        Element previous = entry;
        for (String module : modulesByEntry.computeIfAbsent(src, this::modulesOf)) {
            Element link = new Element("link")
                    .attr("rel", "modulepreload")
                    .attr("crossorigin", "")
                    .attr("href", folder + module);
            previous.after(link);
            previous = link;
        }
    }

    /** The modules the bootstrap script at {@code src} loads on demand; none when it is not in the jar. */
    List<String> modulesOf(String src) {
        String path = bundle + src.replaceFirst("^\\./", "").replaceFirst("^/", "");
        try (InputStream in = ModulePreload.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            Set<String> modules = new LinkedHashSet<>();
            Matcher m = MODULE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                modules.add(m.group(1));
            }
            return List.copyOf(modules);
        } catch (IOException e) {
            return List.of();
        }
    }
}
