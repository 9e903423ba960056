package dataport.shared;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders merchants' Markdown to HTML that is safe to show: raw HTML in the source is escaped by the renderer, and
 * the result goes through an allow-list sanitiser anyway, so no script, event handler or javascript: link survives
 * even if one of the two is misconfigured.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href")
                    .onElements("a")
                    .requireRelNofollowOnLinks()
                    .allowElements("ul", "ol", "li", "pre", "code", "hr", "br", "h2", "h3", "h4")
                    .toFactory());

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        return POLICY.sanitize(RENDERER.render(document));
    }
}
