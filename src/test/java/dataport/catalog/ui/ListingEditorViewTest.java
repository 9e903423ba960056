package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import dataport.IntegrationTest;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingEdit;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import java.math.BigDecimal;
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
