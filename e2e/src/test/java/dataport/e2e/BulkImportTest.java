package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dataport.e2e.NewAccounts.DEMO_PASSWORD;

import dataport.e2e.pages.ImportPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MyListingsPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A merchant moving from another exchange uploads its catalogue as a CSV with Chinese text, keeps the suggested
 * mapping, sees a row error, imports the good rows, downloads the error report, and imports the file again without
 * duplicates. Screenshots of each step (bulk-import-*), desktop and phone, English and Chinese.
 */
class BulkImportTest extends E2eTest {

    private static final String MERCHANT = "merchant@dataport.example";

    private static byte[] catalogue(String run, String price) {
        String csv = "产品编号,产品名称,英文名称,分类,交付方式,数据分级,可跨境,服务地区,计费方式,单价,币种\n"
                + run + "-1,港口吞吐量数据 " + run + ",Port throughput data " + run
                + ",数据集与数据接口,接口,一般,是,中国;新加坡,包月,\"" + price + "\",人民币\n"
                + run + "-2,集装箱轨迹 " + run + ",Container tracking " + run + ",数据集与数据接口,文件,公开,否,\"CN, US\",一次性,\""
                + price + "\",USD\n"
                + run + "-3,无效行 " + run + ",Broken row " + run + ",不存在的分类,接口,核心,是,火星,包年,abc,人民币\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMerchantImportsACatalogueSeesTheBadRowAndReimportsWithoutDuplicates() {
        String run = "E" + System.currentTimeMillis();
        new LoginPage(page).open().signIn(MERCHANT, DEMO_PASSWORD);
        ImportPage importer = new ImportPage(page).open();
        screenshot("bulk-import-1-upload-desktop-en");

        importer.upload("other-exchange-export.csv", "text/csv", catalogue(run, "1,200.00"));
        assertThat(importer.fileInfo()).containsText("3 data rows");
        assertThat(importer.columnOf("TITLE_ZH")).hasValue("产品名称");
        assertThat(importer.columnOf("PRICE")).hasValue("单价");
        screenshot("bulk-import-2-mapping-desktop-en");

        importer.check();
        assertThat(importer.previewSummary()).hasText("Ready to import: 2. With problems: 1.");
        assertThat(importer.previewCells("Unknown value “不存在的分类”")).hasCount(1);
        screenshot("bulk-import-3-preview-desktop-en");

        importer.runImport();
        assertThat(importer.resultSummary()).containsText("Created: 2. Updated: 0. Not imported: 1.");
        screenshot("bulk-import-4-result-desktop-en");
        String report = importer.downloadErrorReport();
        org.assertj.core.api.Assertions.assertThat(report)
                .startsWith("\uFEFFLine,Field,Problem,产品编号")
                .contains("4,Category,Unknown value “不存在的分类”")
                .contains(run + "-3,无效行 " + run);

        importer.again().upload("other-exchange-export.csv", "text/csv", catalogue(run, "1,500.00"));
        importer.check().runImport();
        assertThat(importer.resultSummary()).containsText("Created: 0. Updated: 2. Not imported: 1.");

        MyListingsPage mine = new MyListingsPage(page).open();
        assertThat(mine.cellsWithText("Port throughput data " + run)).hasCount(1);
        assertThat(mine.cellsWithText("Container tracking " + run)).hasCount(1);
    }

    @Test
    void theImportStepsAtPhoneWidthAndInChinese() {
        String run = "S" + System.currentTimeMillis();
        for (Viewport viewport : Viewport.values()) {
            for (String locale : List.of("en-US", "zh-CN")) {
                if (viewport == Viewport.DESKTOP && locale.equals("en-US")) {
                    continue; // the flow test above takes those
                }
                String suffix = (viewport == Viewport.DESKTOP ? "desktop" : "phone") + "-" + locale.substring(0, 2);
                useViewport(viewport, locale);
                new LoginPage(page).open().signIn(MERCHANT, DEMO_PASSWORD);
                ImportPage importer = new ImportPage(page).open();
                screenshot("bulk-import-1-upload-" + suffix);
                assertNoHorizontalScroll();
                importer.upload("catalogue.csv", "text/csv", catalogue(run + suffix, "99"));
                assertThat(importer.columnOf("TITLE_ZH")).hasValue("产品名称");
                screenshot("bulk-import-2-mapping-" + suffix);
                assertNoHorizontalScroll();
                importer.check();
                assertThat(importer.previewSummary()).hasText(Pattern.compile(".*2.*1.*"));
                screenshot("bulk-import-3-preview-" + suffix);
                assertNoHorizontalScroll();
                importer.runImport();
                assertThat(importer.resultSummary()).containsText("2");
                screenshot("bulk-import-4-result-" + suffix);
                assertNoHorizontalScroll();
            }
        }
    }
}
