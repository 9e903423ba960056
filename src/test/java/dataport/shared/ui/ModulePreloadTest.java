package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ModulePreloadTest {

    private static final String PAGE = """
            <html><head><meta charset="UTF-8">
            <script type="module" crossorigin src="./VAADIN/build/indexhtml-Ab12_-x.js"></script>
            </head><body><div id="outlet"></div></body></html>
            """;

    @Test
    void theModulesTheBootstrapScriptLoadsLaterArePreloadedRightAfterIt() {
        Document page = Jsoup.parse(PAGE);

        new ModulePreload("module-preload/").addPreloads(page);

        assertThat(page.head().select("link[rel=modulepreload]").eachAttr("href"))
                .containsExactly(
                        "./VAADIN/build/generated-flow-imports-t4nGUjc-.js",
                        "./VAADIN/build/vaadin-icon-B0LlrK5h.js",
                        "./VAADIN/build/focus-mixin-CO9_HnQL.js",
                        "./VAADIN/build/lit-DkT1.js");
        assertThat(page.head().selectFirst("script").nextElementSibling().attr("href"))
                .as("first preload follows the bootstrap script")
                .endsWith("generated-flow-imports-t4nGUjc-.js");
        assertThat(page.head().select("link[rel=modulepreload]").eachAttr("crossorigin"))
                .as("same request mode as the module script, so the browser reuses the preloaded response")
                .containsOnly("");
    }

    @Test
    void aPageWhoseBootstrapScriptIsNotInTheJarGetsNoPreloads() {
        Document page = Jsoup.parse(PAGE.replace("indexhtml-Ab12_-x.js", "indexhtml-missing.js"));

        new ModulePreload("module-preload/").addPreloads(page);

        assertThat(page.head().select("link[rel=modulepreload]")).isEmpty();
    }

    @Test
    void aDevelopmentModePageWithoutTheProductionBootstrapScriptIsLeftAlone() {
        Document page = Jsoup.parse("<html><head><script type=\"module\" src=\"/VAADIN/@vite/client\"></script></head>"
                + "<body></body></html>");

        new ModulePreload("module-preload/").addPreloads(page);

        assertThat(page.head().select("link")).isEmpty();
    }
}
