package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.ui.UsersView;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.audit.ui.AuditView;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.TestListings;
import dataport.catalog.ui.ListingReviewQueueView;
import dataport.catalog.ui.MyListingsView;
import dataport.mail.ui.MailView;
import dataport.merchants.ui.WhitelistView;
import dataport.onboarding.Applicants;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.ui.ReviewQueueView;
import dataport.shared.Languages;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One instant, recorded as the time of a mail, an audit event, a whitelist grant, a user's sign-up, an application's
 * and a listing's submission: every staff and merchant page shows it as the same labelled local time.
 */
@IntegrationTest
class TimesAcrossPagesTest extends SpringBrowserlessTest {

    static final Instant EVENT = Instant.parse("2036-12-07T01:30:00Z");
    static final String ENGLISH = "2036-12-07 09:30 UTC+8";
    static final String CHINESE = "2036年12月7日 09:30 UTC+8";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    String marker;
    String userEmail;
    String listingTitle;
    ApplicationDetails application;

    @BeforeEach
    void oneEventEverywhere() {
        marker = "times-" + System.nanoTime();
        Timestamp at = Timestamp.from(EVENT);
        jdbc.update(
                "INSERT INTO outgoing_mail (recipient, subject, body, status, created_at) VALUES (?, ?, 'body', 'KEPT', ?)",
                marker + "@example.test",
                marker,
                at);
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id) VALUES (?, 'system', ?, 'times', '1')",
                at,
                marker);
        long merchant = jdbc.queryForObject("SELECT MIN(id) FROM merchant", Long.class);
        jdbc.update(
                "INSERT INTO whitelist_entry (merchant_id, scope_en, valid_from, granted_by, granted_at) VALUES (?, ?, CURRENT_DATE - INTERVAL 1 DAY, 'system', ?)",
                merchant,
                marker,
                at);

        Applicants applicants = new Applicants(accounts, signIn);
        userEmail = applicants.newUser().email();
        jdbc.update("UPDATE user_account SET created_at = ? WHERE email = ?", at, userEmail);
        applicants.signIn(userEmail);
        application = Applicants.submitComplete(onboarding, Applicants.domestic("Times " + marker));
        jdbc.update("UPDATE merchant_application SET submitted_at = ? WHERE id = ?", at, application.id());

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        listingTitle = "Times " + marker;
        long listing = authoring.create(TestListings.content(listingTitle, "时间 " + marker));
        authoring.submit(listing, authoring.edit(listing).version());
        jdbc.update("UPDATE listing SET submitted_at = ?, updated_at = ? WHERE id = ?", at, at, listing);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSameInstantShowsAsTheSameLabelledTimeOnEveryPage() {
        assertThat(everyPage(Languages.ENGLISH))
                .allSatisfy(row -> assertThat(row).contains(ENGLISH));
    }

    @Test
    void inChineseToo() {
        assertThat(everyPage(Languages.CHINESE))
                .allSatisfy(row -> assertThat(row).contains(CHINESE));
    }

    @Test
    void aReaderElsewhereSeesTheirOwnZoneNamed() {
        Times.remember(VaadinSession.getCurrent(), ZoneId.of("America/New_York"));
        try {
            assertThat(everyPage(Languages.ENGLISH))
                    .allSatisfy(row -> assertThat(row).contains("2036-12-06 20:30 UTC−5"));
        } finally {
            VaadinSession.getCurrent().setAttribute(Times.SESSION_ZONE, null);
        }
    }

    @Test
    void theDatabaseSessionWorksInUtcSoColumnsHoldTrueInstants() {
        assertThat(jdbc.queryForObject("SELECT @@session.time_zone", String.class))
                .isIn("+00:00", "UTC");
        String action = "times.db." + System.nanoTime();
        transaction.executeWithoutResult(s -> audit.record(action, "times", "1", null, null));
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        AuditEntry recorded = audit.find(new AuditFilter(null, action, null, null, null, null), 0, 1)
                .getFirst();
        long stored = jdbc.queryForObject(
                "SELECT UNIX_TIMESTAMP(occurred_at) FROM audit_event WHERE action = ?", Long.class, action);
        assertThat(stored).isEqualTo(recorded.occurredAt().getEpochSecond());
    }

    /** The row showing the event on each page, as text. */
    private List<String> everyPage(Locale locale) {
        UI.getCurrent().setLocale(locale);
        List<String> rows = new ArrayList<>();
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        rows.add(row(MailView.class, "mail-grid", null, null));
        rows.add(row(UsersView.class, "users-grid", "users-filter-text", userEmail));
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        rows.add(row(AuditView.class, "audit-grid", "audit-action", marker));
        rows.add(row(WhitelistView.class, "whitelist-grid", null, null));
        rows.add(row(ReviewQueueView.class, "applications", null, null, application.id() + " | "));
        rows.add(row(ListingReviewQueueView.class, "listing-queue", "review-text-filter", listingTitle));
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        rows.add(row(MyListingsView.class, "my-listings", "text-filter", listingTitle));
        return rows;
    }

    private String row(Class<? extends Component> view, String gridId, String filterId, String filter) {
        return row(view, gridId, filterId, filter, null);
    }

    /** {@code start}: what the event's row starts with, when the marker is not shown in every language. */
    @SuppressWarnings("unchecked")
    private String row(Class<? extends Component> view, String gridId, String filterId, String filter, String start) {
        navigate(view);
        if (filterId != null) {
            test($(TextField.class).id(filterId)).setValue(filter);
        }
        Grid<Object> grid = $(Grid.class).id(gridId);
        var tester = test(grid);
        int columns = grid.getColumns().size();
        for (int r = 0; r < tester.size(); r++) {
            int row = r;
            List<String> cells = IntStream.range(0, columns)
                    .mapToObj(c -> cell(() -> tester.getCellText(row, c)))
                    .toList();
            String text = String.join(" | ", cells);
            if (start != null
                    ? text.startsWith(start)
                    : text.contains(marker)
                            || text.contains(userEmail)
                            || text.contains(listingTitle)
                            || text.contains("Times " + marker)) {
                return view.getSimpleName() + ": " + text;
            }
        }
        return view.getSimpleName() + ": no row shows the event";
    }

    private static String cell(java.util.function.Supplier<String> text) {
        try {
            return text.get();
        } catch (RuntimeException componentColumn) {
            return "";
        }
    }
}
