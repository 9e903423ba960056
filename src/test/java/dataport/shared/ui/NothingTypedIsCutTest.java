package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.PasswordRules;
import dataport.accounts.ui.ForgotPasswordView;
import dataport.accounts.ui.SignUpView;
import dataport.audit.AuditService;
import dataport.catalog.CategoryAdmin;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ui.CategoriesView;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.WhitelistGrant;
import dataport.merchants.WhitelistService;
import dataport.merchants.ui.WhitelistView;
import dataport.search.ui.SearchView;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every length-limited field of the sign-up, password, whitelist, category and search forms keeps an over-long value
 * as typed (no maxlength for the browser to cut a paste at) and refuses it with a message naming the limit.
 */
@IntegrationTest
class NothingTypedIsCutTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    MerchantService merchants;

    @Autowired
    WhitelistService whitelist;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signUpRefusesAnOverLongAddressNameAndPasswordKeepingThem() {
        navigate(SignUpView.class);
        String email = "a".repeat(AccountService.MAX_EMAIL_LENGTH) + "@example.test";
        String name = "名".repeat(AccountService.MAX_NAME_LENGTH + 1);
        String password = "p4ss-".repeat(PasswordRules.MAX_LENGTH / 5 + 2);
        EmailField emailField = $(EmailField.class).id("signup-email");
        TextField nameField = $(TextField.class).id("signup-name");
        PasswordField passwordField = $(PasswordField.class).id("signup-password");
        test(emailField).setValue(email);
        test(nameField).setValue(name);
        test(passwordField).setValue(password);
        test($(PasswordField.class).id("signup-confirmation")).setValue(password);

        test($(Button.class).id("signup-submit")).click();

        refusedKeeping(emailField, email, AccountService.MAX_EMAIL_LENGTH);
        refusedKeeping(nameField, name, AccountService.MAX_NAME_LENGTH);
        refusedKeeping(passwordField, password, PasswordRules.MAX_LENGTH);
    }

    @Test
    void inChineseTheMessageNamesTheLimitToo() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SignUpView.class);
        TextField nameField = $(TextField.class).id("signup-name");
        test(nameField).setValue("名".repeat(AccountService.MAX_NAME_LENGTH + 5));
        test($(Button.class).id("signup-submit")).click();
        assertThat(nameField.getErrorMessage()).contains("最多 " + AccountService.MAX_NAME_LENGTH + " 个字符");
    }

    @Test
    void forgotPasswordRefusesAnOverLongAddressKeepingIt() {
        navigate(ForgotPasswordView.class);
        String email = "b".repeat(AccountService.MAX_EMAIL_LENGTH) + "@example.test";
        EmailField field = $(EmailField.class).id("forgot-email");
        test(field).setValue(email);
        test($(Button.class).id("forgot-submit")).click();
        refusedKeeping(field, email, AccountService.MAX_EMAIL_LENGTH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void whitelistScopeNoteAndRevocationReasonAreRefusedNotCut() {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        MerchantSummary merchant = merchants.findBySlug("meridian-straits").orElseThrow();
        navigate(WhitelistView.class);
        ((ComboBox<MerchantSummary>) $(ComboBox.class).id("grant-merchant")).setValue(merchant);
        String scope = "Cross-border data exchange. ".repeat(40);
        String note = "n".repeat(WhitelistService.NOTE_MAX + 1);
        TextField scopeField = $(TextField.class).id("grant-scope-en");
        TextField scopeZhField = $(TextField.class).id("grant-scope-zh");
        String scopeZh = "跨境数据交换。".repeat(150);
        TextArea noteField = $(TextArea.class).id("grant-note");
        test(scopeField).setValue(scope);
        test(scopeZhField).setValue(scopeZh);
        test(noteField).setValue(note);
        refusedKeeping(scopeField, scope, WhitelistService.SCOPE_MAX);
        long before = whitelist.count(null);

        test($(Button.class).id("grant-button")).click();

        refusedKeeping(scopeField, scope, WhitelistService.SCOPE_MAX);
        refusedKeeping(scopeZhField, scopeZh, WhitelistService.SCOPE_MAX);
        refusedKeeping(noteField, note, WhitelistService.NOTE_MAX);
        assertThat(whitelist.count(null)).isEqualTo(before);

        WhitelistGrant grant = whitelist.grant(
                merchant.id(),
                Bilingual.of("Length check " + System.nanoTime(), null),
                LocalDate.now(AuditService.ZONE),
                null,
                null);
        navigate(WhitelistView.class);
        Grid<WhitelistGrant> grid = $(Grid.class).id("whitelist-grid");
        int row = IntStream.range(0, test(grid).size())
                .filter(r -> test(grid).getRow(r).id().equals(grant.id()))
                .findFirst()
                .orElseThrow();
        Button revoke = (Button) test(grid)
                .getCellComponent(row, grid.getColumns().size() - 1)
                .getChildren()
                .findFirst()
                .orElseThrow();
        test(revoke).click();
        String reason = "r".repeat(WhitelistService.REASON_MAX + 1);
        TextArea reasonField = $(TextArea.class).id("revoke-reason");
        test(reasonField).setValue(reason);
        test($(Button.class).id("revoke-confirm")).click();
        refusedKeeping(reasonField, reason, WhitelistService.REASON_MAX);
        assertThat(whitelist.isWhitelisted(merchant.id(), LocalDate.now(AuditService.ZONE)))
                .isTrue();
    }

    @Test
    void categoryAdminRefusesAnOverLongNameKeepingIt() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        navigate(CategoriesView.class);
        test($(Button.class).id("add-track")).click();
        String name = "Quantum ".repeat(CategoryAdmin.NAME_MAX / 8 + 1);
        test($(TextField.class).id("category-code")).setValue("length-check-" + System.nanoTime() % 100000);
        TextField nameEn = $(TextField.class).id("category-name-en");
        test(nameEn).setValue(name);
        test($(TextField.class).id("category-name-zh")).setValue("量子");
        test($(Button.class).id("save-category")).click();
        refusedKeeping(nameEn, name, CategoryAdmin.NAME_MAX);

        TextField code = $(TextField.class).id("category-code");
        String longCode = "c".repeat(CategoryAdmin.CODE_MAX + 1);
        test(code).setValue(longCode);
        test($(Button.class).id("save-category")).click();
        refusedKeeping(code, longCode, CategoryAdmin.CODE_MAX);
    }

    @Test
    void theSearchBoxTakesEverythingAndTheSearchPageSaysWhatItUsed() {
        navigate("", com.vaadin.flow.component.Component.class);
        TextField header = $(TextField.class).id("header-search");
        assertThat(header.getElement().hasProperty("maxlength")).isFalse();

        MainLayout.searchFor("data ".repeat(500));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat($(Paragraph.class).all())
                .anySatisfy(
                        p -> assertThat(p.getText()).contains(String.valueOf(dataport.search.QueryText.MAX_LENGTH)));
    }

    private static <F extends AbstractField<?, String> & HasValidation> void refusedKeeping(
            F field, String typed, int max) {
        assertThat(field.getValue()).as("kept as typed").isEqualTo(typed);
        assertThat(field.getElement().hasProperty("maxlength"))
                .as("no maxlength to cut a paste")
                .isFalse();
        assertThat(field.isInvalid()).as("refused").isTrue();
        assertThat(field.getErrorMessage())
                .as("names the limit")
                .containsAnyOf(
                        String.valueOf(max),
                        java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                                .format(max));
    }
}
