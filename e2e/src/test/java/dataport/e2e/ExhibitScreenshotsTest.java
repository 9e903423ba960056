package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.ExhibitEditorPage;
import dataport.e2e.pages.ExhibitPage;
import dataport.e2e.pages.LoginPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curator's exhibit editor (with its preview) and a public exhibit page, at desktop (1280) and phone (390) width in
 * both languages, saved as {@code exhibit-hall-editor-*}, {@code exhibit-hall-preview-*} and {@code exhibit-hall-page-*}
 * screenshots; nothing may stick out sideways, the banner upload speaks the reader's language and an over-long paste
 * is kept whole and marked with the limit.
 */
class ExhibitScreenshotsTest extends E2eTest {

    private static final String PASSWORD = "DataPort-Demo-2026!";

    @ParameterizedTest
    @CsvSource({"1280, desktop, en", "1280, desktop, zh", "390, phone, en", "390, phone, zh"})
    void editorPreviewAndExhibitPage(int width, String size, String language) {
        boolean chinese = language.equals("zh");
        useViewport(width < 500 ? Viewport.MOBILE : Viewport.DESKTOP, chinese ? "zh-CN" : "en-US");
        page.setViewportSize(width, width < 500 ? 844 : 900);
        new LoginPage(page).open().signIn("curator@dataport.example", PASSWORD);

        page.navigate("/curation/exhibits");
        new ExhibitEditorPage(page).waitForVaadin();
        page.locator("#exhibit-list .exhibit-link", new Page.LocatorOptions()
                        .setHasText(chinese ? "云服务" : "Cloud"))
                .first()
                .click();
        page.waitForURL(url -> url.matches(".*/curation/exhibits/\\d+$"));
        ExhibitEditorPage editor = new ExhibitEditorPage(page);
        editor.waitForVaadin();
        assertThat(page.locator("#banner-upload")).containsText(chinese ? "选择横幅图片" : "Choose a banner image");
        assertThat(page.locator("#banner-upload")).containsText(chinese ? "拖放到此处" : "drop a JPEG or PNG");
        // A paste over the limit is kept whole and marked with the limit, never cut.
        editor.fill("exhibit-subtitle-en", "x".repeat(301));
        assertThat(page.locator("#exhibit-subtitle-en input")).hasValue("x".repeat(301));
        assertThat(editor.errorOf("exhibit-subtitle-en")).containsText(chinese ? "最多 300 个字符" : "at most 300 characters");
        assertNoHorizontalScroll();
        screenshot("exhibit-hall-editor-" + size + "-" + language);

        editor.preview(chinese);
        screenshot("exhibit-hall-preview-" + size + "-" + language);
        editor.closePreview();

        new ExhibitPage(page).open("hall-cloud");
        assertNoHorizontalScroll();
        screenshot("exhibit-hall-page-" + size + "-" + language);
    }
}
