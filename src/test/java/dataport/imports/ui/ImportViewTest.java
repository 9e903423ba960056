package dataport.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.UserSummary;
import dataport.catalog.CatalogService;
import dataport.imports.ImportField;
import dataport.imports.ImportRun;
import dataport.merchants.MerchantService;
import dataport.merchants.TestMerchants;
import dataport.onboarding.Applicants;
import dataport.shared.Languages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;

/** The import page, step by step, as a merchant sees it: upload, mapping, preview with row errors, import. */
@IntegrationTest
class ImportViewTest extends SpringBrowserlessTest {

    static final String CSV = """
            编号,产品名称,英文名称,分类,交付方式,数据分级,计费方式,单价,币种
            V-1,港口吞吐量数据,Port throughput data,数据集与数据接口,接口,一般,包月,300,人民币
            V-2,坏行,Bad row,不存在的分类,接口,一般,包月,300,人民币
            """;

    @Autowired
    AccountService accounts;

    @Autowired
    MerchantService merchants;

    @Autowired
    CatalogService catalog;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;

    @BeforeEach
    void aNewMerchantSignsIn() {
        applicants = new Applicants(accounts, signIn);
        UserSummary owner = applicants.newUser();
        applicants.signIn(Applicants.COMPLIANCE);
        merchants.registerApproved(
                TestMerchants.merchant()
                        .named("View importer " + System.nanoTime(), "视图导入数商")
                        .build(),
                owner.id());
        applicants.signIn(owner.email());
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    private ImportView open() {
        return navigate(ImportView.class);
    }

    /** The import runs in the background; the browser would poll, the test waits and then shows what it found. */
    private static void awaitImport(ImportView view) {
        ImportRun run = view.importRun(); // read here: the view is a security proxy, Awaitility polls in its own thread
        await().atMost(Duration.ofSeconds(60)).until(run::finished);
        view.showProgress();
    }

    @Test
    void aMerchantUploadsMapsPreviewsAndImportsAChineseGbkFile() {
        ImportView view = open();

        view.uploaded("catalogue.csv", CSV.getBytes(Charset.forName("GBK")));

        assertThat($(Span.class).id("import-file-info").getText())
                .contains("2 data rows")
                .contains("GB18030");
        assertThat($(ComboBox.class).id("map-TITLE_ZH").getValue()).isEqualTo("产品名称");
        assertThat($(ComboBox.class).id("map-PLAN_MODEL").getValue()).isEqualTo("计费方式");
        assertThat($(ComboBox.class).withId("map-PROVIDER").exists()).isFalse();
        // the value mapping shows each category found, the unknown one waiting for a choice
        assertThat(view.mapping()
                        .resolve(ImportField.CATEGORY, "不存在的分类", view.imports().categories()))
                .isEmpty();

        test($(Button.class).id("import-check")).click();

        assertThat($(Paragraph.class).id("import-preview-summary").getText())
                .isEqualTo("Ready to import: 1. With problems: 1.");
        assertThat($(Anchor.class).id("import-preview-report").isVisible()).isTrue();
        assertThat(view.preview().rows().get(1).errors())
                .extracting(e -> view.message(e))
                .containsExactly("Category: Unknown value “不存在的分类”: choose its DataPort value in the mapping.");

        test($(Button.class).id("import-run")).click();
        awaitImport(view);

        assertThat($(Paragraph.class).id("import-result-summary").getText())
                .startsWith("Created: 1. Updated: 0. Not imported: 1.");
        assertThat($(Anchor.class).id("import-error-report").isVisible()).isTrue();
        assertThat(catalog.myListings())
                .singleElement()
                .satisfies(l -> assertThat(l.content().title().zh()).isEqualTo("港口吞吐量数据"));
    }

    @Test
    void choosingAValueForAnUnknownOneMakesTheRowValid() {
        ImportView view = open();
        view.uploaded("catalogue.csv", CSV.getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        ComboBox<String> unknown = $(ComboBox.class)
                .withPropertyValue(ComboBox::getLabel, "不存在的分类")
                .single();
        assertThat(unknown.isInvalid()).isTrue();
        test(unknown).selectItem(view.valueLabel(ImportField.CATEGORY, "cloud-storage"));
        test($(Button.class).id("import-check")).click();

        assertThat($(Paragraph.class).id("import-preview-summary").getText())
                .isEqualTo("Ready to import: 2. With problems: 0.");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithATranslatedMessage() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        open();

        ((ImportView) getCurrentView()).uploaded("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        Span error = $(Span.class).id("import-file-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("这是旧版 Excel 文件");
        assertThat($(Button.class).withId("import-check").exists()).isFalse();
    }

    @Test
    void aMappingWithoutTheRequiredColumnsSaysSoNextToTheButton() {
        ImportView view = open();
        view.uploaded("catalogue.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        test($(Button.class).id("import-check")).click();

        Span error = $(Span.class).id("import-mapping-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Choose the column of the English or the Chinese title.");
        assertThat(view.preview().rows()).hasSize(1);
    }
}
