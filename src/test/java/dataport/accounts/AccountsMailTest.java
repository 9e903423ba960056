package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.shared.Languages;
import dataport.shared.ui.Translations;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail flows end to end against a real SMTP server (GreenMail) and the real sign-in over HTTP. Its own database
 * and index, so its mails and failed sign-ins never meet the other integration tests' context; the audit trail is
 * mocked here (engineer C's module), only to see that role changes are recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AccountsMailTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final String PASSWORD = "harbour lights at dusk";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void ownMailServerDatabaseAndIndex(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("dataport.base-url", () -> "http://localhost:8080");
        registry.add(
                "dataport.database.name",
                () -> System.getenv().getOrDefault("DATAPORT_TEST_DB_NAME", "dataport_test") + "_mail");
        registry.add(
                "dataport.search.index-prefix",
                () -> System.getenv().getOrDefault("DATAPORT_TEST_INDEX_PREFIX", "dataport-test") + "-mail");
    }

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAuthenticationProvider signIn;

    @Autowired
    Translations translations;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signUpMailsALinkThatVerifiesTheAddressAndThenSignInSucceeds() throws Exception {
        String email = newAddress();
        accounts.signUp(new NewAccount(email, "Ann Lee", PASSWORD, Languages.ENGLISH));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Verify your e-mail address for DataPort");
        String link = linkIn(mail);
        assertThat(link).startsWith("http://localhost:8080/verify?token=");
        assertThat(httpSignIn(email, PASSWORD).location()).endsWith("/login?error");

        assertThat(accounts.verifyEmail(token(link))).isEqualTo(TokenOutcome.DONE);
        assertThat(accounts.verifyEmail(token(link))).as("a link works once").isEqualTo(TokenOutcome.INVALID);

        SignInResult result = httpSignIn(email, PASSWORD);
        assertThat(result.location()).doesNotContain("error");
        assertThat(accounts.findByEmail(email).orElseThrow().emailVerifiedAt()).isNotNull();
    }

    @Test
    void mailsAreWrittenInTheRecipientsLanguage() throws Exception {
        String email = newAddress();
        accounts.signUp(new NewAccount(email, "李安", PASSWORD, Languages.CHINESE));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("请验证您的 DataPort 邮箱");
        assertThat(mail.getContent().toString()).startsWith("李安，您好");
    }

    @Test
    void signingUpAgainWithATakenAddressMailsItsOwnerAndCreatesNoSecondAccount() throws Exception {
        String email = verifiedAccount();
        long id = accounts.findByEmail(email).orElseThrow().id();

        accounts.signUp(
                new NewAccount(email.toUpperCase(), "Someone Else", "another long passphrase", Languages.ENGLISH));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Your DataPort account");
        assertThat(mail.getContent().toString()).contains("http://localhost:8080/forgot-password");
        assertThat(accounts.findByEmail(email).orElseThrow().id()).isEqualTo(id);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Verified User");
    }

    @Test
    void anUnverifiedAccountCannotSignInAndIsToldWhyOnlyWithTheRightPassword() throws Exception {
        String email = newAddress();
        accounts.signUp(new NewAccount(email, "Bo Chen", PASSWORD, Languages.ENGLISH));
        awaitMailTo(email);

        assertThatThrownBy(() -> signIn.authenticate(attempt(email, PASSWORD, "10.20.0.1")))
                .isInstanceOf(EmailNotVerifiedException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(email, "not the password", "10.20.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(httpSignIn(email, PASSWORD).location()).endsWith("/login?error");
    }

    @Test
    void aPasswordResetMailLetsTheUserChooseANewPasswordOnce() throws Exception {
        String email = verifiedAccount();
        accounts.requestPasswordReset(email.toUpperCase());

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Reset your DataPort password");
        String link = linkIn(mail);
        assertThat(link).startsWith("http://localhost:8080/reset-password?token=");

        assertThatThrownBy(() -> accounts.resetPassword(token(link), "short")).isInstanceOf(AccountException.class);
        assertThat(accounts.resetPassword(token(link), "a brand new passphrase"))
                .isEqualTo(TokenOutcome.DONE);
        assertThat(accounts.resetPassword(token(link), "another new passphrase"))
                .isEqualTo(TokenOutcome.INVALID);

        assertThat(signIn.authenticate(attempt(email, "a brand new passphrase", "10.30.0.1"))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> signIn.authenticate(attempt(email, PASSWORD, "10.30.0.1")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aResetRequestForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
        accounts.requestPasswordReset("nobody-" + newAddress());

        Thread.sleep(3_000);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void afterFiveFailuresSignInIsRefusedEvenWithTheRightPasswordAndTheMessageIsTranslated() {
        String email = verifiedAccount();
        String address = "10.40.0." + ADDRESSES.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(email, "wrong password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(email, PASSWORD, "10.41.0.1")))
                .isInstanceOfSatisfying(SignInThrottledException.class, refused -> {
                    String key = SignInProblems.messageKey(refused);
                    assertThat(translations.getTranslation(key + ".title", Languages.ENGLISH))
                            .isEqualTo("Too many failed attempts");
                    assertThat(translations.getTranslation(key + ".title", Languages.CHINESE))
                            .isEqualTo("失败次数过多");
                });
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String email = verifiedAccount();

        SignInResult result = httpSignIn(email, PASSWORD);

        assertThat(result.sessionBefore()).isPresent();
        assertThat(result.sessionAfter()).isPresent().isNotEqualTo(result.sessionBefore());
    }

    @Test
    @WithMockUser(roles = "BUYER")
    void onlyAnAdminMayGrantRoles() {
        long id = accounts.findByEmail(verifiedAccount()).orElseThrow().id();

        assertThatThrownBy(() -> accounts.grantRole(id, Role.CURATOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.listUsers(UserFilter.ALL, org.springframework.data.domain.Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminGrantsARoleAndTheChangeIsAudited() {
        long id = accounts.findByEmail(verifiedAccount()).orElseThrow().id();
        signInAs("admin@dataport.example", "DataPort-Demo-2026!");

        UserSummary changed = accounts.grantRole(id, Role.CURATOR);

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.BUYER, Role.CURATOR);
        assertThat(audit.find(new AuditFilter(null, "user.role-granted", "user", String.valueOf(id), null, null), 0, 5))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin@dataport.example");
                    assertThat(entry.before()).isEqualTo("[BUYER]");
                    assertThat(entry.after()).isEqualTo("[BUYER, CURATOR]");
                });
        assertThat(accounts.revokeRole(id, Role.CURATOR).roles()).containsExactly(Role.BUYER);
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() {
        signInAs("admin@dataport.example", "DataPort-Demo-2026!");
        long self = accounts.findByEmail("admin@dataport.example").orElseThrow().id();

        assertThatThrownBy(() -> accounts.revokeRole(self, Role.ADMIN))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.users.own-admin"));
        assertThat(accounts.find(self).orElseThrow().roles()).contains(Role.ADMIN);
    }

    private void signInAs(String email, String password) {
        Authentication authentication = signIn.authenticate(attempt(email, password, "10.50.0.1"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    /** An account whose address is verified, through the real link. */
    private String verifiedAccount() {
        try {
            String email = newAddress();
            accounts.signUp(new NewAccount(email, "Verified User", PASSWORD, Languages.ENGLISH));
            assertThat(accounts.verifyEmail(token(linkIn(awaitMailTo(email))))).isEqualTo(TokenOutcome.DONE);
            smtp.purgeEmailFromAllMailboxes();
            return email;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newAddress() {
        return "user" + ADDRESSES.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static MimeMessage awaitMailTo(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + email + " within 15 s");
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** Opens the login page, then posts the form as the browser does, without following the redirect. */
    private SignInResult httpSignIn(String email, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            URI base = URI.create("http://localhost:" + port);
            http.send(HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.discarding());
            Optional<String> before = session(cookies);
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(base.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            return new SignInResult(response.headers().firstValue("Location").orElse(""), before, session(cookies));
        }
    }

    private static Optional<String> session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private record SignInResult(String location, Optional<String> sessionBefore, Optional<String> sessionAfter) {}

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
