package dataport.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.shared.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** The mainland merchant's bank account form: every wrong field says why, in the reader's language, and keeps what was typed. */
@IntegrationTest
class PayoutsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @BeforeEach
    void signInAsTheDemoMerchant() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWrongFormShowsATranslatedErrorOnEachFieldAndLosesNothingTyped() {
        navigate(PayoutsView.class);
        fill("   ", "", "ICBK1234", "10229001234", "12-34-56");

        test($(Button.class).id("bank-account-save")).click();

        assertError("bank-beneficiary", "Enter the beneficiary name as the bank holds it.");
        assertError("bank-name", "Enter the bank’s name.");
        assertThat(field("bank-bic").getErrorMessage()).startsWith("A BIC has 8 or 11 letters and digits");
        assertError("bank-cnaps", "A CNAPS code has exactly 12 digits.");
        assertThat(field("bank-account-number").getErrorMessage()).startsWith("An account number has 8 to 34 digits");
        assertThat(field("bank-bic").getValue()).isEqualTo("ICBK1234");
        assertThat(field("bank-cnaps").getValue()).isEqualTo("10229001234");
        assertThat(field("bank-account-number").getValue()).isEqualTo("12-34-56");
    }

    @Test
    void aBicOfABankOutsideMainlandChinaIsRefusedInChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(PayoutsView.class);
        fill("上海港湾数据科技有限公司", "汇丰银行", "HSBCHKHH", "102290012345", "123456789012");

        test($(Button.class).id("bank-account-save")).click();

        assertThat(field("bank-bic").isInvalid()).isTrue();
        assertThat(field("bank-bic").getErrorMessage()).isEqualTo("此 BIC 不属于中国大陆的银行（第 5、6 位须为 CN）。");
        assertThat(field("bank-beneficiary").isInvalid()).isFalse();
        assertThat(field("bank-cnaps").isInvalid()).isFalse();
        assertThat(field("bank-account-number").isInvalid()).isFalse();
    }

    private void fill(String beneficiary, String bank, String bic, String cnaps, String account) {
        test(field("bank-beneficiary")).setValue(beneficiary);
        test(field("bank-name")).setValue(bank);
        test(field("bank-bic")).setValue(bic);
        test(field("bank-cnaps")).setValue(cnaps);
        test(field("bank-account-number")).setValue(account);
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private void assertError(String id, String message) {
        assertThat(field(id).isInvalid()).as(id).isTrue();
        assertThat(field(id).getErrorMessage()).as(id).isEqualTo(message);
    }
}
