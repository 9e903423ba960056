package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.AdminMailPage;
import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.SignUpPage;
import org.junit.jupiter.api.Test;

/** Sign-up, verification through the kept mail, sign-in and sign-out, as a visitor and an admin do it. */
class AccountsTest extends E2eTest {

    private static final String ADMIN = "admin@dataport.example";
    private static final String DEMO_PASSWORD = "DataPort-Demo-2026!";

    @Test
    void aChineseVisitorSignsUpVerifiesThroughTheMailAndSignsInAndOut() {
        String email = "li.na." + System.currentTimeMillis() + "@example.com";
        String password = "港口的灯光很温暖 2026";

        HomePage home = new HomePage(page).open();
        home.switchLanguage();
        SignUpPage signUp = new SignUpPage(page).open();
        assertThat(signUp.heading()).isEqualTo("创建账户");
        signUp.fill(email, "李娜", password, "简体中文").submit();
        assertThat(signUp.doneText()).startsWith("我们已向您的邮箱发送了一个链接");

        LoginPage login = new LoginPage(page).open();
        login.signIn(ADMIN, DEMO_PASSWORD);
        assertThat(login.signedInName()).isEqualTo("Demo Admin");
        AdminMailPage mail = new AdminMailPage(page).open();
        String link = mail.firstLinkOfMailTo(email);
        assertThat(mail.detailSubject()).isEqualTo("请验证您的 DataPort 邮箱");
        assertThat(link).startsWith("/verify?token=");
        screenshot("admin-mail-desktop-zh");
        login.signOut();
        assertThat(login.showsSignInLink()).isTrue();

        mail.follow(link);
        assertThat(mail.heading()).isEqualTo("邮箱验证成功");

        login.open().signIn(email, password);
        assertThat(login.signedInName()).isEqualTo("李娜");
        login.signOut();
        assertThat(login.signedInName()).isEmpty();
    }

    @Test
    void anAdminPageAsksAnonymousVisitorsToSignInAndThenOpens() {
        page.navigate("/admin/mail");
        LoginPage login = new LoginPage(page);
        login.waitForVaadin();
        assertThat(page.url()).endsWith("/login");

        login.signIn(ADMIN, DEMO_PASSWORD);

        // Spring Security marks the replayed address with "?continue".
        assertThat(page.url()).contains("/admin/mail");
        assertThat(login.heading()).isEqualTo("Outgoing mail");
    }

    @Test
    void anUnverifiedUserIsToldToVerifyAndCanHaveTheMailSentAgain() {
        String email = "unverified." + System.currentTimeMillis() + "@example.com";
        String password = "a quiet harbour at night";
        new SignUpPage(page).open().fill(email, "Sam Wu", password, "English").submit();

        LoginPage login = new LoginPage(page).open();
        login.signIn(email, password);

        assertThat(page.url()).endsWith("/login?error");
        assertThat(page.getByText("Please verify your e-mail address first").isVisible()).isTrue();
        page.locator("#login-resend-button").click();
        login.waitForVaadin();
        assertThat(page.locator("#login-resent").innerText()).startsWith("We sent a new verification link.");
    }

    @Test
    void aWrongPasswordShowsATranslatedMessageOnTheLoginPage() {
        LoginPage login = new LoginPage(page).open();

        login.signIn("buyer@dataport.example", "not the password at all");

        assertThat(page.url()).endsWith("/login?error");
        assertThat(page.getByText("Wrong e-mail or password").isVisible()).isTrue();
    }
}
