package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.FinancePage;
import dataport.e2e.pages.LoginPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo merchant's Finance page after a buyer paid one of its listings: balances, order lines and the monthly
 * statement downloaded as CSV and PDF (the PDF is rendered to a PNG to be looked at). Screenshots in English and
 * Chinese at 1280 and 390 px.
 */
class FinanceTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";

    @Test
    void theMerchantSeesTheMoneyOfAPaidOrderAndDownloadsTheStatement() throws IOException {
        buyFromTheDemoMerchant();

        useViewport(Viewport.DESKTOP);
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("merchant@dataport.example", PASSWORD);
        FinancePage finance = new FinancePage(page).open();
        assertThat(finance.heading()).isEqualTo("Finance");
        screenshot("finance-1280-en");

        Path csv = finance.downloadStatement("csv", SCREENSHOTS.resolve("statement.csv"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .startsWith("row,currency,time,entry_id,entry_kind,order_number,payout_id,reference,account,amount");
        Path pdf = finance.downloadStatement("pdf", SCREENSHOTS.resolve("statement.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Monthly statement · 月度对账单");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", SCREENSHOTS.resolve("statement-pdf-page1.png").toFile());
        }

        finance.switchLanguage();
        assertThat(finance.heading()).isEqualTo("财务");
        screenshot("finance-1280-zh");
    }

    @Test
    void theFinancePageFitsAPhoneInBothLanguages() {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            useViewport(Viewport.MOBILE, locale);
            new LoginPage(page).open().signIn("merchant@dataport.example", PASSWORD);
            FinancePage finance = new FinancePage(page).open();
            assertThat(finance.balances()).isNotBlank();
            assertNoHorizontalScroll();
            screenshot("finance-390-" + locale.substring(0, 2));
        }
    }

    /** The demo buyer pays the first one-off plan of a listing of the demo merchant (harbour-data). */
    private void buyFromTheDemoMerchant() {
        useViewport(Viewport.DESKTOP);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        page.navigate("/merchants/harbour-data");
        new CheckoutPage(page).waitForVaadin();
        var listings = page.locator("a[href^='listings/']");
        java.util.List<String> hrefs = new java.util.ArrayList<>();
        for (int i = 0; i < listings.count(); i++) {
            hrefs.add(listings.nth(i).getAttribute("href"));
        }
        for (String href : hrefs) {
            page.navigate("/" + href);
            new CheckoutPage(page).waitForVaadin();
            if (page.locator("[id^=buy-plan-]").count() > 0) {
                break;
            }
        }
        page.locator("[id^=buy-plan-]").first().click();
        page.waitForURL("**/checkout/**");
        CheckoutPage checkout = new CheckoutPage(page);
        checkout.waitForVaadin();
        checkout.from("CN").agree();
        checkout.pay().payAndReturn();
    }
}
