package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dataport.IntegrationTest;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingEdit;
import dataport.catalog.ListingRules;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ListingEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ListingAuthoring authoring;

    @BeforeEach
    void signInAsTheDemoMerchant() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theServersMessagesAppearNextToTheFieldsAndNothingTypedIsLost() {
        navigate("workspace/listings/new", ListingEditorView.class);
        text("listing-title-en").setValue("x".repeat(201));
        area("listing-summary-zh").setValue("摘要保留");
        $(BigDecimalField.class).id("plan-price").setValue(new BigDecimal("1.234"));
        select("plan-model").setValue(PricingModel.ONE_OFF);
        combo("plan-currency").setValue("CNY");

        test($(Button.class).id("save-listing")).click();

        assertThat(getCurrentView()).isInstanceOf(ListingEditorView.class);
        assertThat($(BigDecimalField.class).id("plan-price").isInvalid()).isTrue();
        assertThat($(BigDecimalField.class).id("plan-price").getErrorMessage())
                .isEqualTo("This currency does not have that many decimals.");
        $(BigDecimalField.class).id("plan-price").setValue(new BigDecimal("1.23"));
        test($(Button.class).id("save-listing")).click();

        assertThat(combo("listing-category").isInvalid()).isTrue();
        assertThat(combo("listing-category").getErrorMessage()).isEqualTo("Choose the category that fits best.");
        assertThat(text("listing-title-en").getErrorMessage()).isEqualTo("At most 200 characters.");
        assertThat(select("listing-delivery").isInvalid()).isTrue();
        assertThat(text("plan-name-en").isInvalid()).isTrue();
        assertThat(area("listing-summary-zh").getValue()).isEqualTo("摘要保留");
        assertThat(text("listing-title-en").getValue()).hasSize(201);
    }

    @Test
    void coreDataCannotBeOfferedAcrossTheBorderAndTheEditorSaysWhy() {
        navigate("workspace/listings/new", ListingEditorView.class);
        Checkbox crossBorder = $(Checkbox.class).id("listing-cross-border");
        crossBorder.setValue(true);

        select("listing-classification").setValue(DataClassification.CORE);

        assertThat(crossBorder.getValue()).isFalse();
        assertThat(crossBorder.isEnabled()).isFalse();
        assertThat(crossBorder.getHelperText()).contains("Core data may not be offered across the border");
    }

    @Test
    void aSavedDraftReopensAtItsAddressAndAStaleSaveKeepsWhatWasTyped() {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Editor test " + System.nanoTime());
        test($(Button.class).id("save-listing")).click();

        ListingEditorView editor = (ListingEditorView) getCurrentView();
        Long id = editor.listingId();
        assertThat(id).isNotNull();
        assertThat($(Paragraph.class).withId("media-save-first").exists()).isFalse();
        assertThat($(Upload.class).id("image-upload").isVisible()).isTrue();

        // Someone else saves the same listing (another tab, another member) ...
        ListingEdit other = authoring.edit(id);
        ListingContent c = other.content();
        authoring.save(id, other.version(), c.withTitle(Bilingual.of("Changed elsewhere", null)));
        // ... then this editor saves.
        text("listing-title-en").setValue("My careful rewrite");
        test($(Button.class).id("save-listing")).click();

        assertThat($(Paragraph.class).id("stale-warning").getText()).contains("Someone else saved this listing");
        assertThat(text("listing-title-en").getValue()).isEqualTo("My careful rewrite");
        assertThat(authoring.edit(id).content().title().en()).isEqualTo("Changed elsewhere");
    }

    @Test
    void thePreviewRendersMarkdownWithoutScriptsOrEventHandlers() {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Preview");
        area("listing-description-en")
                .setValue("**bold** <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");

        test($(Button.class).id("preview-listing")).click();

        Div preview = $(Div.class).id("listing-preview");
        String html = $(Html.class, preview).all().stream()
                .map(h -> h.getElement().getProperty("innerHTML"))
                .reduce("", String::concat);
        assertThat(html).contains("<strong>bold</strong>");
        // The markup is shown as text, never as elements; the javascript: link loses its target.
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void uploadedImagesAndASampleStayWithTheDraftWhenTheMerchantLeavesWithoutSaving() throws IOException {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Uploads kept " + System.nanoTime());
        test($(Button.class).id("save-listing")).click();
        long id = ((ListingEditorView) getCurrentView()).listingId();

        test($(Upload.class).id("image-upload"))
                .upload("chart.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).id("upload-error").getText()).startsWith("The file’s name does not match its content");

        test($(Upload.class).id("image-upload")).upload("chart.png", "image/png", png(64, 48));
        test($(Upload.class).id("sample-upload"))
                .upload("sample.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat($(Span.class).withId("upload-error").exists()
                        && $(Span.class).id("upload-error").isVisible())
                .isFalse();
        assertThat($(Notification.class).all())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .noneMatch(t -> t.contains("Save the listing"));

        // The merchant leaves without pressing Save, then comes back.
        navigate(MyListingsView.class);
        navigate("workspace/listings/" + id, ListingEditorView.class);

        assertThat($(Image.class, $(Div.class).id("image-list")).all()).hasSize(1);
        assertThat($(Span.class).id("sample-name").getText()).startsWith("sample.csv");
        ListingEdit stored = authoring.edit(id);
        assertThat(stored.content().imageIds()).hasSize(1);
        assertThat(stored.content().sampleFileId()).isNotNull();

        // Removing is kept at once too.
        test($(Button.class, $(Div.class).id("sample-box")).first()).click();
        assertThat(authoring.edit(id).content().sampleFileId()).isNull();

        // The editor's next save goes through: the upload moved its version along.
        text("listing-title-en").setValue("Uploads kept, renamed");
        test($(Button.class).id("save-listing")).click();
        assertThat($(Paragraph.class).withId("stale-warning").exists()).isFalse();
        assertThat(authoring.edit(id).content().imageIds()).hasSize(1);
    }

    @Test
    void aFirstUploadSavesANewListingAsADraftSoTheImageIsKept() throws IOException {
        navigate("workspace/listings/new", ListingEditorView.class);
        String title = "First upload " + System.nanoTime();
        fillMinimal(title);

        test($(Upload.class).id("image-upload")).upload("first.png", "image/png", png(40, 40));

        Long id = ((ListingEditorView) getCurrentView()).listingId();
        assertThat(id).isNotNull();
        navigate(MyListingsView.class);
        navigate("workspace/listings/" + id, ListingEditorView.class);
        assertThat(text("listing-title-en").getValue()).isEqualTo(title);
        assertThat($(Image.class, $(Div.class).id("image-list")).all()).hasSize(1);
    }

    @Test
    void everyUploadOfTheEditorSpeaksChineseToAChineseReader() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("workspace/listings/new", ListingEditorView.class);

        List<Upload> uploads = $(Upload.class).all();
        assertThat(uploads).hasSize(2);
        for (Upload upload : uploads) {
            UploadI18N i18n = upload.getI18n();
            assertThat(i18n).as(upload.getId().orElseThrow()).isNotNull();
            List<String> texts = List.of(
                    i18n.getAddFiles().getOne(),
                    i18n.getAddFiles().getMany(),
                    i18n.getDropFiles().getOne(),
                    i18n.getDropFiles().getMany(),
                    i18n.getError().getFileIsTooBig(),
                    i18n.getError().getIncorrectFileType(),
                    i18n.getError().getTooManyFiles(),
                    i18n.getUploading().getStatus().getConnecting(),
                    i18n.getUploading().getError().getUnexpectedServerError(),
                    i18n.getFile().getRemove());
            assertThat(texts)
                    .as(upload.getId().orElseThrow())
                    .allSatisfy(t -> assertThat(t).isNotBlank().matches(".*\\p{IsHan}.*"))
                    .noneMatch(
                            t -> t.matches(
                                    "(?i).*(upload files|upload file|drop files here|drop file here|file is too big|incorrect file type|too many files).*"));
        }
    }

    @Test
    void overLongValuesInEveryLimitedFieldAreRefusedWithTheLimitNamedAndKeptAsTyped() {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Limits");
        test($(Button.class).id("add-plan")).click();
        text("plan-name-en-1").setValue("Usage");
        select("plan-model-1").setValue(PricingModel.USAGE);
        $(BigDecimalField.class).id("plan-price-1").setValue(new BigDecimal("1.00"));
        combo("plan-currency-1").setValue("CNY");

        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("listing-title-en", ListingRules.TITLE_MAX);
        limits.put("listing-title-zh", ListingRules.TITLE_MAX);
        limits.put("listing-summary-en", ListingRules.SUMMARY_MAX);
        limits.put("listing-summary-zh", ListingRules.SUMMARY_MAX);
        limits.put("listing-description-en", ListingRules.DESCRIPTION_MAX);
        limits.put("listing-description-zh", ListingRules.DESCRIPTION_MAX);
        limits.put("listing-sla-en", ListingRules.SLA_MAX);
        limits.put("listing-sla-zh", ListingRules.SLA_MAX);
        limits.put("listing-licence-en", ListingRules.LICENCE_MAX);
        limits.put("listing-licence-zh", ListingRules.LICENCE_MAX);
        limits.put("plan-name-en", ListingRules.PLAN_NAME_MAX);
        limits.put("plan-name-zh-1", ListingRules.PLAN_NAME_MAX);
        limits.put("plan-unit-en-1", ListingRules.PLAN_UNIT_MAX);
        limits.put("plan-unit-zh-1", ListingRules.PLAN_UNIT_MAX);
        Map<String, String> typed = new LinkedHashMap<>();
        limits.forEach((id, max) -> {
            String value = (id.endsWith("zh") || id.contains("zh-") ? "数" : "x").repeat(max + 1);
            typed.put(id, value);
            field(id).setValue(value);
        });
        String tags = "ok, " + "t".repeat(ListingRules.TAG_MAX + 1);
        text("listing-tags").setValue(tags);

        test($(Button.class).id("save-listing")).click();

        assertThat(((ListingEditorView) getCurrentView()).listingId()).isNull();
        limits.forEach((id, max) -> {
            HasValue<?, String> f = field(id);
            HasValidation v = (HasValidation) f;
            assertThat(v.isInvalid()).as(id).isTrue();
            assertThat(v.getErrorMessage())
                    .as(id)
                    .isEqualTo("At most " + String.format(Locale.ENGLISH, "%,d", max) + " characters.");
            assertThat(f.getValue()).as(id + " keeps every character typed").isEqualTo(typed.get(id));
            assertThat(((Component) f).getElement().getProperty("maxlength"))
                    .as(id)
                    .isNull();
        });
        assertThat(text("listing-tags").isInvalid()).isTrue();
        assertThat(text("listing-tags").getErrorMessage())
                .isEqualTo("At most " + ListingRules.TAGS_MAX + " tags of at most " + ListingRules.TAG_MAX
                        + " characters each.");
        assertThat(text("listing-tags").getValue()).isEqualTo(tags);
    }

    @SuppressWarnings("unchecked")
    private HasValue<?, String> field(String id) {
        return id.startsWith("listing-title") || id.startsWith("plan-")
                ? $(TextField.class).id(id)
                : $(TextArea.class).id(id);
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void fillMinimal(String title) {
        @SuppressWarnings("unchecked")
        ComboBox<CategoryRef> category = $(ComboBox.class).id("listing-category");
        category.setValue(category.getListDataView()
                .getItems()
                .filter(c -> c.code().equals("cloud-storage"))
                .findFirst()
                .orElseThrow());
        text("listing-title-en").setValue(title);
        select("listing-delivery").setValue(DeliveryMode.API);
        select("listing-classification").setValue(DataClassification.GENERAL);
        text("plan-name-en").setValue("Basic");
        select("plan-model").setValue(PricingModel.QUOTE);
    }

    private TextField text(String id) {
        return $(TextField.class).id(id);
    }

    private TextArea area(String id) {
        return $(TextArea.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return $(ComboBox.class).id(id);
    }
}
