package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.ExhibitEditorPage;
import dataport.e2e.pages.ExhibitPage;
import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.LoginPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A curator builds an exhibit from search results, orders its items, previews it in Chinese and schedules it to start
 * in about a minute; a buyer's home page shows it only once that minute has passed. The test really waits: the site
 * decides "live" at each request with the real clock, and that is what is tested.
 */
class ExhibitCurationTest extends E2eTest {

    private static final String PASSWORD = "DataPort-Demo-2026!";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aCuratorsScheduledExhibitAppearsOnTheHomePageOnlyAfterItsStart() throws IOException {
        new LoginPage(page).open().signIn("curator@dataport.example", PASSWORD);
        String slug = "e2e-winter-data-week-" + System.currentTimeMillis();

        ExhibitEditorPage editor = new ExhibitEditorPage(page).openNew()
                .fill("exhibit-title-en", "Winter data week")
                .fill("exhibit-title-zh", "冬季数据周")
                .fill("exhibit-subtitle-en", "Cloud storage picked by park staff")
                .fill("exhibit-intro-en", "Storage for **cross-border** teams.")
                .fill("exhibit-intro-zh", "面向**跨境**团队的存储服务。")
                .fill("exhibit-slug", slug)
                .saveNew();
        editor.uploadBanner("banner.png", "image/png", png(1800, 500));
        assertThat(editor.bannerImage()).isVisible();

        editor.searchListings("cloud storage").addResult(0).addResult(1).addResult(2);
        List<String> added = editor.itemNames();
        assertThat(added).hasSize(3);
        editor.moveDown(0);
        List<String> ordered = editor.itemNames();
        assertThat(ordered).containsExactly(added.get(1), added.get(0), added.get(2));
        editor.noteEnglish(0, "Our pick for the season");
        editor.save();

        assertThat(editor.preview(true)).isEqualTo("冬季数据周");
        assertThat(page.locator("#exhibit-preview .dp-exhibit-subtitle .dp-lang-tag, "
                        + "vaadin-dialog-overlay .dp-exhibit-subtitle .dp-lang-tag").first())
                .hasText("English"); // the subtitle has no Chinese: shown in English, marked
        screenshot("exhibit-preview-desktop-zh");
        editor.closePreview();

        // Start at the next whole minute at least 40 s away (what the picker can hold), in the park's time zone.
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusSeconds(40).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Instant startsAt = start.atZone(SHANGHAI).toInstant();
        editor.schedule("exhibit-starts-at", start).save();
        assertThat(page.locator("#exhibit-starts-at")).not().hasAttribute("invalid", "");
        editor.publish();
        assertThat(editor.state()).hasText("Published");

        Page buyer = anotherPerson();
        HomePage home = new HomePage(buyer).open();
        assertThat(Instant.now()).as("checked before the start").isBefore(startsAt);
        assertThat(home.liveExhibit(slug)).hasCount(0);
        assertThat(new ExhibitPage(buyer).open(slug).heading()).isEqualTo("Page not found");

        List<Instant> seenBefore = new ArrayList<>();
        Instant deadline = startsAt.plusSeconds(30);
        while (true) {
            home.open();
            boolean shown = home.liveExhibit(slug).count() > 0;
            Instant at = Instant.now();
            if (shown) {
                assertThat(at).as("shown only once the start has passed").isAfterOrEqualTo(startsAt);
                break;
            }
            seenBefore.add(at);
            assertThat(at).as("shown within 30 s of its start").isBefore(deadline);
            buyer.waitForTimeout(Math.max(500, Math.min(5_000, Duration.between(at, startsAt).toMillis() + 500)));
        }
        assertThat(seenBefore).as("the home page was checked while it was not yet shown").isNotEmpty();

        home.liveExhibit(slug).click();
        buyer.waitForURL("**/exhibits/" + slug);
        ExhibitPage exhibit = new ExhibitPage(buyer);
        exhibit.waitForVaadin();
        assertThat(exhibit.title()).isEqualTo("Winter data week");
        assertThat(exhibit.items()).hasCount(3);
        assertThat(exhibit.items().first()).containsText(ordered.get(0));
        assertThat(exhibit.notes().first()).hasText("Our pick for the season");
        screenshot(buyer, "exhibit-scheduled-desktop-en");

        // The curator's history says who did what.
        editor.waitForVaadin();
        page.reload();
        editor.waitForVaadin();
        assertThat(editor.historyGrid()).containsText("curator@dataport.example");
        assertThat(editor.historyGrid()).containsText("Published");
    }

    @Test
    void badInputIsRefusedWithReasonsAndNothingTypedIsLost() throws IOException {
        new LoginPage(page).open().signIn("curator@dataport.example", PASSWORD);
        ExhibitEditorPage editor = new ExhibitEditorPage(page).openNew()
                .fill("exhibit-title-en", "Backwards")
                .fill("exhibit-slug", "e2e-backwards-" + System.currentTimeMillis())
                .schedule("exhibit-starts-at", LocalDateTime.of(2027, 3, 2, 10, 0))
                .schedule("exhibit-ends-at", LocalDateTime.of(2027, 3, 1, 10, 0))
                .save();
        assertThat(editor.errorOf("exhibit-ends-at")).hasText("The end must be after the start.");
        assertThat(page.locator("#exhibit-title-en input")).hasValue("Backwards");

        editor.schedule("exhibit-ends-at", LocalDateTime.of(2027, 3, 3, 10, 0)).saveNew();
        editor.uploadBanner("banner.png", "image/png", "this is not an image".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.bannerError()).isVisible();
        assertThat(editor.bannerError()).not().isEmpty();
        editor.uploadBanner("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.bannerError()).isVisible();
        screenshot("exhibit-editor-desktop-en");
        editor.searchListings("cloud").addResult(0).addResult(1);
        page.setViewportSize(390, 844);
        assertNoHorizontalScroll();
        screenshot("exhibit-editor-mobile-en");
        page.setViewportSize(Viewport.DESKTOP.width, Viewport.DESKTOP.height);

        page.navigate("/curation/exhibits");
        editor.waitForVaadin();
        assertThat(page.locator("#exhibit-list .exhibit-link").first()).isVisible();
        assertThat(page.locator("#exhibit-list")).containsText("Quantum computing");
        screenshot("exhibit-curation-list-desktop-en");
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(11, 61, 145), width, height,
                new java.awt.Color(0, 121, 107)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
