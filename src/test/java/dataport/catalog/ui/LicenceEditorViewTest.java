package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.LicenceTerms;
import dataport.catalog.LicenceUse;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.PricingModel;
import dataport.shared.Languages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** The listing editor's licence terms: templates, translated errors that keep what was typed, and saving them. */
@IntegrationTest
class LicenceEditorViewTest extends SpringBrowserlessTest {

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
    void wrongTermsShowChineseMessagesAtTheirFieldsAndKeepWhatWasTyped() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("许可编辑测试 " + System.nanoTime());
        text("licence-term").setValue("十二个月");
        text("licence-users").setValue("0");
        scope().setValue(LicenceSection.LISTED);

        test($(Button.class).id("save-listing")).click();

        ListingEditorView editor = (ListingEditorView) getCurrentView();
        assertThat(editor.listingId()).as("nothing saved").isNull();
        assertThat(text("licence-term").isInvalid()).isTrue();
        assertThat(text("licence-term").getErrorMessage()).isEqualTo("请输入 1 到 600 之间的整数月数，或留空。");
        assertThat(text("licence-term").getValue()).isEqualTo("十二个月");
        assertThat(territory().isInvalid()).isTrue();
        assertThat(territory().getErrorMessage()).isEqualTo("请至少选择一个国家或地区，或选择“全球”。");

        text("licence-term").setValue("１２");
        territory().setValue(Set.of("CN"));
        test($(Button.class).id("save-listing")).click();

        assertThat(text("licence-users").isInvalid())
                .as("the server's rule: at least one user")
                .isTrue();
        assertThat(text("licence-users").getErrorMessage()).isEqualTo("请输入 1 到 1,000,000 之间的整数人数，或留空。");
        assertThat(text("licence-users").getValue()).isEqualTo("0");
    }

    @Test
    void aTemplateFillsTheTermsAndTheSavedTermsComeBackWithTheDraft() {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Licence editor test " + System.nanoTime());
        @SuppressWarnings("unchecked")
        Select<String> template = $(Select.class).id("licence-template");

        template.setValue("evaluation");

        assertThat(text("licence-term").getValue()).isEqualTo("3");
        assertThat(text("licence-users").getValue()).isEqualTo("5");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<LicenceUse> use = $(RadioButtonGroup.class).id("licence-use");
        use.setValue(LicenceUse.COMMERCIAL);
        scope().setValue(LicenceSection.LISTED);
        territory().setValue(Set.of("HK", "CN"));
        test($(Button.class).id("save-listing")).click();

        Long id = ((ListingEditorView) getCurrentView()).listingId();
        assertThat(id).isNotNull();
        assertThat(authoring.edit(id).content().licenceTerms())
                .isEqualTo(new LicenceTerms(LicenceUse.COMMERCIAL, false, false, true, List.of("CN", "HK"), 3, 5));
    }

    @Test
    void theBuyersPreviewOfTheListingSaysTheLicenceInPlainWords() {
        navigate("workspace/listings/new", ListingEditorView.class);
        fillMinimal("Licence words test " + System.nanoTime());
        test($(Button.class).id("save-listing")).click();
        Long id = ((ListingEditorView) getCurrentView()).listingId();

        test($(Button.class).id("preview-listing")).click();

        assertThat($(Div.class).id("licence-words").getElement().getTextRecursively())
                .contains("You may use the data only within your own organisation.", "The licence does not expire.");
        assertThat(id).isNotNull();
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
        this.<DeliveryMode>select("listing-delivery").setValue(DeliveryMode.API);
        this.<DataClassification>select("listing-classification").setValue(DataClassification.GENERAL);
        text("plan-name-en").setValue("Basic");
        this.<PricingModel>select("plan-model").setValue(PricingModel.QUOTE);
    }

    private TextField text(String id) {
        return $(TextField.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> scope() {
        return $(RadioButtonGroup.class).id("licence-scope");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> territory() {
        return $(MultiSelectComboBox.class).id("licence-territory");
    }
}
