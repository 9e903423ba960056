package dataport.onboarding;

import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.accounts.Role;
import dataport.accounts.UserSummary;
import dataport.merchants.Origin;
import dataport.shared.Languages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real accounts and complete applications for the onboarding tests: users are signed in through the application's
 * own authentication provider, so the principal is the one {@code CurrentUser} reads in production (a
 * {@code @WithMockUser} principal is not).
 */
public final class Applicants {

    public static final String DEMO_PASSWORD = "DataPort-Demo-2026!";
    public static final String COMPLIANCE = "compliance@dataport.example";
    public static final String BUYER = "buyer@dataport.example";
    public static final String ADMIN = "admin@dataport.example";
    /** A valid Unified Social Credit Code (check character included). */
    public static final String USCC = "91350100M000100Y43";

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    public static final byte[] PNG = png();

    private static final String PASSWORD = "quiet harbour at dawn 42";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final AccountService accounts;
    private final AuthenticationProvider signIn;

    public Applicants(AccountService accounts, AuthenticationProvider signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
    }

    /** A new verified buyer account, not signed in. */
    public UserSummary newUser(Locale locale) {
        String email = "applicant" + COUNTER.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
        return accounts.createVerified(new NewAccount(email, "Applicant " + COUNTER.get(), PASSWORD, locale));
    }

    public UserSummary newUser() {
        return newUser(Languages.ENGLISH);
    }

    /** Signs in like the login form does, and puts the authentication into the current security context. */
    public Authentication signIn(String email) {
        String password = email.endsWith("@dataport.example") ? DEMO_PASSWORD : PASSWORD;
        Authentication authentication =
                signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        return authentication;
    }

    /**
     * Runs {@code action} signed in as a second compliance officer, then takes the role away again (other tests
     * count the staff) and restores the previous sign-in.
     */
    public void asAnotherOfficer(Runnable action) {
        Authentication before =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String email = "officer-" + System.nanoTime() + "@dataport.example";
        UserSummary officer = accounts.createVerified(
                new NewAccount(email, "Other Officer", DEMO_PASSWORD, Languages.ENGLISH), Role.COMPLIANCE);
        try {
            signIn(email);
            action.run();
        } finally {
            signIn(ADMIN);
            accounts.revokeRole(officer.id(), Role.COMPLIANCE);
            SecurityContext context =
                    SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(before);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
        }
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static Organisation domestic(String nameEn) {
        return new Organisation(
                Origin.DOMESTIC,
                "CN",
                "临港数据科技有限公司",
                nameEn,
                USCC,
                "https://lingang-data.example.cn",
                "Li Wei",
                "li.wei@example.cn",
                "+86 21 5555 0101");
    }

    public static Organisation foreign(String nameEn, String country) {
        return new Organisation(
                Origin.FOREIGN,
                country,
                null,
                nameEn,
                "HRB 123456",
                "https://example.de",
                "Anna Berg",
                "anna.berg@example.de",
                "+49 30 5555 0101");
    }

    public static SelfAssessment assessment() {
        return new SelfAssessment(
                Set.of(DataCategory.BUSINESS, DataCategory.TRANSPORT),
                Classification.GENERAL,
                Boolean.FALSE,
                null,
                null,
                CrossBorderFlow.OUTBOUND,
                Set.of("DE", "SG"),
                "Shipping schedules and port call statistics for logistics companies.");
    }

    /** Fills in every step for the signed-in user, as the wizard's "Next" buttons would, and submits. */
    public static ApplicationDetails submitComplete(OnboardingService onboarding, Organisation organisation) {
        onboarding.saveOrganisation(organisation, true);
        onboarding.addDocument(DocumentKind.requiredFor(organisation.origin()), "registration.pdf", PDF);
        onboarding.completeDocuments();
        onboarding.saveAssessment(assessment(), true);
        onboarding.acceptTerms(true, true);
        return onboarding.submit();
    }

    /** A 1×1 PNG: signature, IHDR, IDAT, IEND (CRCs are not checked by the sniffer). */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(new byte[] {
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89
        });
        out.writeBytes(new byte[] {
            0, 0, 0, 10, 'I', 'D', 'A', 'T', 0x78, (byte) 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, (byte) 0xB4
        });
        out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        return out.toByteArray();
    }
}
