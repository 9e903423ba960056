package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersHeadingsListsAndEmphasis() {
        String html = Markdown.toSafeHtml("## Coverage\n\n- **190** countries\n- daily *updates*");

        assertThat(html).contains("<h2>Coverage</h2>", "<li><strong>190</strong> countries</li>", "<em>updates</em>");
    }

    @Test
    void neverLetsScriptsEventHandlersOrJavascriptLinksThrough() {
        String hostile = """
                <script>alert(1)</script>
                <img src=x onerror="alert(2)">
                [click](javascript:alert(3))
                <a href="javascript:alert(4)" onclick="alert(5)">x</a>
                <iframe src="https://evil.example"></iframe>
                """;

        String html = Markdown.toSafeHtml(hostile + "\n\n[link](javascript:alert(6))\n");

        // The hostile text may remain as visible, escaped text; what must never appear is live markup.
        assertThat(html.toLowerCase())
                .doesNotContain("<script", "<iframe", "<img", "href=\"javascript")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void keepsSqlLookingTextAsPlainText() {
        assertThat(Markdown.toSafeHtml("Robert'); DROP TABLE listing;--")).contains("DROP TABLE listing;");
    }
}
