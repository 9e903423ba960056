package dataport.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.search.ui.SearchView;
import dataport.shared.Languages;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SignUpViewTest extends SpringBrowserlessTest {

    @Test
    void aTooShortPasswordIsExplainedNextToItAndNothingTypedIsLost() {
        navigate(SignUpView.class);

        fill("ann@example.com", "Ann Lee", "short", "short");
        test($(Button.class).id("signup-submit")).click();

        PasswordField password = $(PasswordField.class).id("signup-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 10 characters");
        assertThat($(EmailField.class).id("signup-email").getValue()).isEqualTo("ann@example.com");
        assertThat($(TextField.class).id("signup-name").getValue()).isEqualTo("Ann Lee");
        assertThat(password.getValue()).isEqualTo("short");
        assertThat($(Paragraph.class).withId("signup-done").exists()).isFalse();
    }

    @Test
    void eachFieldSaysWhatIsWrongWithIt() {
        navigate(SignUpView.class);

        fill("not-an-address", "", "ann@example.com", "something else entirely");
        test($(Button.class).id("signup-submit")).click();

        assertThat($(EmailField.class).id("signup-email").getErrorMessage())
                .isEqualTo("Enter a valid e-mail address, like name@example.com");
        assertThat($(TextField.class).id("signup-name").getErrorMessage())
                .isEqualTo("Enter the name others should see (up to 100 characters)");
        assertThat($(PasswordField.class).id("signup-confirmation").getErrorMessage())
                .isEqualTo("The two passwords are not the same");
    }

    @Test
    void thePasswordMayNotBeTheEmailAddress() {
        navigate(SignUpView.class);

        fill("ann.lee@example.com", "Ann", "ann.lee@example.com", "ann.lee@example.com");
        test($(Button.class).id("signup-submit")).click();

        assertThat($(PasswordField.class).id("signup-password").getErrorMessage())
                .isEqualTo("Your password must not be your e-mail address");
    }

    @Test
    void messagesAreInChineseForAChineseVisitor() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate(SignUpView.class);

        fill("不是邮箱", "", "password123", "password124");
        test($(Button.class).id("signup-submit")).click();

        assertThat($(EmailField.class).id("signup-email").getErrorMessage())
                .isEqualTo("请输入有效的电子邮箱，例如 name@example.com");
        assertThat($(TextField.class).id("signup-name").getErrorMessage()).isEqualTo("请输入向他人显示的名称（不超过 100 个字符）");
        assertThat($(PasswordField.class).id("signup-password").getErrorMessage())
                .isEqualTo("该密码过于常见，请换一个更难猜到的密码");
        assertThat($(PasswordField.class).id("signup-confirmation").getErrorMessage())
                .isEqualTo("两次输入的密码不一致");
        assertThat($(EmailField.class).id("signup-email").getValue()).isEqualTo("不是邮箱");
        assertThat($(RadioButtonGroup.class).id("signup-language").getValue())
                .as("the preferred language starts as the page's")
                .isEqualTo(Languages.CHINESE);
    }

    @Test
    void aValidFormCreatesTheAccountAndAsksToCheckTheInbox() {
        navigate(SignUpView.class);

        fill(
                "new-" + System.nanoTime() + "@example.com",
                "New Buyer",
                "harbour lights at dusk",
                "harbour lights at dusk");
        test($(Button.class).id("signup-submit")).click();

        assertThat($(Paragraph.class).id("signup-done").getText()).startsWith("We sent a link to your e-mail address.");
    }

    private void fill(String email, String name, String password, String confirmation) {
        $(EmailField.class).id("signup-email").setValue(email);
        $(TextField.class).id("signup-name").setValue(name);
        $(PasswordField.class).id("signup-password").setValue(password);
        $(PasswordField.class).id("signup-confirmation").setValue(confirmation);
    }
}
